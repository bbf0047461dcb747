import type { Floor } from './floor-db';

const CASE_PAGE = 20;

/** W5: the initiatives with their indicators and the first page of their cases, newest first. */
export const catalogue: Floor = async (db) => {
  const [initiatives, indicators, links, cases] = await Promise.all([
    db.read<{ id: string; number: number; title: string; title_zh: string }>('initiatives', 'SELECT id, number, title, title_zh FROM initiative ORDER BY number'),
    db.read<{ code: string; name: string; unit: string; direction: string; initiative_id: string }>('indicators', 'SELECT code, name, unit, direction, initiative_id FROM indicator ORDER BY code'),
    db.read<{ case_id: string; initiative_id: string }>('cases', 'SELECT case_id, initiative_id FROM case_initiative'),
    db.read<{ id: string }>('cases', 'SELECT id FROM best_practice_case ORDER BY year DESC, id'),
  ]);
  const linked = new Set(links.map((link) => `${link.initiative_id}|${link.case_id}`));
  return JSON.stringify({
    data: {
      initiatives: initiatives.map((initiative) => ({
        id: initiative.id,
        number: initiative.number,
        title: initiative.title,
        titleZh: initiative.title_zh,
        indicators: indicators.filter((row) => row.initiative_id === initiative.id).map(({ code, name, unit, direction }) => ({ code, name, unit, direction })),
        cases: {
          nodes: cases
            .filter((row) => linked.has(`${initiative.id}|${row.id}`))
            .slice(0, CASE_PAGE)
            .map((row) => ({ id: row.id })),
        },
      })),
    },
  });
};
