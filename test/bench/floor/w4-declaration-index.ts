import type { Floor } from './floor-db';
import { competitionRanks, higherFirst, inIndicatorScale } from './methods';

/** SDSN's rule: no index for a city missing more than 20 % of its values. */
const MIN_COVERAGE = 0.8;

interface Indicator {
  code: string;
  initiative_id: string;
  unit_multiplier: number;
}

/**
 * A city's index (docs/methods.md): progress toward its target per indicator, (value − baseline) / (target −
 * baseline) clamped to [0, 1]; the mean within each initiative (in catalogue order), then across initiatives.
 */
function indexOf(catalogue: readonly Indicator[], initiativeIds: readonly string[], values: Map<string, number>, targets: Map<string, { baseline: number; target: number }>, period: string) {
  const tallies = new Map(initiativeIds.map((id) => [id, { sum: 0, withData: 0, defined: 0 }]));
  for (const indicator of catalogue) {
    const tally = tallies.get(indicator.initiative_id)!;
    tally.defined += 1;
    const value = values.get(indicator.code);
    const target = targets.get(indicator.code);
    if (value === undefined || !target || target.target === target.baseline) continue;
    tally.sum += Math.min(1, Math.max(0, (value - target.baseline) / (target.target - target.baseline)));
    tally.withData += 1;
  }
  let [withData, defined, scoreSum, scored] = [0, 0, 0, 0];
  for (const tally of tallies.values()) {
    withData += tally.withData;
    defined += tally.defined;
    if (tally.withData > 0) {
      scoreSum += tally.sum / tally.withData;
      scored += 1;
    }
  }
  const coverage = defined === 0 ? 0 : withData / defined;
  const enough = coverage >= MIN_COVERAGE;
  return {
    index: enough && scored > 0 ? scoreSum / scored : null,
    coverage,
    indexMissingReason: enough
      ? null
      : `Only ${withData} of ${defined} indicators have a value and a target for ${period} (${Math.round(coverage * 100)} %); the index needs at least ${MIN_COVERAGE * 100} %.`,
  };
}

/** W4: every enrolled city's declaration index and coverage for a period (sample values and targets counted), ranked. */
export const declarationIndex: Floor = async (db, variables) => {
  const { period } = variables as { period: string };
  const [enrolled, catalogue, observations, targets, cities] = await Promise.all([
    db.read<{ city_id: string }>('indicators', 'SELECT city_id FROM reporting_city'),
    db.read<Indicator>('indicators', 'SELECT code, initiative_id, unit_multiplier FROM indicator ORDER BY code'),
    db.read<{ city_id: string; indicator_code: string; value: string; unit_multiplier: number | null }>(
      'indicators',
      `SELECT city_id, indicator_code, value, unit_multiplier FROM observation WHERE period = ? AND breakdown = '' AND status <> 'REJECTED'`,
      [period],
    ),
    db.read<{ city_id: string; indicator_code: string; baseline_value: string; target_value: string }>(
      'indicators',
      'SELECT city_id, indicator_code, baseline_value, target_value FROM indicator_target',
    ),
    db.read<{ id: string; name: string; name_zh: string }>('cities', 'SELECT id, name, name_zh FROM city'),
  ]);
  const multiplierOf = new Map(catalogue.map((indicator) => [indicator.code, indicator.unit_multiplier]));
  const initiativeIds = [...new Set(catalogue.map((indicator) => indicator.initiative_id))].sort((a, b) => Number(a) - Number(b));
  const byCity = new Map(enrolled.map((row) => [row.city_id, { values: new Map<string, number>(), targets: new Map<string, { baseline: number; target: number }>() }]));
  for (const row of observations) {
    const multiplier = multiplierOf.get(row.indicator_code);
    if (multiplier !== undefined) byCity.get(row.city_id)?.values.set(row.indicator_code, inIndicatorScale(Number(row.value), row.unit_multiplier, multiplier));
  }
  for (const row of targets) byCity.get(row.city_id)?.targets.set(row.indicator_code, { baseline: Number(row.baseline_value), target: Number(row.target_value) });
  const scored = [...byCity].map(([cityId, inputs]) => ({ cityId, ...indexOf(catalogue, initiativeIds, inputs.values, inputs.targets, period) }));
  const indexed = scored.filter((entry) => entry.index !== null);
  const ranks = new Map(
    competitionRanks(
      indexed.map((entry) => entry.index!),
      higherFirst,
    ).map((rank, position) => [indexed[position], rank]),
  );
  const cityOf = new Map(cities.map((city) => [city.id, { id: city.id, name: city.name, nameZh: city.name_zh }]));
  const entries = scored
    .map((entry) => ({ ...entry, rank: ranks.get(entry) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.cityId.localeCompare(b.cityId))
    .map((entry) => ({ rank: entry.rank, index: entry.index, coverage: entry.coverage, indexMissingReason: entry.indexMissingReason, city: cityOf.get(entry.cityId) ?? null }));
  return JSON.stringify({ data: { declarationIndex: { period, entries } } });
};
