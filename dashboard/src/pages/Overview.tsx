import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DEFAULT_PERIOD } from '../catalogue';
import { Chart, preloadChart } from '../components/Chart';
import { Method } from '../components/Method';
import { QueryState } from '../components/QueryState';
import { SampleCountedNote } from '../components/SampleTag';
import { Reason } from '../components/Reason';
import { indexMissing } from '../reasons';
import { OverviewQuery } from './overview-query';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { Field, PeriodSelect } from './common';

preloadChart();

export default function Overview() {
  const router = useRouter();
  const { t, name, number, lang } = useI18n();
  const period = router.params.get('period') ?? DEFAULT_PERIOD;
  const [result, refetch] = useQuery({ query: OverviewQuery, variables: { period, includeSample: useIncludeSample() } });
  const data = result.data;
  const initiatives = useMemo(() => [...(data?.initiatives ?? [])].sort((a, b) => a.number - b.number), [data]);
  const cities = useMemo(() => data?.cities ?? [], [data]);

  const option = useMemo(() => {
    const cells: [number, number, number, number][] = [];
    cities.forEach((city, y) => {
      for (const entry of city.progress?.initiatives ?? []) {
        const x = entry.initiative.number - 1;
        // No score (no indicator with a value and a target): -1, drawn grey as out of the 0–100 range.
        cells.push([x, y, entry.score === null || entry.score === undefined ? -1 : Math.round(entry.score * 100), Math.round(entry.coverage * 100)]);
      }
    });
    const xLabels = Array.from({ length: 10 }, (_, i) => {
      const initiative = initiatives.find((item) => item.number === i + 1);
      return initiative ? `${i + 1}` : `${i + 1}`;
    });
    return {
      tooltip: {
        formatter: (params: { value: [number, number, number | null, number] }) => {
          const [x, y, score, coverage] = params.value;
          const initiative = initiatives.find((item) => item.number === x + 1);
          return `${name(cities[y])} · ${x + 1}. ${name(initiative)}<br/>${t('score')}: ${score === null || score < 0 ? t('reason.noScore') : `${score} %`}<br/>${t('coverage')}: ${coverage} %`;
        },
      },
      grid: { left: 90, right: 10, top: 10, bottom: 90 },
      xAxis: { type: 'category', data: xLabels, name: t('initiative'), nameLocation: 'middle', nameGap: 26, splitArea: { show: true } },
      yAxis: { type: 'category', data: cities.map((city) => name(city)), inverse: true, splitArea: { show: true } },
      visualMap: {
        type: 'piecewise',
        dimension: 2,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        pieces: [
          { lt: 0, color: '#e5e7eb', label: t('noScore') },
          { gte: 0, lt: 25, color: '#fecaca', label: '0–25 %' },
          { gte: 25, lt: 50, color: '#fde68a', label: '25–50 %' },
          { gte: 50, lt: 75, color: '#bbf7d0', label: '50–75 %' },
          { gte: 75, color: '#4ade80', label: '75–100 %' },
        ],
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          label: {
            show: true,
            formatter: (params: { value: [number, number, number, number] }) => `${params.value[2] < 0 ? t('noScore') : params.value[2]}\n{c|${params.value[3]}%}`,
            rich: { c: { fontSize: 9, color: '#374151' } },
            fontSize: 11,
          },
          emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } },
        },
      ],
    };
  }, [cities, initiatives, name, t]);

  const entries = data?.declarationIndex.entries ?? [];
  return (
    <>
      <div className="filters">
        <Field label={t('period')}>
          <PeriodSelect label={t('period')} value={period} onChange={(value) => router.set({ period: value })} />
        </Field>
      </div>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {data?.declarationIndex.includesSample && <SampleCountedNote />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card title={<h2 className="card-title">{t('heatmapTitle')}</h2>} size="small">
              {cities.some((city) => city.progress) ? <Chart option={option} height={Math.max(360, cities.length * 34 + 90)} label={t('heatmapTitle')} testId="heatmap" /> : <p>{t('noData')}</p>}
              <ol className="initiative-legend" style={{ columns: 2, fontSize: 12, paddingLeft: 20, marginTop: 8 }}>
                {initiatives.map((initiative) => (
                  <li key={initiative.id}>{name(initiative)}</li>
                ))}
              </ol>
              <Method>{t('heatmapHelp')}</Method>
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Card title={<h2 className="card-title">{t('indexTitle')}</h2>} size="small">
              <Table
                data-testid="index-ranking"
                size="small"
                pagination={false}
                rowKey={(entry) => entry.city.id}
                dataSource={entries}
                columns={[
                  { title: t('rank'), dataIndex: 'rank', width: 60, render: (rank: number | null) => rank ?? <Reason>{t('reason.unranked')}</Reason> },
                  {
                    title: t('city'),
                    key: 'city',
                    render: (_, entry) => (
                      <a
                        href={router.href('city', { id: entry.city.id, period })}
                        onClick={(event) => {
                          event.preventDefault();
                          router.go('city', { id: entry.city.id, period });
                        }}
                      >
                        {name(entry.city)}
                      </a>
                    ),
                  },
                  {
                    title: t('index'),
                    key: 'index',
                    render: (_, entry) =>
                      entry.index === null || entry.index === undefined ? (
                        // The API's reason is in English; the Chinese one is derived from the same coverage.
                        <span data-index-missing={entry.city.id}>
                          <Reason title={entry.indexMissingReason ?? undefined}>
                            {lang === 'en' && entry.indexMissingReason ? entry.indexMissingReason : t(indexMissing(entry.coverage).key, indexMissing(entry.coverage).values)}
                          </Reason>
                        </span>
                      ) : (
                        <span data-city={entry.city.id} data-index={entry.index}>
                          {number(entry.index * 100, 1)}
                        </span>
                      ),
                  },
                  { title: t('coverage'), key: 'coverage', render: (_, entry) => `${number(entry.coverage * 100, 0)} %` },
                ]}
              />
              <Method>{t('indexHelp')}</Method>
            </Card>
          </Col>
        </Row>
      </QueryState>
    </>
  );
}
