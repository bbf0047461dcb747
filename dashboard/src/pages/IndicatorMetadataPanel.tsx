import { Card, Descriptions, Tag } from 'antd';
import { useQuery } from 'urql';
import { QueryState } from '../components/QueryState';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n';

const MetadataQuery = graphql(`
  query IndicatorMetadata($code: ID!) {
    indicator(code: $code) {
      code
      frameworks { framework ref label }
      metadata { definition definitionZh unit unitMultiplier computationMethod periodicity dataSources dataProvider limitations lastUpdate }
    }
  }
`);

/** The indicator's metadata (docs/indicator-metadata.md); method, sources and limitations exist in English only. */
export function IndicatorMetadataPanel({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const [result, refetch] = useQuery({ query: MetadataQuery, variables: { code } });
  const indicator = result.data?.indicator;
  const metadata = indicator?.metadata;
  const englishOnly = lang === 'zh' ? <Tag style={{ marginLeft: 6 }}>{t('metadata.englishOnly')}</Tag> : null;
  const orMissing = (text: string | null | undefined, missing: MessageKey) => text ?? <em>{t(missing)}</em>;
  const definition = lang === 'zh' ? metadata?.definitionZh : metadata?.definition;
  const lastUpdate = metadata && new Date(metadata.lastUpdate).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <Card title={<h2 className="card-title">{t('metadata.title')}</h2>} size="small" data-testid="indicator-metadata">
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {metadata && (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('metadata.definition')}>
              <span data-field="definition">{orMissing(definition, 'metadata.notWritten')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('unit')}>
              <span data-field="unit">{metadata.unitMultiplier === 0 ? metadata.unit : `${metadata.unit} × 10^${metadata.unitMultiplier}`}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.periodicity')}>
              <span data-field="periodicity">{t(`periodicity.${metadata.periodicity}` as MessageKey)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.computationMethod')}>
              <span data-field="computationMethod">{metadata.computationMethod}</span>
              {englishOnly}
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.dataSources')}>
              <span data-field="dataSources">{orMissing(metadata.dataSources, 'metadata.notStated')}</span>
              {metadata.dataSources && englishOnly}
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.dataProvider')}>
              <span data-field="dataProvider">{orMissing(metadata.dataProvider, 'metadata.notKnown')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.references')}>
              <span data-field="references">
                {indicator.frameworks.length === 0 ? (
                  <em>{t('metadata.localIndicator')}</em>
                ) : (
                  indicator.frameworks.map((item) => `${item.framework}${item.ref ? ` ${item.ref}` : ''}: ${item.label}`).join('; ')
                )}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.limitations')}>
              <span data-field="limitations">{orMissing(metadata.limitations, 'metadata.noneStated')}</span>
              {metadata.limitations && englishOnly}
            </Descriptions.Item>
            <Descriptions.Item label={t('metadata.lastUpdate')}>
              <time data-field="lastUpdate" dateTime={metadata.lastUpdate}>
                {lastUpdate} UTC
              </time>
            </Descriptions.Item>
          </Descriptions>
        )}
      </QueryState>
    </Card>
  );
}
