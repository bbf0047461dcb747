import { indicatorsSubgraph } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';

const SUBMIT = `mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) {
    idempotencyKey replayed created corrected unchanged flagged
    items { index outcome flagReason observation { id value status revision source note revisions { revision value status author note } } }
  }
}`;
const REVIEW = `mutation ($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision revisions { revision status author note value } }
}`;

interface Revision {
  revision: number;
  value: number;
  status: string;
  author: string;
  note: string | null;
}
interface SubmitAnswer {
  submitObservations: {
    idempotencyKey: string;
    replayed: boolean;
    created: number;
    corrected: number;
    unchanged: number;
    flagged: number;
    items: {
      index: number;
      outcome: string;
      flagReason: string | null;
      observation: { id: string; value: number; status: string; revision: number; source: string; note: string | null; revisions: Revision[] };
    }[];
  };
}
interface ReviewAnswer {
  reviewObservation: { id: string; status: string; revision: number; revisions: Revision[] };
}

const shenzhenEditor: Identity = { sub: 'editor-sz', role: Role.CITY_EDITOR, cityId: 'shenzhen' };
const beijingEditor: Identity = { sub: 'editor-bj', role: Role.CITY_EDITOR, cityId: 'beijing' };
const verifier: Identity = { sub: 'verifier-1', role: Role.VERIFIER };
const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const otherAdmin: Identity = { sub: 'admin-2', role: Role.ADMIN };
const researcher: Identity = { sub: 'researcher-1', role: Role.RESEARCHER };
const anonymous: Identity = { sub: 'anonymous', role: 'anonymous' };

const TABLES = ['observation', 'observation_revision', 'submission'];
let keyCounter = 0;
const nextKey = () => `test-${Date.now()}-${(keyCounter += 1)}`;
const item = (overrides: Record<string, unknown> = {}) => ({
  cityId: 'shenzhen',
  indicatorCode: 'HOTLINE_RESOLUTION_RATE',
  period: '2025',
  value: 96.5,
  source: 'Shenzhen 12345 hotline annual report',
  ...overrides,
});

