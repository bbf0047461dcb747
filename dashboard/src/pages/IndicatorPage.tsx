import { Card, Col, Descriptions, Row, Select, Switch, Table } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DEFAULT_PERIOD, useCatalogue } from '../catalogue';
import { exportUrl, jsonStatUrl, sdmxUrl } from '../gateway-urls';
import { Downloads } from '../components/Downloads';
import { CityMap } from '../components/CityMap';
import { AttributedValue, NatureName } from '../components/AttributedValue';
import { preloadChart } from '../components/Chart';
import { ColorTag, STATUS_TONE } from '../components/ColorTag';
import { Method } from '../components/Method';
import { NoteList } from '../components/NoteList';
import { RankCell } from '../components/RankCell';
import { SourceCell } from '../components/SourceCell';
import { SampleLegend, SampleTag } from '../components/SampleTag';
import { RankingChart } from '../components/RankingChart';
import { QueryState } from '../components/QueryState';
import { Reason } from '../components/Reason';
import { collectNotes, withoutInterval } from '../components/value-attributes';
import { useI18n, type MessageKey } from '../i18n';
import { useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { BreakdownSelect, useBreakdownLabel } from '../components/BreakdownSelect';
import { breakdownParam, breakdownText } from '../dimensions';
import { Field, PeriodSelect } from './common';
import { IndicatorMetadataPanel } from './IndicatorMetadataPanel';
import { DEFAULT_INDICATOR, RankingQuery } from './ranking-query';

preloadChart();

const STATS = ['count', 'min', 'q1', 'median', 'mean', 'q3', 'max'] as const;

export default function IndicatorPage() {
  const router = useRouter();
  const { t, name, number, lang } = useI18n();
  const catalogue = useCatalogue();
  const code = router.params.get('code') ?? DEFAULT_INDICATOR;
  const period = router.params.get('period') ?? DEFAULT_PERIOD;
  const selected = catalogue.indicators.find((indicator) => indicator.code === code);
  const declared = selected?.dimensions.map((dimension) => dimension.id) ?? [];
  const breakdown = breakdownParam(router.params, declared);
  const breakdownLabel = useBreakdownLabel(breakdown);
  // Per-capita values are of totals: a breakdown's value over the whole population would mislead.
  const perCapitaAllowed = selected?.kind === 'COUNT' && breakdown.length === 0;
  const perCapita = perCapitaAllowed && router.params.get('perCapita') === '1';
  // A breakdown in the URL waits for the catalogue to say which dimensions the indicator has.
  const waitingForCatalogue = catalogue.indicators.length === 0 && !catalogue.error && router.params.has('breakdown');
  const includeSample = useIncludeSample();
  const [result, refetch] = useQuery({ query: RankingQuery, variables: { code, period, perCapita, breakdown, includeSample }, pause: waitingForCatalogue });
  const ranking = result.data?.ranking;
  const indicator = result.data?.indicator;
  const entries = ranking?.entries ?? [];
  const shown = (entry: (typeof entries)[number]) => (perCapita ? (entry.city.perCapita?.valuePer100k ?? null) : entry.value);
  const unit = perCapita ? `${indicator?.unit ?? ''} / 100k` : (indicator?.unit ?? '');
  const tied = new Set(entries.filter((entry, _, all) => all.filter((other) => other.rank === entry.rank).length > 1).map((entry) => entry.rank));
  const attributes = (entry: (typeof entries)[number]) => (perCapita ? withoutInterval(entry.attributes) : entry.attributes);
  const notes = useMemo(() => collectNotes(ranking?.entries.map((entry) => entry.attributes) ?? []), [ranking]);

  const rows = useMemo(
    () =>
      entries.map((entry) => {
        const label = `${entry.rank}${tied.has(entry.rank) ? '=' : ''}. ${name(entry.city)}`;
        return { label: entry.sample ? t('sample.label', { label }) : label, value: shown(entry), attributes: attributes(entry) };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown, tied and attributes are derived from entries and perCapita anew each render
    [entries, perCapita, name, t],
  );

  // Every enrolled city on the map: with its value, or grey without one; cities without a known location are named below it.
  const mapped = [...entries.map((entry) => ({ city: entry.city, value: shown(entry) })), ...(ranking?.missing ?? []).map((city) => ({ city, value: null }))];
  const mapPoints = mapped.flatMap(({ city, value }) => (city.location ? [{ label: name(city), value, latitude: city.location.latitude, longitude: city.location.longitude }] : []));
  const unplaced = mapped.filter(({ city }) => !city.location).map(({ city }) => name(city));

  return (
    <>
      <div className="filters">
        <Field label={t('indicator')} width={320}>
          <Select
            aria-label={t('indicator')}
            showSearch={{ optionFilterProp: 'label' }}
            value={code}
            loading={catalogue.fetching}
            onChange={(value) => router.set({ code: value, perCapita: undefined, breakdown: undefined })}
            options={catalogue.initiatives.map((initiative) => ({
              label: `${initiative.number}. ${name(initiative)}`,
              title: name(initiative),
              options: catalogue.indicators.filter((item) => item.initiative.id === initiative.id).map((item) => ({ value: item.code, label: name(item) })),
            }))}
            data-testid="indicator-select"
            style={{ width: '100%' }}
          />
        </Field>
        <Field label={t('period')} width={120}>
          <PeriodSelect label={t('period')} value={period} onChange={(value) => router.set({ period: value })} />
        </Field>
        <BreakdownSelect dimensionIds={declared} cityIds={catalogue.cities.map((city) => city.id)} value={breakdown} onChange={(parts) => router.set({ breakdown: breakdownText(parts) })} />
        {perCapitaAllowed && (
          <Field label={t('perCapita')} width={120}>
            <Switch aria-label={t('perCapita')} checked={perCapita} onChange={(on) => router.set({ perCapita: on ? '1' : undefined })} />
          </Field>
        )}
        <Downloads
          testId="indicator-downloads"
          links={[
            {
              label: 'CSV',
              href: exportUrl('ranking', { indicatorCode: code, period, includeSample: String(includeSample) }),
              disabledReason: breakdown.length > 0 ? t('csvTotalsOnly') : undefined,
            },
            { label: 'SDMX-CSV', href: sdmxUrl({ indicatorCodes: code, periods: period, includeSample: String(includeSample) }) },
            {
              label: 'JSON-stat',
              href: jsonStatUrl({
                cityIds: catalogue.cities.map((city) => city.id).join(','),
                indicatorCodes: code,
                periods: period,
                lang,
                includeSample: String(includeSample),
                ...(breakdown.length > 0 ? { breakdown: (breakdownText(breakdown) ?? []).join(',') } : {}),
              }),
            },
          ]}
        />
      </div>
      <QueryState fetching={result.fetching || waitingForCatalogue} error={result.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {indicator && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid="indicator-facts">
            <Descriptions.Item label={t('indicator')}>{name(indicator)}</Descriptions.Item>
            <Descriptions.Item label={t('unit')}>{unit}</Descriptions.Item>
            <Descriptions.Item label={t('direction')}>{t(indicator.direction)}</Descriptions.Item>
            <Descriptions.Item label={t('methods')} span={3}>
              {indicator.method}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={<h2 className="card-title">{`${t('rankingTitle')} ${period}${breakdown.length > 0 ? ` · ${breakdownLabel}` : ''}`}</h2>} size="small">
              {entries.length > 0 ? (
                <RankingChart
                  rows={rows}
                  notes={notes}
                  unit={unit}
                  height={Math.max(240, entries.length * 28 + 50)}
                  label={`${t('rankingTitle')} ${indicator ? name(indicator) : ''} ${period} ${breakdownLabel}`}
                  testId="ranking-chart"
                />
              ) : (
                <p data-testid="no-values">{t('noValuesFor', { what: breakdownLabel, period })}</p>
              )}
              <p>
                <strong>{t('missingCities')}:</strong> <span data-testid="missing-cities">{ranking?.missing.length ? ranking.missing.map((city) => name(city)).join(', ') : t('none')}</span>
              </p>
              <Method>
                {t('rankingHelp')} {perCapitaAllowed && t('perCapitaHelp')} {perCapita && t('intervalNotPerCapita')}
              </Method>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={<h2 className="card-title">{t('statistics')}</h2>} size="small" style={{ marginBottom: 16 }}>
              {ranking?.statistics ? (
                <Descriptions size="small" column={2} data-testid="statistics">
                  {STATS.map((stat) => (
                    <Descriptions.Item key={stat} label={t(`stat.${stat}`)}>
                      <span data-stat={stat}>{number(ranking.statistics?.[stat])}</span>
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : (
                <p>{t('noValuesFor', { what: breakdownLabel, period })}</p>
              )}
            </Card>
            <Table
              data-testid="ranking-table"
              size="small"
              pagination={false}
              rowKey={(entry) => entry.city.id}
              dataSource={entries}
              columns={[
                {
                  title: t('rank'),
                  key: 'rank',
                  width: 110,
                  render: (_, entry) => <RankCell rank={entry.rank} rankRange={entry.rankRange} statisticallyTied={entry.statisticallyTied} sharedRank={tied.has(entry.rank)} />,
                },
                { title: t('city'), key: 'city', render: (_, entry) => name(entry.city) },
                {
                  title: t('value'),
                  key: 'value',
                  align: 'right',
                  render: (_, entry, index) => (
                    <>
                      <span data-city={entry.city.id} data-value={shown(entry) ?? ''}>
                        {shown(entry) === null ? <Reason>{t('reason.noPopulation')}</Reason> : <AttributedValue value={shown(entry)} attributes={attributes(entry)} marks={notes.marks[index]} />}
                      </span>
                      <NatureName attributes={entry.attributes} />
                      {entry.sample && <SampleTag />}
                    </>
                  ),
                },
                { title: t('unit'), key: 'unit', render: () => unit },
                { title: t('status'), dataIndex: 'status', render: (status: string) => <ColorTag tone={STATUS_TONE[status]}>{t(`status.${status}` as MessageKey)}</ColorTag> },
                { title: t('source'), key: 'source', ellipsis: true, render: (_, entry) => <SourceCell source={entry.source} citation={entry.citation} /> },
              ]}
            />
            <NoteList notes={notes} testId="ranking-notes" />
            {entries.some((entry) => entry.sample) && <SampleLegend />}
            <Method>{t('rankRangeHelp')}</Method>
          </Col>
          <Col xs={24}>
            <Card title={<h2 className="card-title">{`${t('mapTitle')} ${period}${breakdown.length > 0 ? ` · ${breakdownLabel}` : ''}`}</h2>} size="small">
              <CityMap
                points={mapPoints}
                unit={unit}
                higherIsBetter={indicator?.direction !== 'LOWER_IS_BETTER'}
                label={`${t('mapTitle')} ${indicator ? name(indicator) : ''} ${period} ${breakdownLabel}`}
                testId="city-map"
              />
              {unplaced.length > 0 && <p data-testid="map-unplaced">{t('mapUnplaced', { cities: unplaced.join(', ') })}</p>}
              <Method>{t('mapHelp')}</Method>
            </Card>
          </Col>
        </Row>
      </QueryState>
      <div style={{ marginTop: 16 }}>
        <IndicatorMetadataPanel code={code} />
      </div>
    </>
  );
}
