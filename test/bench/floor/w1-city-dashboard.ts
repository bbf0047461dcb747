import { type Floor, marks } from './floor-db';

interface CityRow {
  id: string;
  name: string;
  name_zh: string;
  population: number;
  region: string;
  admin_level: string;
}

const OBSERVATION_PAGE = 100;
const CASE_PAGE = 20;
const MAX_PEERS = 8;

const sizeDistance = (a: CityRow, b: CityRow) => Math.abs(Math.log(a.population / b.population));

/** Cities of the same administrative level, and of the same region within a factor of two in population; closest first. */
function peersOf(city: CityRow, all: readonly CityRow[]): CityRow[] {
  return all
    .filter((other) => other.id !== city.id && (other.admin_level === city.admin_level || (other.region === city.region && sizeDistance(city, other) <= Math.log(2))))
    .sort((a, b) => sizeDistance(city, a) - sizeDistance(city, b) || a.id.localeCompare(b.id))
    .slice(0, MAX_PEERS);
}

/** W1: one city, its values of a period with their indicators and initiatives, its cases and its peers. All cities are read for the peers. */
export const cityDashboard: Floor = async (db, variables) => {
  const { id, period } = variables as { id: string; period: string };
  const [cities, observations, cases] = await Promise.all([
    db.read<CityRow>('cities', 'SELECT id, name, name_zh, population, region, admin_level FROM city ORDER BY id'),
    db.read<{ indicator_code: string; period: string; value: string; status: string }>(
      'indicators',
      `SELECT indicator_code, period, value, status FROM observation WHERE city_id = ? AND period = ? AND breakdown = '' ORDER BY indicator_code, period LIMIT ${OBSERVATION_PAGE}`,
      [id, period],
    ),
    db.read<{ id: string; title: string; year: number }>('cases', `SELECT id, title, year FROM best_practice_case WHERE city_id = ? ORDER BY year DESC, id LIMIT ${CASE_PAGE}`, [id]),
  ]);
  const city = cities.find((row) => row.id === id);
  if (!city) return JSON.stringify({ data: { city: null } });
  const codes = [...new Set(observations.map((row) => row.indicator_code))];
  const indicators = codes.length
    ? await db.read<{ code: string; name: string; unit: string; initiative_id: string }>('indicators', `SELECT code, name, unit, initiative_id FROM indicator WHERE code IN (${marks(codes)})`, codes)
    : [];
  const initiativeIds = [...new Set(indicators.map((row) => row.initiative_id))];
  const initiatives = initiativeIds.length
    ? await db.read<{ id: string; number: number; title: string }>('initiatives', `SELECT id, number, title FROM initiative WHERE id IN (${marks(initiativeIds)})`, initiativeIds)
    : [];
  const initiativeOf = new Map(initiatives.map((row) => [row.id, { number: row.number, title: row.title }]));
  const indicatorOf = new Map(indicators.map((row) => [row.code, { code: row.code, name: row.name, unit: row.unit, initiative: initiativeOf.get(row.initiative_id) ?? null }]));
  return JSON.stringify({
    data: {
      city: {
        id: city.id,
        name: city.name,
        nameZh: city.name_zh,
        population: city.population,
        observations: { nodes: observations.map((row) => ({ period: row.period, value: Number(row.value), status: row.status, indicator: indicatorOf.get(row.indicator_code) ?? null })) },
        cases: { nodes: cases.map((row) => ({ id: row.id, title: row.title, year: row.year })) },
        peers: peersOf(city, cities).map((peer) => ({ id: peer.id, name: peer.name })),
      },
    },
  });
};
