import { expect } from '@jest/globals';
import { DEFAULT_REVIEW_PAGE, indicatorsSubgraph, MAX_REVIEW_PAGE } from '@ugf/indicators';
import { type Identity, Role } from '@ugf/runtime';
import { openSubgraph, rowCounts, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

const SUBMIT = gql<{ submitObservations: { items: { flagReason: string | null; observation: { id: string; revision: number; status: string } }[] } }>(`mutation ($input: SubmitObservationsInput!) {
  submitObservations(input: $input) { items { flagReason observation { id revision status } } }
}`);
const REVIEW = gql<{ reviewObservation: { id: string; status: string; revision: number } }>(`mutation ($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }
}`);
const QUEUE = `query ($cityId: ID, $indicatorCode: ID, $period: Period, $flaggedOnly: Boolean, $first: Int, $after: String) {
  reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason
      observation { id period value status revision flagReason city { id } indicator { code } revisions { revision author status } }
    }
  }
}`;

interface QueueItem {
  cursor: string;
  submittedBy: string;
  waitingSince: string;
  ageDays: number;
  flagged: boolean;
  reviewableByMe: boolean;
  notReviewableReason: string | null;
  observation: {
    id: string;
    period: string;
    status: string;
    revision: number;
    flagReason: string | null;
    city: { id: string };
    indicator: { code: string };
    revisions: { revision: number; author: string }[];
  };
}

const editor: Identity = { sub: 'editor-cd', role: Role.CITY_EDITOR, cityId: 'chengdu' };
const verifier: Identity = { sub: 'verifier-1', role: Role.VERIFIER };
const otherVerifier: Identity = { sub: 'verifier-2', role: Role.VERIFIER };
const admin: Identity = { sub: 'admin-1', role: Role.ADMIN };
const otherAdmin: Identity = { sub: 'admin-2', role: Role.ADMIN };
const researcher: Identity = { sub: 'researcher-1', role: Role.RESEARCHER };
const anonymous: Identity = { sub: 'anonymous', role: 'anonymous' };

const TABLES = ['observation', 'observation_revision'];
let keyCounter = 0;

describe('reviewing values: four eyes, stale revisions and the review queue', () => {
  let subgraph: SubgraphHarness;
  const submit = async (identity: Identity, item: Record<string, unknown>) => {
    const result = await subgraph.execute(
      SUBMIT,
      { input: { idempotencyKey: `review-${(keyCounter += 1)}`, items: [{ cityId: 'chengdu', period: '2025', source: 'Chengdu statistical yearbook', ...item }] } },
      identity,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitObservations.items[0];
  };
  const review = (identity: Identity, id: string, revision: number, decision = 'VERIFIED', comment?: string) => subgraph.execute(REVIEW, { id, revision, decision, comment }, identity);
  const queue = (identity: Identity, variables: Record<string, unknown> = {}) =>
    subgraph.execute<{ reviewQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: QueueItem[] } }>(QUEUE, variables, identity);
  const stored = async (id: string) => {
    const [row] = await subgraph.db.query<{ status: string; revision: number | string }[]>('SELECT status, revision FROM observation WHERE id = ?', [Number(id)]);
    return { status: row.status, revision: Number(row.revision) };
  };
  /** The values awaiting review, counted in SQL: PROVISIONAL and not samples. */
  const provisionalCount = async (where = '', parameters: unknown[] = []) => {
    const [row] = await subgraph.db.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM observation WHERE status = 'PROVISIONAL' AND sample = 0 ${where}`, parameters);
    return Number(row.n);
  };
  /** Every item of the queue for `variables`, page after page. */
  const wholeQueue = async (identity: Identity, variables: Record<string, unknown>) => {
    const items: QueueItem[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const result = await queue(identity, { ...variables, after });
      expect(result.errors).toBeUndefined();
      const page = result.data!.reviewQueue;
      items.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return { items, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
    throw new Error('the queue did not end');
  };

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
  });
  afterAll(() => subgraph?.close());

  describe('four eyes', () => {
    it('refuses an admin who verifies the value they submitted, says why, and changes nothing', async () => {
      const { observation } = await submit(admin, { indicatorCode: 'HOTLINE_RESOLUTION_RATE', value: 93 });
      const before = await rowCounts(subgraph.db, TABLES);
      const result = await review(admin, observation.id, observation.revision);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_REVISION', revision: observation.revision });
      expect(result.errors?.[0].message).toContain('admin-1');
      expect(result.errors?.[0].message).toContain('current revision');
      expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      expect(await stored(observation.id)).toEqual({ status: 'PROVISIONAL', revision: observation.revision });
      // Another admin may.
      expect((await review(otherAdmin, observation.id, observation.revision)).data?.reviewObservation).toMatchObject({ status: 'VERIFIED' });
    });

    it('refuses a verifier who rejects the value they submitted under another role, and changes nothing', async () => {
      const { observation } = await submit({ sub: 'li-wei', role: Role.CITY_EDITOR, cityId: 'chengdu' }, { indicatorCode: 'ONLINE_SERVICES_PCT', value: 88 });
      const before = await rowCounts(subgraph.db, TABLES);
      const result = await review({ sub: 'li-wei', role: Role.VERIFIER }, observation.id, observation.revision, 'REJECTED', 'Looks low');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_REVISION' });
      expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      expect(await stored(observation.id)).toEqual({ status: 'PROVISIONAL', revision: observation.revision });
    });

    it('refuses a verifier who reviews their own review revision, and a submitter who reviews after someone else rejected', async () => {
      const { observation } = await submit(admin, { indicatorCode: 'HOTLINE_RESPONSE_RATE', value: 97 });
      const rejected = await review(verifier, observation.id, observation.revision, 'REJECTED', 'Denominator unclear');
      expect(rejected.data?.reviewObservation).toMatchObject({ status: 'REJECTED', revision: observation.revision + 1 });
      const before = await rowCounts(subgraph.db, TABLES);
      const again = await review(verifier, observation.id, observation.revision + 1);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_REVISION', revision: observation.revision + 1 });
      // The submitter did not write the current revision, but it holds their value.
      const submitter = await review(admin, observation.id, observation.revision + 1);
      expect(submitter.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_REVISION', revision: observation.revision });
      expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      expect(await stored(observation.id)).toEqual({ status: 'REJECTED', revision: observation.revision + 1 });
    });
  });

  describe('the revision the reviewer saw', () => {
    it('answers CONFLICT when a correction landed after the reviewer read the value, and changes nothing', async () => {
      const { observation } = await submit(editor, { indicatorCode: 'GOOD_AIR_QUALITY_DAYS_PCT', value: 80 });
      const seen = observation.revision;
      const correction = await submit(editor, { indicatorCode: 'GOOD_AIR_QUALITY_DAYS_PCT', value: 60, note: 'Station data replaced' });
      const before = await rowCounts(subgraph.db, TABLES);
      const stale = await review(verifier, observation.id, seen);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION', expectedRevision: seen, currentRevision: correction.observation.revision });
      expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      expect(await stored(observation.id)).toEqual({ status: 'PROVISIONAL', revision: correction.observation.revision });
      expect((await review(verifier, observation.id, correction.observation.revision)).data?.reviewObservation).toMatchObject({ status: 'VERIFIED' });
    });

    it('refuses a revision below 1 as bad input', async () => {
      const { observation } = await submit(editor, { indicatorCode: 'WASTE_RECYCLED_PCT', value: 40 });
      const result = await review(verifier, observation.id, 0);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'revision' });
      expect(await stored(observation.id)).toEqual({ status: 'PROVISIONAL', revision: observation.revision });
    });
  });

  describe('the review queue', () => {
    // Submitted values for 2018, a year the sample data does not cover: Shanghai's every indicator (more than a
    // page), Beijing's and Chengdu's PM2.5. The sample values, all PROVISIONAL, never enter the queue.
    beforeAll(async () => {
      const fixture: Identity = { sub: 'fixture-admin', role: Role.ADMIN };
      const rows = await subgraph.db.query<{ city_id: string; indicator_code: string; value: number | string }[]>(
        "SELECT city_id, indicator_code, value FROM observation WHERE period = '2019' AND breakdown = '' AND (city_id = 'shanghai' OR (city_id IN ('beijing', 'chengdu') AND indicator_code = 'PM25_ANNUAL_MEAN'))",
      );
      const items = rows.map((row) => ({ cityId: row.city_id, indicatorCode: row.indicator_code, period: '2018', value: Number(row.value), source: 'Statistical yearbook (test)' }));
      const result = await subgraph.execute(SUBMIT, { input: { idempotencyKey: 'review-queue-fixture', items } }, fixture);
      expect(result.errors).toBeUndefined();
      expect(items.length).toBeGreaterThan(DEFAULT_REVIEW_PAGE + 2);
    });

    it('leaves the sample values out: they await no review, and verifying one is refused with its reason while rejecting it is not', async () => {
      const [{ n }] = await subgraph.db.query<{ n: number | string }[]>("SELECT COUNT(*) AS n FROM observation WHERE status = 'PROVISIONAL' AND sample = 1");
      expect(Number(n)).toBeGreaterThan(0);
      const [{ n: verified }] = await subgraph.db.query<{ n: number | string }[]>("SELECT COUNT(*) AS n FROM observation WHERE status = 'VERIFIED' AND sample = 1");
      expect(Number(verified)).toBe(0);
      const { items } = await wholeQueue(verifier, { cityId: 'haikou', first: MAX_REVIEW_PAGE });
      const [sample] = await subgraph.db.query<{ id: number; revision: number | string }[]>(
        "SELECT id, revision FROM observation WHERE city_id = 'haikou' AND indicator_code = 'PM25_ANNUAL_MEAN' AND period = '2020' AND breakdown = '' AND sample = 1",
      );
      expect(items.map((item) => Number(item.observation.id))).not.toContain(sample.id);
      const before = await rowCounts(subgraph.db, TABLES);
      const verify = await review(verifier, String(sample.id), Number(sample.revision));
      expect(verify.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAMPLE_VALUE', argument: 'decision' });
      expect(verify.errors?.[0].message).toContain('sample value');
      expect(await rowCounts(subgraph.db, TABLES)).toEqual(before);
      expect(await stored(String(sample.id))).toEqual({ status: 'PROVISIONAL', revision: Number(sample.revision) });
      const reject = await review(verifier, String(sample.id), Number(sample.revision), 'REJECTED', 'Implausible sample');
      expect(reject.data?.reviewObservation).toMatchObject({ status: 'REJECTED', revision: Number(sample.revision) + 1 });
    });

    it.each([
      ['anonymous', anonymous, 'UNAUTHENTICATED'],
      ['a researcher', researcher, 'FORBIDDEN'],
      ['a city editor', editor, 'FORBIDDEN'],
    ] as const)('is refused to %s', async (_who, identity, code) => {
      const result = await queue(identity);
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.data?.reviewQueue ?? null).toBeNull();
    });

    it('holds every PROVISIONAL value once, oldest first, with its age, submitter and history', async () => {
      const { items, totalCount } = await wholeQueue(admin, { first: MAX_REVIEW_PAGE });
      expect(totalCount).toBe(await provisionalCount());
      expect(items).toHaveLength(totalCount);
      expect(new Set(items.map((item) => item.observation.id)).size).toBe(totalCount);
      expect(items.every((item) => item.observation.status === 'PROVISIONAL')).toBe(true);
      const order = items.map((item) => [Date.parse(item.waitingSince), Number(item.observation.id)]);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(order).toEqual(sorted);
      for (const item of items) {
        const current = item.observation.revisions.find((revision) => revision.revision === item.observation.revision);
        expect(item.submittedBy).toBe(current?.author);
        expect(item.flagged).toBe(item.observation.flagReason !== null);
      }
    });

    it('gives each value its age in whole days since it was submitted', async () => {
      const before = Date.now();
      const result = await queue(verifier, { first: 5 });
      const after = Date.now();
      const day = 24 * 60 * 60 * 1000;
      for (const item of result.data!.reviewQueue.nodes) {
        const waited = Date.parse(item.waitingSince);
        expect(item.ageDays).toBeGreaterThanOrEqual(Math.floor((before - waited) / day));
        expect(item.ageDays).toBeLessThanOrEqual(Math.floor((after - waited) / day));
      }
    });

    it('says whether the caller may review each value: not the ones they submitted', async () => {
      const { observation } = await submit(admin, { cityId: 'haikou', indicatorCode: 'HOTLINE_SATISFACTION_RATE', value: 90 });
      const mine = (await queue(admin, { cityId: 'haikou', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2025' })).data!.reviewQueue.nodes;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ submittedBy: 'admin-1', reviewableByMe: false, observation: { id: observation.id } });
      expect(mine[0].notReviewableReason).toContain(`revision ${observation.revision}`);
      const theirs = (await queue(otherVerifier, { cityId: 'haikou', indicatorCode: 'HOTLINE_SATISFACTION_RATE', period: '2025' })).data!.reviewQueue.nodes;
      expect(theirs[0]).toMatchObject({ reviewableByMe: true, notReviewableReason: null });
    });

    it('lets a reviewed value leave the queue', async () => {
      const { observation } = await submit(editor, { indicatorCode: 'STREET_LEVEL_SERVICES_PCT', value: 55 });
      const filter = { cityId: 'chengdu', indicatorCode: 'STREET_LEVEL_SERVICES_PCT', period: '2025' };
      expect((await queue(verifier, filter)).data!.reviewQueue.totalCount).toBe(1);
      await review(verifier, observation.id, observation.revision);
      expect((await queue(verifier, filter)).data!.reviewQueue).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('filters by city, indicator and period, each alone and together', async () => {
      const cases: [Record<string, string>, string, unknown[]][] = [
        [{ cityId: 'beijing' }, 'AND city_id = ?', ['beijing']],
        [{ indicatorCode: 'PM25_ANNUAL_MEAN' }, 'AND indicator_code = ?', ['PM25_ANNUAL_MEAN']],
        [{ period: '2025' }, 'AND period = ?', ['2025']],
        [{ cityId: 'chengdu', period: '2018' }, 'AND city_id = ? AND period = ?', ['chengdu', '2018']],
      ];
      for (const [filter, where, parameters] of cases) {
        const expected = await provisionalCount(where, parameters);
        expect(expected).toBeGreaterThan(0);
        const { items, totalCount } = await wholeQueue(verifier, { ...filter, first: MAX_REVIEW_PAGE });
        expect(totalCount).toBe(expected);
        expect(items).toHaveLength(expected);
        for (const item of items) {
          if (filter.cityId) expect(item.observation.city.id).toBe(filter.cityId);
          if (filter.indicatorCode) expect(item.observation.indicator.code).toBe(filter.indicatorCode);
          if (filter.period) expect(item.observation.period).toBe(filter.period);
        }
      }
    });

    it('shows only the flagged values when asked', async () => {
      const flaggedItem = await submit(editor, { indicatorCode: 'OPEN_DATASETS_PUBLISHED', value: 999999 });
      expect(flaggedItem.flagReason).not.toBeNull();
      const { items, totalCount } = await wholeQueue(verifier, { flaggedOnly: true, first: MAX_REVIEW_PAGE });
      expect(totalCount).toBe(await provisionalCount('AND flag_reason IS NOT NULL'));
      expect(items.map((item) => item.observation.id)).toContain(flaggedItem.observation.id);
      expect(items.every((item) => item.flagged && item.observation.flagReason !== null)).toBe(true);
    });

    it('pages with first and after: the default and maximum page size, and pages that neither overlap nor skip', async () => {
      const whole = (await wholeQueue(verifier, { cityId: 'shanghai', first: MAX_REVIEW_PAGE })).items.map((item) => item.observation.id);
      expect(whole.length).toBeGreaterThan(DEFAULT_REVIEW_PAGE);
      const first = (await queue(verifier, { cityId: 'shanghai' })).data!.reviewQueue;
      expect(first.nodes).toHaveLength(DEFAULT_REVIEW_PAGE);
      expect(first).toMatchObject({ totalCount: whole.length, pageInfo: { hasNextPage: true, endCursor: first.nodes[DEFAULT_REVIEW_PAGE - 1].cursor } });
      const small = (await wholeQueue(verifier, { cityId: 'shanghai', first: 7 })).items.map((item) => item.observation.id);
      expect(small).toEqual(whole);
      const fromMiddle = (await queue(verifier, { cityId: 'shanghai', first: 3, after: first.nodes[9].cursor })).data!.reviewQueue.nodes;
      expect(fromMiddle.map((item) => item.observation.id)).toEqual(whole.slice(10, 13));
    });

    it.each([
      ['first above the maximum', { first: MAX_REVIEW_PAGE + 1 }, 'first'],
      ['first of 0', { first: 0 }, 'first'],
      ['a cursor it did not give', { after: 'not-a-cursor' }, 'after'],
    ])('refuses %s as bad input', async (_what, variables, argument) => {
      const result = await queue(verifier, variables);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('refuses a malformed period as bad input, naming the value', async () => {
      const result = await queue(verifier, { period: '2024-Q9' });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('Invalid period "2024-Q9"'), extensions: { code: 'BAD_USER_INPUT' } });
    });
  });
});