describe('submitting and reviewing observations', () => {
  let subgraph: SubgraphHarness;
  const submit = (items: object[], identity: Identity, idempotencyKey = nextKey()) => subgraph.execute<SubmitAnswer>(SUBMIT, { input: { idempotencyKey, items } }, identity);

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  it('creates a new value as PROVISIONAL revision 1, authored by the token subject', async () => {
    const result = await submit([item()], shenzhenEditor);
    expect(result.errors).toBeUndefined();
    const [created] = result.data!.submitObservations.items;
    expect(result.data?.submitObservations).toMatchObject({ created: 1, corrected: 0, unchanged: 0, replayed: false });
    expect(created.observation).toMatchObject({ value: 96.5, status: 'PROVISIONAL', revision: 1 });
    expect(created.observation.revisions).toEqual([{ revision: 1, value: 96.5, status: 'PROVISIONAL', author: 'editor-sz', note: null }]);
  });

  it('gives back a large value with six decimals as the same number it was sent, on every engine', async () => {
    // 16 significant digits: the most a double carries; MariaDB's DECIMAL text is read by Number, not by a looser parser.
    const value = 9234188910.251997;
    const result = await submit([item({ indicatorCode: 'LEGAL_AID_CASES', period: '1990', value })], admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitObservations.items[0].observation.value).toBe(value);
    const [row] = await subgraph.db.query<{ value: number | string }[]>("SELECT value FROM observation WHERE city_id = 'shenzhen' AND indicator_code = 'LEGAL_AID_CASES' AND period = '1990'");
    expect(Number(row.value)).toBe(value);
  });

  it('treats a different value as a correction that needs a note and keeps the full history', async () => {
    const withoutNote = await submit([item({ value: 97.1 })], shenzhenEditor);
    expect(withoutNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidItems: [expect.objectContaining({ index: 0, field: 'note' })] });

    const corrected = await submit([item({ value: 97.1, note: 'Late-closed cases added' })], shenzhenEditor);
    expect(corrected.errors).toBeUndefined();
    const observation = corrected.data?.submitObservations.items[0].observation;
    expect(corrected.data?.submitObservations.corrected).toBe(1);
    expect(observation).toMatchObject({ value: 97.1, revision: 2, note: 'Late-closed cases added' });
    expect(observation?.revisions.map((revision) => revision.value)).toEqual([96.5, 97.1]);

    const same = await submit([item({ value: 97.1 })], shenzhenEditor);
    expect(same.data?.submitObservations).toMatchObject({ unchanged: 1, corrected: 0, created: 0 });
  });

  it('refuses a batch with invalid items, lists every one of them by index, and writes nothing', async () => {
    const before = await rowCounts(subgraph.db, TABLES);
    const result = await submit(
      [
        item({ period: '2026', indicatorCode: 'PM25_ANNUAL_MEAN', value: 30 }),
        item({ value: 104 }),
        item({ period: '2024-Q2', indicatorCode: 'GHG_PER_CAPITA', value: 5 }),
        item({ cityId: 'shenzhen', indicatorCode: 'NO_SUCH_INDICATOR' }),
        item({ period: '2099', indicatorCode: 'WASTE_RECYCLED_PCT' }),
        item({ indicatorCode: 'GOOD_AIR_QUALITY_DAYS_PCT', source: '   ' }),
      ],
      shenzhenEditor,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = result.errors?.[0].extensions?.invalidItems as { index: number; field: string }[];
    expect([...new Set(invalid.map((entry) => entry.index))].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(invalid).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, field: 'value' }),
        expect.objectContaining({ index: 2, field: 'period' }),
        expect.objectContaining({ index: 3, field: 'indicatorCode' }),
        expect.objectContaining({ index: 4, field: 'period' }),
        expect.objectContaining({ index: 5, field: 'source' }),
      ]),
    );
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });

  it('replays an idempotency key without writing again, and refuses the same key with other content', async () => {
    const key = nextKey();
    const first = await submit([item({ indicatorCode: 'REPEAT_COMPLAINTS_PCT', value: 7.5 })], shenzhenEditor, key);
    const before = await rowCounts(subgraph.db, TABLES);
    const again = await submit([item({ indicatorCode: 'REPEAT_COMPLAINTS_PCT', value: 7.5 })], shenzhenEditor, key);
    expect(again.data?.submitObservations).toEqual({ ...first.data?.submitObservations, replayed: true });
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);

    const reused = await submit([item({ indicatorCode: 'REPEAT_COMPLAINTS_PCT', value: 6 })], shenzhenEditor, key);
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
  });

  it('stores values to 6 decimals on every engine and refuses a value too large to store', async () => {
    const rounded = await submit([item({ indicatorCode: 'VOLUNTEER_HOURS_PER_RESIDENT', period: '2026', value: 1.23456789 })], shenzhenEditor);
    expect(rounded.data?.submitObservations.items[0].observation.value).toBe(1.234568);
    const huge = await submit([item({ indicatorCode: 'LEGAL_AID_CASES', period: '2026', value: 1e15 })], shenzhenEditor);
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidItems: [expect.objectContaining({ index: 0, field: 'value' })] });
  });

  it('accepts a value that jumps implausibly but flags it for review', async () => {
    const result = await submit([item({ indicatorCode: 'OPEN_DATASETS_PUBLISHED', value: 999999 })], shenzhenEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitObservations.flagged).toBe(1);
    expect(result.data?.submitObservations.items[0].flagReason).toMatch(/changed .* % from 2024/);
  });

  describe('authorization', () => {
    const matrix: [string, Identity, string, 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN'][] = [
      ['anonymous', anonymous, 'shenzhen', 'UNAUTHENTICATED'],
      ['a researcher', researcher, 'shenzhen', 'FORBIDDEN'],
      ['a verifier', verifier, 'shenzhen', 'FORBIDDEN'],
      ['a Shenzhen editor for Shenzhen', shenzhenEditor, 'shenzhen', 'ok'],
      ['a Shenzhen editor for Beijing', shenzhenEditor, 'beijing', 'FORBIDDEN'],
      ['a Beijing editor for Shenzhen', beijingEditor, 'shenzhen', 'FORBIDDEN'],
      ['an admin for any city', admin, 'haikou', 'ok'],
    ];
    it.each(matrix)('submission by %s: %s', async (_who, identity, cityId, expected) => {
      const before = await rowCounts(subgraph.db, TABLES);
      const result = await submit([item({ cityId, indicatorCode: 'HOTLINE_RESPONSE_RATE', period: '2025', value: 99 })], identity);
      if (expected === 'ok') {
        expect(result.errors).toBeUndefined();
      } else {
        expect(result.errors?.[0].extensions?.code).toBe(expected);
        expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      }
    });

    const reviewers: [string, Identity, 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN', string][] = [
      ['anonymous', anonymous, 'UNAUTHENTICATED', 'beijing'],
      ['a researcher', researcher, 'FORBIDDEN', 'tianjin'],
      ['a city editor, even of that city', shenzhenEditor, 'FORBIDDEN', 'shenzhen'],
      ['a verifier', verifier, 'ok', 'chengdu'],
      ['an admin', admin, 'ok', 'jinan'],
    ];
    it.each(reviewers)('review by %s: %s', async (_who, identity, expected, cityId) => {
      // Submitted by another admin: nobody reviews their own value.
      const created = await submit([item({ cityId, indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2025', value: 91 })], otherAdmin);
      const { id, revision } = created.data!.submitObservations.items[0].observation;
      expect(id).toEqual(expect.any(String));
      const result = await subgraph.execute<ReviewAnswer>(REVIEW, { id, revision, decision: 'VERIFIED' }, identity);
      if (expected === 'ok') expect(result.data?.reviewObservation.status).toBe('VERIFIED');
      else expect(result.errors?.[0].extensions?.code).toBe(expected);
    });
  });

  it('records a review as a revision that keeps the value; a rejection needs a comment; an unknown id is NOT_FOUND', async () => {
    const created = await submit([item({ indicatorCode: 'STREET_LEVEL_SERVICES_PCT', value: 61 })], shenzhenEditor);
    const id = created.data?.submitObservations.items[0].observation.id;
    const noComment = await subgraph.execute<ReviewAnswer>(REVIEW, { id, revision: 1, decision: 'REJECTED' }, verifier);
    expect(noComment.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await subgraph.execute<ReviewAnswer>(REVIEW, { id, revision: 1, decision: 'REJECTED', comment: 'Denominator is the registered population' }, verifier);
    expect(rejected.data?.reviewObservation).toMatchObject({ status: 'REJECTED', revision: 2 });
    expect(rejected.data?.reviewObservation.revisions).toEqual([
      expect.objectContaining({ revision: 1, status: 'PROVISIONAL', author: 'editor-sz', value: 61 }),
      expect.objectContaining({ revision: 2, status: 'REJECTED', author: 'verifier-1', value: 61, note: 'Denominator is the registered population' }),
    ]);
    const missing = await subgraph.execute<ReviewAnswer>(REVIEW, { id: '99999999', revision: 1, decision: 'VERIFIED' }, verifier);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('never loses one of two concurrent corrections: each either lands as a revision or is refused with CONFLICT', async () => {
    const base = await submit([item({ indicatorCode: 'VOLUNTEER_HOURS_PER_RESIDENT', value: 5 })], shenzhenEditor);
    const id = base.data?.submitObservations.items[0].observation.id;
    const results = await Promise.all(
      [6, 7].map((value) => submit([item({ indicatorCode: 'VOLUNTEER_HOURS_PER_RESIDENT', value, note: `correction to ${value}`, expectedRevision: 1 })], shenzhenEditor)),
    );
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map((result) => result.errors?.[0].extensions?.code)).toEqual(['CONFLICT']);
    const history = await subgraph.execute<{ _entities: { observations: { nodes: unknown[] } }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on City { observations(indicatorCode: "VOLUNTEER_HOURS_PER_RESIDENT", period: "2025") { nodes { id value revisions { value } } } } } }`,
      { r: [{ __typename: 'City', id: 'shenzhen' }] },
    );
    const winner = succeeded[0].data?.submitObservations.items[0].observation.value;
    expect(history.data?._entities[0].observations.nodes).toEqual([{ id, value: winner, revisions: [{ value: 5 }, { value: winner }] }]);
  });

  it('accepts a batch of 5,000 items in one go and refuses 5,001', async () => {
    const codes = (await subgraph.execute<{ indicators: { code: string; kind: string }[] }>(`{ indicators { code kind validMax } }`)).data!.indicators;
    const cities = ['beijing', 'shanghai', 'tianjin', 'chongqing', 'shijiazhuang', 'xiongan', 'hohhot', 'hangzhou', 'jinan', 'guangzhou', 'shenzhen', 'haikou', 'chengdu'];
    const items: object[] = [];
    for (let year = 2000; items.length < 5001; year += 1) {
      for (const city of cities) for (const { code } of codes) if (items.length < 5001) items.push({ cityId: city, indicatorCode: code, period: String(year), value: 1, source: 'bulk test' });
    }
    const tooMany = await submit(items, admin);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const result = await submit(items.slice(0, 5000), admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitObservations.created).toBe(5000);
  }, 60_000);
});
