import { Card, Select, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DEFAULT_PERIOD, useCatalogue } from '../catalogue';
import { Method } from '../components/Method';
import { QueryState } from '../components/QueryState';
import { Reason } from '../components/Reason';
import { labelIn, useDimensions } from '../dimensions';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { listParam, useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { Field, PeriodSelect } from './common';

const AvailabilityQuery = graphql(`
  query Availability($period: Period!, $includeSample: Boolean!) {
    availability(period: $period, includeSample: $includeSample) { cityId indicatorCode breakdown { dimension code label labelZh } }
  }
`);

interface Cell {
  total: boolean;
  /** Breakdown keys (`DISTRICT=440305`), sorted. */
  keys: string[];
  /** Per combination of dimensions (`SEX`, `AGE+SEX`): the labels of its breakdowns. */
  groups: Map<string, string[]>;
}

export default function AvailabilityPage() {
  const router = useRouter();
  const { t, name, lang } = useI18n();
  const catalogue = useCatalogue();
  const { dimensions } = useDimensions();
  const period = router.params.get('period') ?? DEFAULT_PERIOD;
  const chosen = listParam(router.params, 'cities', []);
  const cities = catalogue.cities.filter((city) => chosen.length === 0 || chosen.includes(city.id));
  const [result, refetch] = useQuery({ query: AvailabilityQuery, variables: { period, includeSample: useIncludeSample() } });

  const cells = useMemo(() => {
    const byCell = new Map<string, Cell>();
    for (const entry of result.data?.availability ?? []) {
      const id = `${entry.cityId}|${entry.indicatorCode}`;
      const cell = byCell.get(id) ?? { total: false, keys: [], groups: new Map<string, string[]>() };
      byCell.set(id, cell);
      if (entry.breakdown.length === 0) {
        cell.total = true;
        continue;
      }
      cell.keys.push(entry.breakdown.map((part) => `${part.dimension}=${part.code}`).join(';'));
      const group = entry.breakdown.map((part) => part.dimension).join('+');
      cell.groups.set(group, [...(cell.groups.get(group) ?? []), entry.breakdown.map((part) => labelIn(lang, part)).join(' · ')]);
    }
    for (const cell of byCell.values()) cell.keys.sort();
    return byCell;
  }, [result.data, lang]);

  const dimensionLabel = (group: string) =>
    group
      .split('+')
      .map((id) => {
        const dimension = dimensions.find((item) => item.id === id);
        return dimension ? labelIn(lang, dimension) : id;
      })
      .join(' × ');
  const indicators = [...catalogue.indicators].sort((a, b) => a.initiative.number - b.initiative.number);
  const reporting = (code: string) => cities.filter((city) => cells.get(`${city.id}|${code}`)?.total).length;

  return (
    <>
      <div className="filters">
        <Field label={t('period')} width={120}>
          <PeriodSelect label={t('period')} value={period} onChange={(value) => router.set({ period: value })} />
        </Field>
        <Field label={t('cities')} width={280}>
          <Select
            mode="multiple"
            allowClear
            aria-label={t('cities')}
            placeholder={t('allCities')}
            value={chosen}
            optionFilterProp="label"
            onChange={(value: string[]) => router.set({ cities: value })}
            options={catalogue.cities.map((city) => ({ value: city.id, label: name(city) }))}
            data-testid="availability-cities"
          />
        </Field>
      </div>
      <QueryState fetching={result.fetching || catalogue.fetching} error={result.error ?? catalogue.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <Card size="small" title={<h2 className="card-title">{t('availabilityTitle', { period })}</h2>}>
          <Table
            data-testid="availability-grid"
            size="small"
            pagination={false}
            sticky
            scroll={{ x: 'max-content' }}
            rowKey={(indicator) => indicator.code}
            dataSource={indicators}
            columns={[
              {
                title: t('indicator'),
                key: 'indicator',
                fixed: 'left',
                width: 180,
                render: (_, indicator) => (
                  <div style={{ maxWidth: 180, whiteSpace: 'normal' }}>
                    <small>{indicator.initiative.number}.</small> {name(indicator)}
                    <div style={{ fontSize: 12, color: '#4b5563' }} data-reporting={indicator.code}>
                      {t('citiesReporting', { n: reporting(indicator.code), of: cities.length })}
                    </div>
                  </div>
                ),
              },
              ...cities.map((city) => ({
                title: name(city),
                key: city.id,
                width: 96,
                render: (_: unknown, indicator: (typeof indicators)[number]) => {
                  const cell = cells.get(`${city.id}|${indicator.code}`);
                  return (
                    <div data-cell={`${city.id}|${indicator.code}`} data-total={cell?.total ? 'true' : 'false'} data-breakdowns={cell?.keys.join(',') ?? ''} style={{ fontSize: 12 }}>
                      {!cell ? (
                        <Reason>{t('notReported')}</Reason>
                      ) : (
                        <>
                          {cell.total ? <span aria-label={t('totalReported')}>✓</span> : <Reason>{t('noTotal')}</Reason>}
                          {[...cell.groups].map(([group, labels]) => (
                            <div key={group}>
                              <Tag title={labels.join(', ')} style={{ marginInlineEnd: 0, fontSize: 11 }}>
                                {dimensionLabel(group)} {labels.length}
                              </Tag>
                            </div>
                          ))}
                        </>
                      )}
                    </div>
                  );
                },
              })),
            ]}
          />
          <Method>{t('availabilityHelp')}</Method>
        </Card>
      </QueryState>
    </>
  );
}
