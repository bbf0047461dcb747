import { Card, Select, Table } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { PERIODS, useCatalogue } from '../catalogue';
import { exportUrl, jsonStatUrl, sdmxUrl } from '../gateway-urls';
import { Downloads } from '../components/Downloads';
import { Chart, preloadChart } from '../components/Chart';
import { Method } from '../components/Method';
import { QueryState } from '../components/QueryState';
import { SampleLegend, SampleTag } from '../components/SampleTag';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { listParam, useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { Field, withUnit } from './common';

preloadChart();

const ComparisonQuery = graphql(`
  query Comparison($cityIds: [ID!]!, $indicatorCodes: [ID!], $periods: [Period!]!, $includeSample: Boolean!) {
    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods, includeSample: $includeSample) {
      cities { id name nameZh }
      indicators { code name nameZh unit }
      periods
      cells { cityId indicatorCode period value score status sample missing }
    }
  }
`);

export const DEFAULT_COMPARE = { cities: ['beijing', 'shanghai', 'chengdu'], indicators: ['PM25_ANNUAL_MEAN', 'GOOD_AIR_QUALITY_DAYS_PCT'], periods: ['2019', '2024'] };

export default function ComparePage() {
  const router = useRouter();
  const { t, name, number, lang } = useI18n();
  const catalogue = useCatalogue();
  const cityIds = listParam(router.params, 'cities', DEFAULT_COMPARE.cities);
  const indicatorCodes = listParam(router.params, 'indicators', DEFAULT_COMPARE.indicators);
  const periods = listParam(router.params, 'periods', DEFAULT_COMPARE.periods).sort();
  const ready = cityIds.length > 0 && indicatorCodes.length > 0 && periods.length > 0;
  const includeSample = useIncludeSample();
  const [result, refetch] = useQuery({ query: ComparisonQuery, variables: { cityIds, indicatorCodes, periods, includeSample }, pause: !ready });
  const comparison = result.data?.comparison;

  const rows = useMemo(() => {
    if (!comparison) return [];
    const cell = new Map(comparison.cells.map((item) => [`${item.cityId}|${item.indicatorCode}|${item.period}`, item]));
    return comparison.indicators.flatMap((indicator) =>
      comparison.cities.map((city) => ({
        key: `${indicator.code}|${city.id}`,
        indicator,
        city,
        cells: Object.fromEntries(comparison.periods.map((period) => [period, cell.get(`${city.id}|${indicator.code}|${period}`)])),
      })),
    );
  }, [comparison]);

  const chartCode = router.params.get('chart') ?? indicatorCodes[0];
  const option = useMemo(() => {
    if (!comparison) return {};
    const indicator = comparison.indicators.find((item) => item.code === chartCode) ?? comparison.indicators[0];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 16, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: comparison.cities.map((city) => name(city)) },
      yAxis: { type: 'value', name: indicator ? withUnit(name(indicator), indicator.unit) : '', nameTextStyle: { align: 'left' } },
      series: comparison.periods.map((period) => ({
        type: 'bar',
        name: period,
        data: comparison.cities.map((city) => comparison.cells.find((item) => item.cityId === city.id && item.indicatorCode === indicator?.code && item.period === period)?.value ?? null),
      })),
    };
  }, [comparison, name, chartCode]);

  const selection = { cityIds: cityIds.join(','), indicatorCodes: indicatorCodes.join(','), periods: periods.join(','), includeSample: String(includeSample) };
  const unready = ready ? undefined : t('pickSomething');
  return (
    <>
      <div className="filters">
        <Field label={t('cities')} width={280}>
          <Select
            mode="multiple"
            aria-label={t('cities')}
            value={cityIds}
            optionFilterProp="label"
            onChange={(value: string[]) => router.set({ cities: value })}
            options={catalogue.cities.map((city) => ({ value: city.id, label: name(city) }))}
            data-testid="compare-cities"
          />
        </Field>
        <Field label={t('indicators')} width={360}>
          <Select
            mode="multiple"
            aria-label={t('indicators')}
            value={indicatorCodes}
            optionFilterProp="label"
            onChange={(value: string[]) => router.set({ indicators: value })}
            options={catalogue.indicators.map((indicator) => ({ value: indicator.code, label: name(indicator) }))}
            data-testid="compare-indicators"
          />
        </Field>
        <Field label={t('periods')} width={200}>
          <Select
            mode="multiple"
            aria-label={t('periods')}
            value={periods}
            onChange={(value: string[]) => router.set({ periods: value })}
            options={PERIODS.map((period) => ({ value: period, label: period }))}
            data-testid="compare-periods"
          />
        </Field>
        <Downloads
          testId="compare-downloads"
          links={[
            { label: 'CSV', href: exportUrl('comparison', selection), disabledReason: unready, testId: 'compare-csv' },
            { label: 'SDMX-CSV', href: sdmxUrl(selection), disabledReason: unready, testId: 'compare-sdmx' },
            { label: 'JSON-stat', href: jsonStatUrl({ ...selection, lang }), disabledReason: unready, testId: 'compare-json-stat' },
          ]}
        />
      </div>
      {!ready ? (
        <p>{t('pickSomething')}</p>
      ) : (
        <QueryState fetching={result.fetching} error={result.error} hasData={!!comparison} retry={() => refetch({ requestPolicy: 'network-only' })}>
          <Card
            size="small"
            title={<h2 className="card-title">{t('compareTitle')}</h2>}
            extra={
              (comparison?.indicators.length ?? 0) > 1 && (
                <Select
                  size="small"
                  aria-label={t('chartOf')}
                  value={comparison?.indicators.some((item) => item.code === chartCode) ? chartCode : comparison?.indicators[0]?.code}
                  onChange={(value: string) => router.set({ chart: value })}
                  options={comparison?.indicators.map((item) => ({ value: item.code, label: name(item) }))}
                  style={{ minWidth: 220 }}
                  data-testid="compare-chart-indicator"
                />
              )
            }
          >
            <Chart option={option} height={300} label={t('compareTitle')} testId="compare-chart" />
            <Table
              data-testid="compare-table"
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                { title: t('indicator'), key: 'indicator', render: (_, row) => withUnit(name(row.indicator), row.indicator.unit) },
                { title: t('city'), key: 'city', render: (_, row) => name(row.city) },
                ...(comparison?.periods ?? []).map((period) => ({
                  title: period,
                  key: period,
                  align: 'right' as const,
                  render: (_: unknown, row: (typeof rows)[number]) => {
                    const cell = row.cells[period];
                    if (!cell || cell.missing) return <span className="missing">{t('missing')}</span>;
                    return (
                      <span data-cell={`${row.city.id}|${row.indicator.code}|${period}`} data-value={cell.value ?? ''}>
                        {number(cell.value)}{' '}
                        <small style={{ color: '#4b5563' }}>
                          ({t('score')} {number(cell.score, 0)})
                        </small>
                        {cell.sample && <SampleTag />}
                      </span>
                    );
                  },
                })),
              ]}
            />
            {comparison?.cells.some((cell) => cell.sample) && <SampleLegend />}
            <Method>{t('compareHelp')}</Method>
          </Card>
        </QueryState>
      )}
    </>
  );
}
