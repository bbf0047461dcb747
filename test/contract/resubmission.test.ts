import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SUBMIT = gql<{
  submitObservations: {
    replayed: boolean;
    created: number;
    corrected: number;
    unchanged: number;
    items: { index: number; outcome: string; observation: { id: string; value: number; revision: number } }[];
  };
}>(`mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { replayed created corrected unchanged items { index outcome observation { id value revision } } }
}`);
const TABLES = ['observation', 'observation_revision', 'submission', 'submission_item'];

const editor: Identity = { sub: 'editor-hz', role: Role.CITY_EDITOR, cityId: 'hangzhou' };
const colleague: Identity = { sub: 'colleague-hz', role: Role.CITY_EDITOR, cityId: 'hangzhou' };
const item = (overrides: Record<string, unknown> = {}) => ({
  cityId: 'hangzhou',
  indicatorCode: 'HOTLINE_RESOLUTION_RATE',
  period: '2025',
  value: 91.5,
  source: 'Hangzhou 12345 hotline annual report',
  ...overrides,
});

describe('re-submitting a batch after its values were changed', () => {
  let subgraph: SubgraphHarness;
  const submit = (idempotencyKey: string, items: object[], identity: Identity) => subgraph.execute(SUBMIT, { input: { idempotencyKey, items } }, identity);
  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('does not answer "already applied" for a replayed key whose values were changed since: CONFLICT names them, nothing is written', async () => {
    const file = [item(), item({ indicatorCode: 'ONLINE_SERVICES_PCT', value: 93 })];
    const first = await submit('hz-2025-annual', file, editor);
    expect(first.data?.submitObservations).toMatchObject({ replayed: false, created: 2 });
    const replay = await submit('hz-2025-annual', file, editor);
    expect(replay.data?.submitObservations.replayed).toBe(true);

    const corrected = await submit('hz-fix', [item({ value: 92.4, note: 'Late complaints counted', expectedRevision: 1 })], colleague);
    expect(corrected.data?.submitObservations.corrected).toBe(1);

    const before = await rowCounts(subgraph.db, TABLES);
    const again = await submit('hz-2025-annual', file, editor);
    expect(again.data?.submitObservations).toBeUndefined();
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHANGED_SINCE_APPLIED',
      conflictItems: [expect.objectContaining({ index: 0, field: 'value', currentRevision: 2 })],
    });
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);

    // Made current again the documented way: a correction under a new key, based on the revision read.
    const restored = await submit('hz-2025-annual-again', [item({ note: 'The annual report stands', expectedRevision: 2 }), file[1]], editor);
    expect(restored.data?.submitObservations).toMatchObject({ replayed: false, corrected: 1, unchanged: 1 });
    expect(restored.data?.submitObservations.items[0].observation).toMatchObject({ value: 91.5, revision: 3 });
  });

  it('refuses the whole batch when a correction is based on a revision that is no longer current, naming the item', async () => {
    await submit('hz-pm', [item({ indicatorCode: 'ONLINE_SERVICES_PCT', period: '2024', value: 90, note: 'restated', expectedRevision: 1 })], colleague);
    const before = await rowCounts(subgraph.db, TABLES);
    const stale = await submit(
      'hz-stale',
      [item({ period: '2024', value: 80, note: 'first', expectedRevision: 1 }), item({ indicatorCode: 'ONLINE_SERVICES_PCT', period: '2024', value: 91, note: 'also', expectedRevision: 1 })],
      editor,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_REVISION',
      conflictItems: [expect.objectContaining({ index: 1, field: 'expectedRevision', currentRevision: 2 })],
    });
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });
});
