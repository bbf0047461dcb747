import type { Floor } from './floor-db';
import { competitionRanks, higherFirst } from './methods';

/** SDSN's rule: no index for a city missing more than 20 % of its values. */
const MIN_COVERAGE = 0.8;

interface Indicator {
  code: string;
  initiative_id: string;
}

/**
 * A city's index (docs/methods.md) from the progress tallies the write path keeps per initiative (the sum of its
 * indicators' progress toward their targets and how many had one): the mean within each initiative, then across
 * initiatives, when at least 80 % of the catalogue has data.
 */
function indexOf(defined: ReadonlyMap<string, number>, tallies: ReadonlyMap<string, { sum: number; withData: number }>, period: string) {
  let [withData, definedCount, scoreSum, scored] = [0, 0, 0, 0];
  for (const [initiativeId, count] of defined) {
    const tally = tallies.get(initiativeId);
    withData += tally?.withData ?? 0;
    definedCount += count;
    if (tally && tally.withData > 0) {
      scoreSum += tally.sum / tally.withData;
      scored += 1;
    }
  }
  const coverage = definedCount === 0 ? 0 : withData / definedCount;
  const enough = coverage >= MIN_COVERAGE;
  return {
    index: enough && scored > 0 ? scoreSum / scored : null,
    coverage,
    indexMissingReason: enough
      ? null
      : `Only ${withData} of ${definedCount} indicators have a value and a target for ${period} (${Math.round(coverage * 100)} %); the index needs at least ${MIN_COVERAGE * 100} %.`,
  };
}

/** W4: every enrolled city's declaration index and coverage for a period (sample values and targets counted), ranked. */
export const declarationIndex: Floor = async (db, variables) => {
  const { period } = variables as { period: string };
  const [enrolled, catalogue, scores, cities] = await Promise.all([
    db.read<{ city_id: string }>('indicators', 'SELECT city_id FROM reporting_city'),
    db.read<Indicator>('indicators', 'SELECT code, initiative_id FROM indicator'),
    db.read<{ city_id: string; initiative_id: string; progress_sum: string; indicators_with_data: number }>(
      'indicators',
      'SELECT city_id, initiative_id, progress_sum, indicators_with_data FROM progress_score WHERE period = ? AND include_sample = 1',
      [period],
    ),
    db.read<{ id: string; name: string; name_zh: string }>('cities', 'SELECT id, name, name_zh FROM city'),
  ]);
  const defined = new Map<string, number>();
  for (const { initiative_id: id } of [...catalogue].sort((a, b) => Number(a.initiative_id) - Number(b.initiative_id))) defined.set(id, (defined.get(id) ?? 0) + 1);
  const byCity = new Map(enrolled.map((row) => [row.city_id, new Map<string, { sum: number; withData: number }>()]));
  for (const row of scores) byCity.get(row.city_id)?.set(row.initiative_id, { sum: Number(row.progress_sum), withData: Number(row.indicators_with_data) });
  const scored = [...byCity].map(([cityId, tallies]) => ({ cityId, ...indexOf(defined, tallies, period) }));
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
