import { Role } from '@ugf/runtime';
import { startTestStack, type TestStack } from '../helpers/test-stack';
import { gql } from '../helpers/typed-query';

const SUBMIT = gql<{ submitObservations: { created: number; corrected: number } }>('mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { created corrected } }');
const VERSION = gql<{ dataVersion: { id: string; changedAt: string | null; asOf: string | null } }>('query ($asOf: DateTimeISO) { dataVersion(asOf: $asOf) { id changedAt asOf } }');
const ANSWERS = gql<{
  ranking: { entries: { value: number; city: { id: string } }[] };
  comparison: { cells: { cityId: string; value: number | null; missing: boolean }[] };
  city: { series: { points: { period: string; value: number }[] }; observations: { nodes: { period: string; value: number; revision: number }[] } };
  observations: { nodes: { period: string; value: number; revision: number; city: { id: string } }[] };
}>(`query ($asOf: DateTimeISO) {
  ranking(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2012", asOf: $asOf) { entries { value city { id } } }
  comparison(cityIds: ["jinan", "haikou"], indicatorCodes: ["HOTLINE_RESOLUTION_RATE"], periods: ["2012"], asOf: $asOf) { cells { cityId value missing } }
  city(id: "jinan") {
    series(indicatorCode: "HOTLINE_RESOLUTION_RATE", asOf: $asOf) { points { period value } }
    observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2012", asOf: $asOf) { nodes { period value revision } }
  }
  observations(indicatorCodes: ["HOTLINE_RESOLUTION_RATE"], cityIds: ["jinan"], periods: ["2012"], asOf: $asOf) { nodes { period value revision city { id } } }
}`);

