import { Card, Col, Descriptions, List, Row, Segmented, Select, Skeleton, Tag } from 'antd';
import { REDUCED_MOTION } from '../reduced-motion';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DEFAULT_PERIOD, useCatalogue } from '../catalogue';
import { AttributeLegend } from '../components/AttributeLegend';
import { Chart, preloadChart } from '../components/Chart';
import { ColorTag, TREND_TONE } from '../components/ColorTag';
import { Method } from '../components/Method';
import { NoteList } from '../components/NoteList';
import { QueryState } from '../components/QueryState';
import { SampleTag } from '../components/SampleTag';
import { Reason, ReasonFor } from '../components/Reason';
import { changeMissing, peerChangeMissing, targetMissing, trendMissing, type Why } from '../reasons';
import { boundsOf, pointErrorBars, pointItem, seriesBreakLines, seriesBreakText, seriesTooltip } from '../components/series-attributes';
import { collectNotes } from '../components/value-attributes';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n';
import { useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { BreakdownSelect, useBreakdownLabel } from '../components/BreakdownSelect';
import { breakdownParam, breakdownText, type BreakdownPart } from '../dimensions';
import { Field, PeriodSelect, withUnit } from './common';

preloadChart();

const CityQuery = graphql(`
  query CityProfile($id: ID!, $includeSample: Boolean!) {
    city(id: $id) {
      id name nameZh province provinceZh region adminLevel population areaKm2
      populationFigure { year source }
      peers { id name nameZh population }
      cases {
        nodes {
          id title titleZh year illustrative
          impact(includeSample: $includeSample) { indicator { code name nameZh unit } fromPeriod toPeriod valueAtStart change peerMedianChange peersWithData betterThanPeers }
        }
      }
    }
  }
`);

const SeriesQuery = graphql(`
  query CitySeries($id: ID!, $code: ID!, $period: Period!, $breakdown: [DimensionCodeInput!], $includeSample: Boolean!) {
    city(id: $id) {
      id
      series(indicatorCode: $code, breakdown: $breakdown, includeSample: $includeSample) {
        indicator { code name nameZh unit direction }
        points { period value status sample attributes { ...ValueAttributesFields } }
        baselinePeriod baselineValue targetPeriod targetValue observedRate requiredRate trendRatio trend
      }
      peerComparison(indicatorCode: $code, period: $period, includeSample: $includeSample) {
        value peersWithData peerMedian percentile bestPeerValue
        bestPeer { id name nameZh }
      }
    }
  }
`);

export default function CityPage() {
  const router = useRouter();
  const { t, name, number, lang } = useI18n();
  const figure = useFigure();
  const catalogue = useCatalogue();
  const id = router.params.get('id') ?? 'beijing';
  const period = router.params.get('period') ?? DEFAULT_PERIOD;
  const initiativeId = router.params.get('initiative') ?? '1';
  const [result, refetch] = useQuery({ query: CityQuery, variables: { id, includeSample: useIncludeSample() } });
  const city = result.data?.city;
  const indicators = catalogue.indicators.filter((indicator) => indicator.initiative.id === initiativeId);
  // The dimensions of any indicator shown; each series takes the parts its own indicator has.
  const declared = [...new Set(indicators.flatMap((indicator) => indicator.dimensions.map((dimension) => dimension.id)))];
  const breakdown = breakdownParam(router.params, declared);
  const withoutDistrict = breakdownText(breakdown.filter((part) => part.dimension !== 'DISTRICT'));

  return (
    <>
      <div className="filters">
        <Field label={t('city')} width={200}>
          <Select
            aria-label={t('city')}
            showSearch={{ optionFilterProp: 'label' }}
            value={id}
            onChange={(value) => router.set({ id: value, breakdown: withoutDistrict })}
            options={catalogue.cities.map((item) => ({ value: item.id, label: name(item) }))}
            data-testid="city-select"
            style={{ width: '100%' }}
          />
        </Field>
        <Field label={t('period')} width={120}>
          <PeriodSelect label={t('period')} value={period} onChange={(value) => router.set({ period: value })} />
        </Field>
        <BreakdownSelect dimensionIds={declared} cityIds={[id]} value={breakdown} onChange={(parts) => router.set({ breakdown: breakdownText(parts) })} />
      </div>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!city} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {city && (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card title={<h2 className="card-title">{t('facts')}</h2>} size="small" data-testid="city-facts">
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('city')}>{name(city)}</Descriptions.Item>
                  <Descriptions.Item label={t('province')}>
                    {(lang === 'zh' ? city.provinceZh : city.province) ?? <Reason>{t(city.adminLevel === 'MUNICIPALITY' ? 'reason.municipality' : 'reason.notRecorded')}</Reason>}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('region')}>{t(`region.${city.region}` as MessageKey)}</Descriptions.Item>
                  <Descriptions.Item label={t('adminLevel')}>{t(`level.${city.adminLevel}` as MessageKey)}</Descriptions.Item>
                  <Descriptions.Item label={t('population')}>
                    <span data-testid="population">{number(city.population)}</span> ({city.populationFigure.year})
                  </Descriptions.Item>
                  <Descriptions.Item label={t('area')}>{city.areaKm2 ? `${number(city.areaKm2)} km²` : <Reason>{t('reason.notRecorded')}</Reason>}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={<h2 className="card-title">{t('peers')}</h2>} size="small" style={{ marginTop: 16 }}>
                <p data-testid="peers">
                  {city.peers.map((peer, index) => (
                    <span key={peer.id}>
                      {index > 0 && ', '}
                      <a
                        href={router.href('city', { id: peer.id, period })}
                        onClick={(event) => {
                          event.preventDefault();
                          router.set({ id: peer.id, breakdown: withoutDistrict });
                        }}
                      >
                        {name(peer)}
                      </a>
                    </span>
                  ))}
                </p>
                <Method>{t('peersHelp')}</Method>
              </Card>
              <Card title={<h2 className="card-title">{t('casesTitle')}</h2>} size="small" style={{ marginTop: 16 }} data-testid="city-cases">
                {city.cases == null ? (
                  <p data-testid="cases-unavailable">{t('notAvailable')}</p>
                ) : (
                  <List
                    size="small"
                    dataSource={city.cases.nodes}
                    locale={{ emptyText: t('noData') }}
                    renderItem={(item) => (
                      <List.Item>
                        <div>
                          <strong>{name(item)}</strong> ({item.year}) {item.illustrative && <Tag>{t('illustrative')}</Tag>}
                          {(item.impact ?? []).map((impact) => (
                            <div key={impact.indicator.code} style={{ fontSize: 12 }} data-impact={`${item.id}|${impact.indicator.code}`}>
                              {name(impact.indicator)}: {t('change')} {figure(impact.change, changeMissing(impact), impact.indicator.unit)} ({impact.fromPeriod}
                              {impact.toPeriod && `–${impact.toPeriod}`}), {t('peerMedian')} {figure(impact.peerMedianChange, peerChangeMissing(impact))}{' '}
                              {impact.betterThanPeers === null || impact.betterThanPeers === undefined ? null : (
                                <ColorTag tone={impact.betterThanPeers ? 'good' : 'neutral'}>{impact.betterThanPeers ? t('betterThanPeers') : t('notBetterThanPeers')}</ColorTag>
                              )}
                            </div>
                          ))}
                        </div>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card
                size="small"
                title={<h2 className="card-title">{t('seriesTitle')}</h2>}
                extra={
                  <Segmented
                    aria-label={t('initiative')}
                    size="small"
                    value={initiativeId}
                    onChange={(value) => router.set({ initiative: String(value), breakdown: undefined })}
                    options={catalogue.initiatives.map((initiative) => ({ value: initiative.id, label: String(initiative.number), title: name(initiative) }))}
                  />
                }
              >
                <p style={{ marginTop: 0 }}>
                  <strong>{catalogue.initiatives.find((initiative) => initiative.id === initiativeId)?.number}.</strong>{' '}
                  {name(catalogue.initiatives.find((initiative) => initiative.id === initiativeId))}
                </p>
                {catalogue.fetching && indicators.length === 0 && <Skeleton active={!REDUCED_MOTION} />}
                <Row gutter={[12, 12]}>
                  {indicators.map((indicator) => (
                    <Col xs={24} md={12} key={indicator.code}>
                      <SeriesCard
                        cityId={city.id}
                        code={indicator.code}
                        period={period}
                        breakdown={breakdown.filter((part) => indicator.dimensions.some((dimension) => dimension.id === part.dimension))}
                        offered={breakdown.length > 0}
                      />
                    </Col>
                  ))}
                </Row>
                <Method>{t('trendHelp')}</Method>
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
    </>
  );
}

interface SeriesCardProps {
  cityId: string;
  code: string;
  period: string;
  /** The parts of the chosen breakdown this indicator has. */
  breakdown: BreakdownPart[];
  /** Whether a breakdown is chosen on the page, so that a series of totals says it is one. */
  offered: boolean;
}

function SeriesCard({ cityId, code, period, breakdown, offered }: SeriesCardProps) {
  const i18n = useI18n();
  const { t, name, number } = i18n;
  const figure = useFigure();
  const breakdownLabel = useBreakdownLabel(breakdown);
  const [result, refetch] = useQuery({ query: SeriesQuery, variables: { id: cityId, code, period, breakdown, includeSample: useIncludeSample() } });
  const broken = breakdown.length > 0;
  // Peers are compared on totals (peerComparison has no breakdown).
  const peers = broken ? null : result.data?.city?.peerComparison;
  const noPeers: Why = { key: 'reason.noPeerValues', values: { period } };
  const series = result.data?.city?.series;
  const notes = useMemo(() => collectNotes(series?.points.map((point) => point.attributes) ?? []), [series]);
  const option = useMemo(() => {
    if (!series) return {};
    const lines = [
      series.baselineValue !== null && series.baselineValue !== undefined ? { name: t('baseline'), yAxis: series.baselineValue, lineStyle: { color: '#6b7280' } } : null,
      series.targetValue !== null && series.targetValue !== undefined ? { name: `${t('target')} ${series.targetPeriod}`, yAxis: series.targetValue, lineStyle: { color: '#15803d' } } : null,
      ...seriesBreakLines(i18n, series.points, notes),
    ].filter(Boolean);
    const bounds = [...series.points.map((point) => point.value), ...boundsOf(series.points), series.baselineValue, series.targetValue].filter((value): value is number => typeof value === 'number');
    return {
      tooltip: seriesTooltip(i18n, series.points, notes, series.indicator.unit),
      grid: { left: 50, right: 70, top: 16, bottom: 24 },
      xAxis: { type: 'category', data: series.points.map((point) => point.period) },
      // The axis spans the values, the baseline and the target, so that both lines show.
      yAxis: { type: 'value', scale: true, min: Math.floor(Math.min(...bounds)), max: Math.ceil(Math.max(...bounds)) },
      series: [
        {
          type: 'line',
          name: name(series.indicator),
          data: series.points.map((point, index) => pointItem(point, notes.marks[index])),
          markLine: { symbol: 'none', label: { formatter: '{b}: {c}', position: 'insideEndTop', fontSize: 10 }, data: lines },
        },
        pointErrorBars(series.points),
      ],
    };
  }, [series, name, t, i18n, notes]);
  return (
    <Card
      size="small"
      type="inner"
      title={
        <h3 className="card-title" style={{ fontSize: 13 }}>
          {series ? withUnit(name(series.indicator), series.indicator.unit) : code} {series?.points.some((point) => point.sample) && <SampleTag />}
        </h3>
      }
      data-testid={`series-${code}`}
    >
      <QueryState fetching={result.fetching} error={result.error} hasData={!!series} retry={() => refetch({ requestPolicy: 'network-only' })} rows={3}>
        {offered && (
          <div style={{ fontSize: 12 }} data-testid="series-breakdown">
            <Tag>{breakdownLabel}</Tag>
            {breakdown.length === 0 && t('notBrokenDown')}
          </div>
        )}
        {series && series.points.length === 0 && <p data-testid="no-values">{t('noValuesAt', { what: breakdownLabel })}</p>}
        {series && series.points.length > 0 && (
          <>
            <Chart
              option={option}
              height={180}
              label={`${name(series.indicator)}: ${series.points.map((point) => `${point.period} ${point.value}`).join(', ')}${seriesBreakText(i18n, series.points)}`}
            />
            <AttributeLegend shape="point" values={series.points.map((point) => point.attributes)} notes={notes} />
            <NoteList notes={notes} testId={`series-notes-${code}`} />
            <div style={{ fontSize: 12 }}>
              {t('trend')}: <ColorTag tone={TREND_TONE[series.trend]}>{t(`trend.${series.trend}` as MessageKey)}</ColorTag>
              {series.trendRatio !== null && series.trendRatio !== undefined ? `(${number(series.trendRatio)})` : <ReasonIf why={trendMissing(series, broken)} />} ·{' '}
              {targetMissing(series, broken) ? (
                <span data-testid="target-missing">
                  {t('baseline')}, {t('target')}: <ReasonFor why={targetMissing(series, broken)!} />
                </span>
              ) : (
                <>
                  {t('baseline')} {series.baselinePeriod}: {number(series.baselineValue)} · {t('target')} {series.targetPeriod}: {number(series.targetValue)}
                </>
              )}
            </div>
            {peers ? (
              <div style={{ fontSize: 12 }}>
                {t('peerComparison')} ({period}): {t('peerMedian')} {figure(peers.peerMedian, noPeers)}, {t('percentile')}{' '}
                {figure(peers.percentile, peers.value === null || peers.value === undefined ? { key: 'reason.noOwnValue', values: { period } } : noPeers, undefined, 0)}, {t('bestPeer')}{' '}
                {peers.bestPeer ? `${name(peers.bestPeer)} ${number(peers.bestPeerValue)}` : <ReasonFor why={noPeers} />}
              </div>
            ) : (
              broken && (
                <div style={{ fontSize: 12 }}>
                  {t('peerComparison')}: <ReasonFor why={{ key: 'reason.peersOnTotals' }} />
                </div>
              )
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** A figure, or why it cannot be computed. */
function useFigure() {
  const { number } = useI18n();
  return (value: number | null | undefined, why: Why | null, unit?: string, digits?: number) =>
    value === null || value === undefined ? why ? <ReasonFor why={why} /> : number(value) : `${number(value, digits)}${unit ? ` ${unit}` : ''}`;
}

function ReasonIf({ why }: { why: Why | null }) {
  return why && <ReasonFor why={why} />;
}
