import type { Floor } from './floor-db';
import { competitionRanks, higherFirst, inIndicatorScale, lowerFirst, minMaxScore } from './methods';

/** W2: every enrolled city ranked on one indicator and period (sample values counted), with per-capita values of COUNT indicators. */
export const ranking: Floor = async (db, variables) => {
  const { indicatorCode, period } = variables as { indicatorCode: string; period: string };
  const [[indicator], enrolled, observations, cities] = await Promise.all([
    db.read<{ unit: string; direction: string; kind: string; unit_multiplier: number }>('indicators', 'SELECT unit, direction, kind, unit_multiplier FROM indicator WHERE code = ?', [indicatorCode]),
    db.read<{ city_id: string }>('indicators', 'SELECT city_id FROM reporting_city'),
    db.read<{ city_id: string; value: string; unit_multiplier: number | null }>(
      'indicators',
      `SELECT city_id, value, unit_multiplier FROM observation WHERE indicator_code = ? AND period = ? AND breakdown = '' AND status <> 'REJECTED'`,
      [indicatorCode, period],
    ),
    db.read<{ id: string; name: string; population: number }>('cities', 'SELECT id, name, population FROM city'),
  ]);
  if (!indicator) return JSON.stringify({ data: { ranking: null } });
  const enrolledIds = new Set(enrolled.map((row) => row.city_id));
  const cityOf = new Map(cities.map((city) => [city.id, city]));
  const lowerIsBetter = indicator.direction === 'LOWER_IS_BETTER';
  const ranked = observations
    .filter((row) => enrolledIds.has(row.city_id))
    .map((row) => ({ cityId: row.city_id, value: inIndicatorScale(Number(row.value), row.unit_multiplier, indicator.unit_multiplier) }));
  const values = ranked.map((entry) => entry.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const ranks = competitionRanks(values, lowerIsBetter ? lowerFirst : higherFirst);
  const perCapita = (value: number, population: number | undefined) => (indicator.kind === 'COUNT' && population ? { valuePer100k: (value / population) * 100_000 } : null);
  const entries = ranked
    .map(({ cityId, value }, index) => {
      const city = cityOf.get(cityId);
      return {
        rank: ranks[index],
        value,
        score: minMaxScore(value, min, max, lowerIsBetter),
        unit: indicator.unit,
        city: city ? { id: city.id, name: city.name, perCapita: perCapita(value, city.population) } : null,
        cityId,
      };
    })
    .sort((a, b) => a.rank - b.rank || a.cityId.localeCompare(b.cityId))
    .map(({ cityId: _cityId, ...entry }) => entry);
  const rankedIds = new Set(ranked.map((entry) => entry.cityId));
  const missing = [...enrolledIds]
    .filter((id) => !rankedIds.has(id))
    .sort()
    .map((id) => ({ id, name: cityOf.get(id)?.name ?? null }));
  return JSON.stringify({ data: { ranking: { entries, missing } } });
};
