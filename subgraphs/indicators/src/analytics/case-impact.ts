import type { IndicatorsContext } from '../context';
import type { BestPracticeCase } from '../federated-stubs';
import { Direction } from '../indicator.enums';
import type { Observation } from '../observation.entity';
import type { CaseImpact } from './analytics.types';
import { distribution } from './statistics';
import { countedValue, countsInAnalytics, type Counting } from './counted-values';
import type { Indicator } from '../indicator.entity';

/** One city's usable values of the given indicators by indicator and period, in each indicator's unit multiplier, from all its observations. */
async function valuesOf({ loaders }: IndicatorsContext, cityId: string, indicators: ReadonlyMap<string, Indicator>, counting: Counting, asOf: Date | null): Promise<Map<string, number>> {
  const rows: Observation[] = await loaders.observationsByCity.load({ cityId, asOf });
  const values = new Map<string, number>();
  for (const row of rows) {
    const indicator = indicators.get(row.indicatorCode);
    if (indicator && countsInAnalytics(row, counting)) values.set(`${row.indicatorCode}|${row.period}`, countedValue(row, indicator).value);
  }
  return values;
}

function latestPeriod(values: Map<string, number>, code: string, after: string): string | null {
  const periods = [...values.keys()]
    .filter((key) => key.startsWith(`${code}|`))
    .map((key) => key.slice(code.length + 1))
    .filter((period) => period > after);
  return periods.length === 0 ? null : periods.sort().at(-1)!;
}

/**
 * For each indicator a case aims to move: the city's change from the case year to its latest period,
 * and the median change of its peers over the same two periods. All observations of the city and its
 * peers come from one batched query (as they stood at `asOf` when it is given; the case is as it is now).
 */
export async function caseImpact(context: IndicatorsContext, bestPracticeCase: BestPracticeCase, counting: Counting, asOf: Date | null): Promise<CaseImpact[] | null> {
  const { city, year, indicators } = bestPracticeCase;
  if (!city || year === undefined || !indicators) return null;
  const fromPeriod = String(year);
  const peers = city.peers ?? [];
  const catalogue = (await context.loaders.indicator.loadMany(indicators.map((indicator) => indicator.code))).filter(
    (indicator): indicator is Indicator => indicator !== null && !(indicator instanceof Error),
  );
  const byCode = new Map(catalogue.map((indicator) => [indicator.code, indicator]));
  const [own, ...peerValues] = await Promise.all([city, ...peers].map((each) => valuesOf(context, each.id, byCode, counting, asOf)));
  const impacts: CaseImpact[] = [];
  for (const indicator of catalogue) {
    const code = indicator.code;
    const toPeriod = latestPeriod(own, code, fromPeriod);
    const valueAtStart = own.get(`${code}|${fromPeriod}`) ?? null;
    const valueLatest = toPeriod ? (own.get(`${code}|${toPeriod}`) ?? null) : null;
    const change = valueAtStart !== null && valueLatest !== null ? valueLatest - valueAtStart : null;
    const peerChanges = toPeriod
      ? peerValues
          .map((values) => [values.get(`${code}|${fromPeriod}`), values.get(`${code}|${toPeriod}`)])
          .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined)
          .map(([start, end]) => end - start)
      : [];
    const peerMedianChange = distribution(peerChanges)?.median ?? null;
    impacts.push({
      indicator,
      fromPeriod,
      toPeriod,
      valueAtStart,
      valueLatest,
      change,
      peerMedianChange,
      peersWithData: peerChanges.length,
      betterThanPeers: change === null || peerMedianChange === null ? null : indicator.direction === Direction.HIGHER_IS_BETTER ? change > peerMedianChange : change < peerMedianChange,
    });
  }
  return impacts;
}
