import type { Floor } from './floor-db';

/** W7: the indicator catalogue's codes, names and units, by initiative and then code. */
export const indicatorList: Floor = async (db) => {
  const rows = await db.read<{ code: string; name: string; unit: string; initiative_id: string }>('indicators', 'SELECT code, name, unit, initiative_id FROM indicator ORDER BY code');
  const ordered = rows.sort((a, b) => Number(a.initiative_id) - Number(b.initiative_id) || a.code.localeCompare(b.code));
  return JSON.stringify({ data: { indicators: ordered.map(({ code, name, unit }) => ({ code, name, unit })) } });
};
