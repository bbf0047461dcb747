import { type Floor, type FloorDb, marks } from './floor-db';
import { inIndicatorScale, minMaxScore } from './methods';

interface Cell {
  value: number;
  status: string;
}

/** The cities × indicators × periods matrix (sample values counted), each cell scored min–max within its indicator and period, in the order asked. */
async function matrix(db: FloorDb, variables: Record<string, unknown>) {
  const unique = (name: string) => [...new Set(variables[name] as string[])];
  const [cityIds, codes, periods] = [unique('cityIds'), unique('indicatorCodes'), unique('periods')];
  const [indicators, observations] = await Promise.all([
    db.read<{ code: string; direction: string; unit_multiplier: number }>('indicators', `SELECT code, direction, unit_multiplier FROM indicator WHERE code IN (${marks(codes)})`, codes),
    db.read<{ city_id: string; indicator_code: string; period: string; value: string; status: string; unit_multiplier: number | null }>(
      'indicators',
      `SELECT city_id, indicator_code, period, value, status, unit_multiplier FROM observation
       WHERE city_id IN (${marks(cityIds)}) AND indicator_code IN (${marks(codes)}) AND period IN (${marks(periods)}) AND breakdown = ''`,
      [...cityIds, ...codes, ...periods],
    ),
  ]);
  const indicatorOf = new Map(indicators.map((row) => [row.code, row]));
  const cityAt = new Map(cityIds.map((id, index) => [id, index]));
  const codeAt = new Map(codes.map((code, index) => [code, index]));
  const periodAt = new Map(periods.map((period, index) => [period, index]));
  // A series is one indicator and period; cells are found by position.
  const seriesCount = codes.length * periods.length;
  const cells = new Array<Cell | undefined>(cityIds.length * seriesCount);
  const min = new Array<number>(seriesCount).fill(Infinity);
  const max = new Array<number>(seriesCount).fill(-Infinity);
  // Rejected values are dropped here: with that condition beside the IN lists MariaDB scans the whole table.
  for (const row of observations) {
    if (row.status === 'REJECTED') continue;
    const [city, code, period] = [cityAt.get(row.city_id), codeAt.get(row.indicator_code), periodAt.get(row.period)];
    if (city === undefined || code === undefined || period === undefined) continue;
    const series = code * periods.length + period;
    const value = inIndicatorScale(Number(row.value), row.unit_multiplier, indicatorOf.get(row.indicator_code)!.unit_multiplier);
    cells[city * seriesCount + series] = { value, status: row.status };
    min[series] = Math.min(min[series], value);
    max[series] = Math.max(max[series], value);
  }
  const lowerIsBetter = codes.map((code) => indicatorOf.get(code)?.direction === 'LOWER_IS_BETTER');
  const scoreOf = (cell: Cell, at: number) => {
    const series = at % seriesCount;
    return minMaxScore(cell.value, min[series], max[series], lowerIsBetter[Math.floor(series / periods.length)]);
  };
  return { cityIds, codes, periods, cells, scoreOf };
}

/** W3: the matrix as one object per cell. */
export const comparison: Floor = async (db, variables) => {
  const { cityIds, codes, periods, cells, scoreOf } = await matrix(db, variables);
  const answer = [];
  let at = 0;
  for (const cityId of cityIds) {
    for (const indicatorCode of codes) {
      for (const period of periods) {
        const cell = cells[at];
        answer.push(
          cell
            ? { cityId, indicatorCode, period, value: cell.value, score: scoreOf(cell, at), status: cell.status, missing: false }
            : { cityId, indicatorCode, period, value: null, score: null, status: null, missing: true },
        );
        at += 1;
      }
    }
  }
  return JSON.stringify({ data: { comparison: { periods, cells: answer } } });
};

/** W3c: the same matrix as parallel arrays (JSON-stat). */
export const compactComparison: Floor = async (db, variables) => {
  const { cityIds, codes, periods, cells, scoreOf } = await matrix(db, variables);
  const size = [cityIds.length, codes.length, periods.length];
  const value = Array.from(cells, (cell) => cell?.value ?? null);
  const score = Array.from(cells, (cell, at) => (cell ? scoreOf(cell, at) : null));
  const status = Array.from(cells, (cell) => cell?.status ?? null);
  return JSON.stringify({ data: { comparison: { periods, matrix: { size, value, score, status } } } });
};