const item = (value: number, note?: string) => ({ cityId: 'jinan', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2012', value, source: 'Jinan 12345 hotline annual report', note });
/** MariaDB keeps DATETIME to the second: the next write lands in a later second than the last one read. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('as-of answers and the data version', () => {
  let system: TestStack;
  beforeAll(async () => {
    system = await startTestStack();
  }, 120_000);
  afterAll(() => system?.stop(), 60_000);

  const answers = async (asOf?: string) => {
    const result = await system.query(ANSWERS, { asOf });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  /** Jinan's 2012 value in each answer, in the same order. */
  const jinanIn = (data: Awaited<ReturnType<typeof answers>>) => [
    data.ranking.entries.find((entry) => entry.city.id === 'jinan')?.value,
    data.comparison.cells.find((cell) => cell.cityId === 'jinan')?.value,
    data.city.series.points.find((point) => point.period === '2012')?.value,
    data.city.observations.nodes[0]?.value,
    data.observations.nodes[0]?.value,
  ];

  it('answers the ranking, comparison, series and observations of an earlier instant unchanged after a value is created and then corrected', async () => {
    const admin = await system.token({ sub: 'as-of-admin', role: Role.ADMIN });
    const empty = (await system.query(VERSION, {})).data!.dataVersion;
    expect(empty.asOf).toBeNull();
    await nextSecond();
    const created = await system.query(SUBMIT, { input: { idempotencyKey: 'as-of-created', items: [item(88)] } }, admin);
    expect(created.errors).toBeUndefined();
    const first = (await system.query(VERSION, {})).data!.dataVersion;
    expect(first.id).not.toBe(empty.id);
    await nextSecond();
    const corrected = await system.query(SUBMIT, { input: { idempotencyKey: 'as-of-corrected', items: [item(93, 'Recount after the audit')] } }, admin);
    expect(corrected.data?.submitObservations.corrected).toBe(1);

    expect(jinanIn(await answers())).toEqual([93, 93, 93, 93, 93]);
    const atFirst = await answers(first.changedAt!);
    expect(jinanIn(atFirst)).toEqual([88, 88, 88, 88, 88]);
    expect(atFirst.observations.nodes[0].revision).toBe(1);
    // Before the value existed, the answers leave it out: the ranking and the listings lack it, the comparison's cell is missing.
    const atEmpty = await answers(empty.changedAt!);
    expect(jinanIn(atEmpty)).toEqual([undefined, null, undefined, undefined, undefined]);
    expect(atEmpty.comparison.cells.find((cell) => cell.cityId === 'jinan')?.missing).toBe(true);

    // The version of an instant is what it was then, and names the instant.
    expect((await system.query(VERSION, { asOf: first.changedAt })).data!.dataVersion).toEqual({ ...first, asOf: first.changedAt });
    expect((await system.query(VERSION, {})).data!.dataVersion.id).not.toBe(first.id);

    // A later correction leaves the earlier answers as they were.
    await nextSecond();
    const again = await system.query(SUBMIT, { input: { idempotencyKey: 'as-of-again', items: [item(95, 'Second recount')] } }, admin);
    expect(again.data?.submitObservations.corrected).toBe(1);
    expect(await answers(first.changedAt!)).toEqual(atFirst);

    // The exports answer the same instant, and say which data version they were computed from.
    const get = (path: string) => fetch(`${system.stack.gatewayUrl}export/${path}&asOf=${encodeURIComponent(first.changedAt!)}`);
    const csv = await get('ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2012');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-data-version')).toBe(first.id);
    expect(csv.headers.get('x-as-of')).toBe(first.changedAt);
    expect((await csv.text()).split(/\r?\n/)[1]).toMatch(/^1,1,1,false,jinan,Jinan,HOTLINE_RESOLUTION_RATE,.*,2012,88,/);
    const sdmx = await get('sdmx.csv?indicatorCodes=HOTLINE_RESOLUTION_RATE&cityIds=jinan&periods=2012');
    expect(sdmx.headers.get('x-data-version')).toBe(first.id);
    expect((await sdmx.text()).split('\n')[1]).toContain(',jinan,HOTLINE_RESOLUTION_RATE,_T,_T,_T,_T,2012,88,');
    const jsonStat = (await (await get('comparison.json?cityIds=jinan&indicatorCodes=HOTLINE_RESOLUTION_RATE&periods=2012')).json()) as {
      value: number[];
      updated: string;
      extension: { dataVersion: string; asOf: string };
    };
    expect(jsonStat).toMatchObject({ value: [88], updated: first.changedAt, extension: { dataVersion: first.id, asOf: first.changedAt } });
    const now = await fetch(`${system.stack.gatewayUrl}export/comparison.json?cityIds=jinan&indicatorCodes=HOTLINE_RESOLUTION_RATE&periods=2012`);
    expect(now.headers.get('x-as-of')).toBeNull();
    expect(((await now.json()) as { value: number[] }).value).toEqual([95]);
  }, 60_000);

  it('answers progress, the declaration index, series targets and peers of an earlier instant unchanged after a value and its target are replaced', async () => {
    const code = 'HOTLINE_RESOLUTION_RATE';
    const PROGRESS = gql<{
      city: {
        progress: { index: number | null; initiatives: { indicators: { indicator: { code: string }; progress: number | null }[] }[] };
        series: { baselineValue: number | null; targetValue: number | null };
        published: { targetValue: number | null };
        peerComparison: { value: number | null };
        observations: { nodes: { value: number }[] };
      };
      declarationIndex: { entries: { index: number | null; city: { id: string } }[] };
    }>(`query ($asOf: DateTimeISO) {
      city(id: "chengdu") {
        progress(period: "2024", includeSample: true, asOf: $asOf) { index initiatives { indicators { indicator { code } progress } } }
        series(indicatorCode: "${code}", includeSample: true, asOf: $asOf) { baselineValue targetValue }
        published: series(indicatorCode: "${code}", asOf: $asOf) { targetValue }
        peerComparison(indicatorCode: "${code}", period: "2024", includeSample: true, asOf: $asOf) { value }
        observations(indicatorCode: "${code}", period: "2024", asOf: $asOf) { nodes { value } }
      }
      declarationIndex(period: "2024", includeSample: true, asOf: $asOf) { entries { index city { id } } }
    }`);
    const read = async (asOf?: string) => {
      const result = await system.query(PROGRESS, { asOf });
      expect(result.errors).toBeUndefined();
      const { city, declarationIndex } = result.data!;
      return {
        index: city.progress.index,
        progress: city.progress.initiatives.flatMap((initiative) => initiative.indicators).find((entry) => entry.indicator.code === code)?.progress,
        target: city.series.targetValue,
        publishedTarget: city.published.targetValue,
        value: city.peerComparison.value,
        declarationIndex: declarationIndex.entries.find((entry) => entry.city.id === 'chengdu')?.index,
        baseline: city.series.baselineValue,
        stored: city.observations.nodes[0]?.value,
      };
    };
    const before = await read();
    expect(before.progress).not.toBeNull();
    expect(before.target).not.toBeNull();
    // The seeded target is a sample: it counts only with sample values.
    expect(before.publishedTarget).toBeNull();
    const instant = (await system.query(VERSION, {})).data!.dataVersion.changedAt!;

    await nextSecond();
    const admin = await system.token({ sub: 'as-of-progress-admin', role: Role.ADMIN });
    const target = {
      cityId: 'chengdu',
      indicatorCode: code,
      baselinePeriod: '2020',
      baselineValue: before.baseline,
      targetPeriod: '2030',
      targetValue: before.target! + 1,
      source: 'Chengdu municipal plan',
      expectedRevision: 1,
    };
    const set = await system.query(gql<{ setTarget: { revision: number } }>('mutation ($input: TargetInput!) { setTarget(input: $input) { revision } }'), { input: target }, admin);
    expect(set.errors).toBeUndefined();
    const value = { cityId: 'chengdu', indicatorCode: code, period: '2024', value: before.stored + 0.5, source: 'Chengdu 12345 hotline annual report', note: 'Late returns counted' };
    expect((await system.query(SUBMIT, { input: { idempotencyKey: 'as-of-progress', items: [value] } }, admin)).errors).toBeUndefined();

    const now = await read();
    expect(now).toMatchObject({ target: before.target! + 1, publishedTarget: before.target! + 1, value: before.stored + 0.5 });
    expect(now.progress).not.toBe(before.progress);
    expect(await read(instant)).toEqual(before);
  }, 60_000);

  it('lists every revision since an instant in the change feed, created, corrected and reviewed, with the role and a page at a time', async () => {
    const since = (await system.query(VERSION, {})).data!.dataVersion.changedAt;
    await nextSecond();
    const admin = await system.token({ sub: 'feed-admin', role: Role.ADMIN });
    const verifier = await system.token({ sub: 'feed-verifier', role: Role.VERIFIER });
    const write = (value: number, key: string, note?: string) => system.query(SUBMIT, { input: { idempotencyKey: key, items: [{ ...item(value, note), cityId: 'haikou', period: '2013' }] } }, admin);
    expect((await write(70, 'feed-created')).errors).toBeUndefined();
    expect((await write(72, 'feed-corrected', 'Late returns counted')).errors).toBeUndefined();
    const feed = gql<{
      changes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: string;
          kind: string;
          byRole: string | null;
          revision: number;
          value: number;
          status: string;
          at: string;
          observation: { id: string; period: string; value: number; city: { id: string } };
        }[];
      };
    }>(
      'query ($since: DateTimeISO, $first: Int!, $after: String) { changes(since: $since, cityIds: ["haikou"], first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind byRole revision value status at observation { id period value city { id } } } } }',
    );
    const observation = (await system.query(feed, { since, first: 1 })).data!.changes.nodes[0].observation;
    const reviewed = await system.query(
      gql<{ reviewObservation: { status: string } }>('mutation ($id: ID!) { reviewObservation(id: $id, revision: 2, decision: VERIFIED) { status } }'),
      { id: observation.id },
      verifier,
    );
    expect(reviewed.errors).toBeUndefined();

    const firstPage = (await system.query(feed, { since, first: 2 })).data!.changes;
    expect(firstPage.totalCount).toBe(3);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = (await system.query(feed, { since, first: 2, after: firstPage.pageInfo.endCursor })).data!.changes;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const events = [...firstPage.nodes, ...rest.nodes];
    expect(events.map(({ kind, byRole, revision, value, status }) => ({ kind, byRole, revision, value, status }))).toEqual([
      { kind: 'CREATED', byRole: 'admin', revision: 1, value: 70, status: 'PROVISIONAL' },
      { kind: 'CORRECTED', byRole: 'admin', revision: 2, value: 72, status: 'PROVISIONAL' },
      { kind: 'REVIEWED', byRole: 'verifier', revision: 3, value: 72, status: 'VERIFIED' },
    ]);
    expect(events.every((event) => event.observation.city.id === 'haikou' && event.observation.value === 72 && new Date(event.at) > new Date(since!))).toBe(true);
    expect(Number(events[2].id)).toBeGreaterThan(Number(events[0].id));
    // Nothing after the last event; other cities' changes are not in a feed of Haikou.
    expect((await system.query(feed, { since: events[2].at, first: 10 })).data!.changes.nodes).toEqual([]);
    expect((await system.query(feed, { since: new Date(Date.now() + 60_000).toISOString(), first: 10 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
    // An empty list of cities selects nothing, in the feed as in the listing of values.
    const none = await system.query(
      gql<{ changes: { totalCount: number }; observations: { totalCount: number } }>(
        '{ changes(cityIds: []) { totalCount } observations(indicatorCodes: ["HOTLINE_RESOLUTION_RATE"], cityIds: []) { totalCount } }',
      ),
    );
    expect(none).toEqual({ data: { changes: { totalCount: 0 }, observations: { totalCount: 0 } } });
  });

  it('cites an answer in CSL-JSON, BibTeX and RIS with the data version and a URL pinned to its instant that reproduces it', async () => {
    const base = system.stack.gatewayUrl;
    const exportPath = '/export/ranking.csv?indicatorCode=HOTLINE_RESOLUTION_RATE&period=2014';
    const admin = await system.token({ sub: 'cite-admin', role: Role.ADMIN });
    const cited2014 = (value: number, key: string, note?: string) => system.query(SUBMIT, { input: { idempotencyKey: key, items: [{ ...item(value, note), period: '2014' }] } }, admin);
    expect((await cited2014(60, 'cite-created')).data?.submitObservations.created).toBe(1);
    const cite = (url: string, format?: string) => fetch(`${base}cite?url=${encodeURIComponent(url)}${format ? `&format=${format}` : ''}`);
    const now = (await system.query(VERSION, {})).data!.dataVersion;

    const csl = await cite(exportPath);
    expect(csl.status).toBe(200);
    expect(csl.headers.get('content-type')).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
    const [cited] = (await csl.json()) as { type: string; title: string; URL: string; version: string; publisher: string; note: string }[];
    expect(cited).toMatchObject({ type: 'dataset', publisher: 'Urban Governance Federation', version: now.id, note: `Data version ${now.id}, as of ${now.changedAt}.` });
    expect(cited.title).toBe('Urban Governance Federation: ranking.csv export: indicatorCode HOTLINE_RESOLUTION_RATE; period 2014');
    const pinned = new URL(cited.URL);
    expect(pinned.searchParams.get('asOf')).toBe(now.changedAt);
    // The pinned URL answers what the unpinned one answers now, and keeps answering it after a correction.
    const current = await (await fetch(`${base}${exportPath.slice(1)}`)).text();
    expect(await (await fetch(pinned)).text()).toBe(current);
    await nextSecond();
    expect((await cited2014(61, 'cite-corrected', 'Recount')).data?.submitObservations.corrected).toBe(1);
    expect(await (await fetch(pinned)).text()).toBe(current);
    expect(await (await fetch(`${base}${exportPath.slice(1)}`)).text()).not.toBe(current);

    const bibtex = await (await cite(exportPath, 'bibtex')).text();
    expect(bibtex).toMatch(/^@misc\{/);
    expect(bibtex).toContain('author = {{Urban Governance Federation}}');
    expect(bibtex).toContain('Data version');
    const ris = await (await cite(exportPath, 'ris')).text();
    expect(ris).toMatch(/^TY {2}- DATA/m);
    expect(ris).toMatch(/^ET {2}- o\d+\.t\d+/m);
    expect(ris).toMatch(/^UR {2}- http:\/\//m);
    // citation-js wraps long RIS lines; joined again, the URL is pinned to the data's latest change.
    const latest = (await system.query(VERSION, {})).data!.dataVersion.changedAt!;
    expect(ris.replace(/\n/g, '')).toContain(`&asOf=${encodeURIComponent(latest)}`);
    // An answer of an earlier instant is cited with that instant's version.
    const earlier = (await (await cite(pinned.toString())).json()) as { version: string }[];
    expect(earlier[0].version).toBe(now.id);

    for (const [url, format, message] of [
      ['', undefined, /"url" is required/],
      ['https://example.org/export/ranking.csv', undefined, /not an answer of this gateway/],
      ['/metrics', undefined, /not an answer of this gateway/],
      [exportPath, 'word', /"format" must be one of bibtex, ris, csl-json/],
    ] as const) {
      const refused = await cite(url, format);
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(body.errors[0].message).toMatch(message);
    }
  });

  it('refuses an instant in the future, or one that is not a date, with the argument named', async () => {
    const future = await system.query(VERSION, { asOf: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(future.errors?.[0].message).toMatch(/is in the future/);
    const notADate = await system.query(VERSION, { asOf: 'yesterday' });
    expect(notADate.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
