import type { DataSource, EntityManager } from 'typeorm';
import { casesSubgraph } from '@ugf/cases';
import { updateCase } from '@ugf/cases/dist/editing/edit-case';
import { indicatorsSubgraph } from '@ugf/indicators';
import type { IndicatorDefinitionInput } from '@ugf/indicators/dist/admin/admin.types';
import { defineIndicator, setTarget } from '@ugf/indicators/dist/admin/manage-catalogue';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

const admin: Identity = { sub: 'root', role: Role.ADMIN };

const bound = (target: object, prop: string | symbol) => {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
};

/**
 * The database as an edit sees it when someone else changes the row right after the edit has read it:
 * the first row the edit's transaction reads is changed (by `change`) before the edit writes.
 */
function changedAfterRead(db: DataSource, change: (manager: EntityManager) => Promise<unknown>): DataSource {
  const racing = (manager: EntityManager) => {
    let changed = false;
    return new Proxy(manager, {
      get(target, prop) {
        if (prop !== 'findOneBy') return bound(target, prop);
        return async (...args: Parameters<EntityManager['findOneBy']>) => {
          const row = await target.findOneBy(...args);
          if (!changed) {
            changed = true;
            await change(target);
          }
          return row;
        };
      },
    });
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bound(target, prop);
      return (work: (manager: EntityManager) => Promise<unknown>) => target.transaction((manager) => work(racing(manager)));
    },
  });
}

const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe('an edit is written only while the revision it read is still current', () => {
  let cases: SubgraphHarness;
  let indicators: SubgraphHarness;
  beforeAll(async () => {
    [cases, indicators] = await Promise.all([openSubgraph(casesSubgraph), openSubgraph(indicatorsSubgraph)]);
  });
  afterAll(async () => {
    await cases?.close();
    await indicators?.close();
  });

  it('refuses a case edit with CONFLICT when the case changes between its read and its write, writing nothing', async () => {
    const id = (await cases.execute<{ cases: { nodes: { id: string }[] } }>(`{ cases(cityId: "beijing") { nodes { id } } }`)).data!.cases.nodes[0].id;
    const before = await rowCounts(cases.db, ['best_practice_case', 'case_revision', 'case_tag']);
    const db = changedAfterRead(cases.db, (manager) => manager.query('UPDATE best_practice_case SET revision = revision + 1 WHERE id = ?', [id]));
    const error = await updateCase(db, admin, id, { title: 'Written over a change it has not seen', tags: ['lost'] }, 1).catch((caught: unknown) => caught);
    expect(codeOf(error)).toBe('CONFLICT');
    expect((await cases.execute(`query ($id: ID!) { case(id: $id) { revision tags revisions { revision } } }`, { id })).data?.case).toMatchObject({ revision: 1, revisions: [{ revision: 1 }] });
    expect(await rowCounts(cases.db, ['best_practice_case', 'case_revision', 'case_tag'])).toEqual(before);
  });

  it('refuses to replace a target or an indicator definition with CONFLICT when it changes between read and write', async () => {
    const tables = ['indicator_target', 'target_revision', 'indicator', 'indicator_revision'];
    const before = await rowCounts(indicators.db, tables);
    const target = { cityId: 'jinan', indicatorCode: 'PM25_ANNUAL_MEAN', baselinePeriod: '2020', baselineValue: 40, targetPeriod: '2030', targetValue: 25, source: 'plan', expectedRevision: 1 };
    const targetDb = changedAfterRead(indicators.db, (manager) => manager.query("UPDATE indicator_target SET revision = revision + 1 WHERE city_id = 'jinan' AND indicator_code = 'PM25_ANNUAL_MEAN'"));
    expect(codeOf(await setTarget(targetDb, admin, target).catch((caught: unknown) => caught))).toBe('CONFLICT');

    const indicator = (
      await indicators.execute<{ indicator: Omit<IndicatorDefinitionInput, 'initiativeId'> & { initiative: { id: string } } }>(
        `{ indicator(code: "PM25_ANNUAL_MEAN") { code name nameZh unit direction periodicity kind validMin validMax plausibleChangePct method initiative { id } } }`,
      )
    ).data!.indicator;
    const { initiative, ...definition } = indicator;
    const indicatorDb = changedAfterRead(indicators.db, (manager) => manager.query("UPDATE indicator SET revision = revision + 1 WHERE code = 'PM25_ANNUAL_MEAN'"));
    const edit = { ...definition, initiativeId: initiative.id, name: 'Renamed over a change it has not seen', expectedRevision: 1 };
    expect(codeOf(await defineIndicator(indicatorDb, admin, edit).catch((caught: unknown) => caught))).toBe('CONFLICT');

    expect(await rowCounts(indicators.db, tables)).toEqual(before);
    expect((await indicators.execute(`{ indicator(code: "PM25_ANNUAL_MEAN") { name revision } }`)).data?.indicator).toEqual({ name: indicator.name, revision: 1 });
  });
});
