import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchCluster, type RunningCluster } from '@ugf/tools';
import { Role, signDevToken } from '@ugf/runtime';
import { queryNode, tableDigests, tablesWithoutPrimaryKey } from './node-data';
import { errorOf, type Outcome, post, startTraffic, SUBMIT } from './traffic';

const DEGRADED_MS = Number(process.env.CLUSTER_DEGRADED_MS ?? 15_000);
const STEADY_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text: string) => process.stdout.write(`${text}\n`);

/** One part killed and brought back, with the moments that delimit the phases of the traffic. */
interface Failure {
  part: string;
  killedAt: number;
  /** HAProxy's health checks marked the part DOWN. */
  downAt: number;
  restartedAt: number;
  /** HAProxy saw every server UP again. */
  upAt: number;
}

type Phase = 'steady' | 'failover' | 'degraded' | 'rejoin';

/** A request in flight at any moment from the kill until HAProxy marked the part down is in its failover window. */
function phaseOf({ startedAt: time, endedAt }: Pick<Outcome, 'startedAt' | 'endedAt'>, failures: readonly Failure[]): { phase: Phase; part?: string } {
  for (const failure of failures) {
    if (endedAt >= failure.killedAt && time < failure.downAt) return { phase: 'failover', part: failure.part };
    if (time >= failure.downAt && time < failure.restartedAt) return { phase: 'degraded', part: failure.part };
    if (time >= failure.restartedAt && time < failure.upAt) return { phase: 'rejoin', part: failure.part };
  }
  return { phase: 'steady' };
}

describe('the replicated cluster (3 Galera nodes, 2 replicas of every service behind HAProxy)', () => {
  let cluster: RunningCluster;
  let dir: string;
  /** HAProxy's log of servers going DOWN and UP, with the time. */
  const transitions: string[] = [];
  const jwtSecret = randomBytes(32).toString('hex');
  const run = `ct${Date.now().toString(36)}`;
  const admin = () => signDevToken(jwtSecret, { sub: 'cluster-test', role: Role.ADMIN });
  const gatewayUrl = (index: number) => `http://127.0.0.1:${cluster.replicas('gateway')[index].port}/`;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ugf-cluster-'));
    const started = Date.now();
    cluster = await launchCluster({
      dir,
      replicas: 2,
      onLine: (name, line) => {
        const change = /Server (\S+) is (UP|DOWN), reason: ([^,]+)/.exec(line);
        if (name === 'haproxy' && change) transitions.push(`${new Date().toISOString().slice(11, 23)} ${change[1]} ${change[2]} (${change[3]})`);
      },
      env: {
        DATA_DIR: dir,
        LOG_LEVEL: 'warn',
        JWT_SECRET: jwtSecret,
        SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
        RATE_LIMIT_READS_PER_MINUTE: '1000000',
        RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      },
    });
    log(`cluster started in ${((Date.now() - started) / 1000).toFixed(1)} s; entry ${cluster.entryUrl}`);
  }, 600_000);

  afterAll(async () => {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);

  async function waitForDown(proxy: string, server: string): Promise<void> {
    for (;;) {
      const entry = (await cluster.status()).find((candidate) => candidate.proxy === proxy && candidate.server === server);
      if (entry?.status.startsWith('DOWN')) return;
      await sleep(100);
    }
  }

  async function failAndRecover(part: string, proxy: string, kill: () => Promise<void>, restart: () => Promise<void>): Promise<Failure> {
    const killedAt = Date.now();
    await kill();
    await waitForDown(proxy, part);
    const downAt = Date.now();
    await sleep(DEGRADED_MS);
    const restartedAt = Date.now();
    await restart();
    await cluster.waitUntilAllUp(120_000);
    const upAt = Date.now();
    await sleep(STEADY_MS);
    return { part, killedAt, downAt, restartedAt, upAt };
  }

  it('loses no acknowledged write, doubles none, and keeps answering reads while a subgraph replica, a gateway and a database node fail in turn', async () => {
    const token = await admin();
    const traffic = startTraffic(cluster.entryUrl, token, run);
    await sleep(STEADY_MS);
    const indicators = cluster.replicas('indicators')[0];
    const gateway = cluster.replicas('gateway')[0];
    const node = cluster.nodes[1];
    const failures = [
      await failAndRecover(
        indicators.name,
        'subgraph_indicators',
        () => indicators.kill(),
        () => indicators.start(),
      ),
      await failAndRecover(
        gateway.name,
        'gateway',
        () => gateway.kill(),
        () => gateway.start(),
      ),
      await failAndRecover(
        node.name,
        'galera',
        () => node.kill(),
        () => node.start(),
      ),
    ];
    await traffic.stop();
    const outcomes = traffic.outcomes;

    // The report: every request counted, by phase and outcome.
    const rows = new Map<string, { reads: number; readErrors: number; writes: number; writeErrors: number; codes: Set<string> }>();
    for (const outcome of outcomes) {
      const { phase, part } = phaseOf(outcome, failures);
      const label = part ? `${phase} (${part})` : phase;
      const row = rows.get(label) ?? { reads: 0, readErrors: 0, writes: 0, writeErrors: 0, codes: new Set<string>() };
      if (outcome.kind === 'read') row.reads += 1;
      else row.writes += 1;
      if (!outcome.ok) {
        if (outcome.kind === 'read') row.readErrors += 1;
        else row.writeErrors += 1;
        row.codes.add(outcome.error as string);
      }
      rows.set(label, row);
    }
    log(`\nphase                       reads  errors  writes  errors  error codes`);
    for (const [label, row] of rows) {
      log(
        `${label.padEnd(27)} ${String(row.reads).padStart(5)}  ${String(row.readErrors).padStart(6)}  ${String(row.writes).padStart(6)}  ${String(row.writeErrors).padStart(6)}  ${[...row.codes].join(', ')}`,
      );
    }
    for (const failure of failures) {
      const failed = outcomes.filter((outcome) => !outcome.ok && outcome.endedAt >= failure.killedAt && outcome.startedAt < failure.upAt);
      const last = failed.length ? Math.max(...failed.map((outcome) => outcome.endedAt)) - failure.killedAt : 0;
      log(
        `${failure.part}: killed at ${new Date(failure.killedAt).toISOString().slice(11, 23)}, marked DOWN ${failure.downAt - failure.killedAt} ms after the kill; back UP ${failure.upAt - failure.restartedAt} ms after the restart; ` +
          `${failed.length} failed request(s), the last ending ${last} ms after the kill`,
      );
    }

    log(`HAProxy's health checks:\n  ${transitions.join('\n  ')}`);

    // Reads and writes kept being answered while each part was down, and nothing failed outside the failover windows.
    for (const failure of failures) {
      const degraded = outcomes.filter((outcome) => phaseOf(outcome, failures).phase === 'degraded' && phaseOf(outcome, failures).part === failure.part);
      expect(degraded.filter((outcome) => outcome.kind === 'read' && outcome.ok).length).toBeGreaterThan(0);
      expect(degraded.filter((outcome) => outcome.kind === 'write' && outcome.ok).length).toBeGreaterThan(0);
    }
    const outsideFailover = outcomes.filter((outcome) => !outcome.ok && phaseOf(outcome, failures).phase !== 'failover');
    const at = (time: number) => new Date(time).toISOString().slice(11, 23);
    expect(outsideFailover.map((outcome) => `${at(outcome.startedAt)}–${at(outcome.endedAt)} ${outcome.kind} ${outcome.error} (${phaseOf(outcome, failures).phase})`)).toEqual([]);

    // A client retries what was not acknowledged, with the same key: the write is applied or replayed, never twice.
    const writes = outcomes.filter((outcome): outcome is Outcome & Required<Pick<Outcome, 'key' | 'item'>> => outcome.kind === 'write');
    const unacknowledged = writes.filter((outcome) => !outcome.ok);
    let replayedOnRetry = 0;
    for (const write of unacknowledged) {
      const answer = await post(cluster.entryUrl, SUBMIT, { input: { idempotencyKey: write.key, items: [write.item] } }, token);
      expect(errorOf(answer)).toBeUndefined();
      if (answer.body?.data?.submitObservations.replayed) replayedOnRetry += 1;
    }
    log(
      `writes: ${writes.length} sent, ${writes.length - unacknowledged.length} acknowledged at once; of the ${unacknowledged.length} retried, ${replayedOnRetry} had been applied already (replayed)`,
    );

    // Every node holds each write exactly once: one submission, one observation with its value, one revision.
    for (const databaseNode of cluster.nodes) {
      const stored = await queryNode<{ city_id: string; period: string; value: number; revisions: number }>(
        databaseNode.port,
        `SELECT o.city_id, o.period, CAST(o.value AS DOUBLE) AS value, COUNT(r.id) AS revisions FROM ugf_indicators.observation o
         LEFT JOIN ugf_indicators.observation_revision r ON r.observation_id = o.id WHERE o.source = ? GROUP BY o.id, o.city_id, o.period, o.value`,
        [`cluster test ${run}`],
      );
      const submissions = await queryNode<{ n: number }>(databaseNode.port, 'SELECT COUNT(*) AS n FROM ugf_indicators.submission WHERE idempotency_key LIKE ?', [`${run}-%`]);
      expect(Number(submissions[0].n)).toBe(writes.length);
      expect(stored).toHaveLength(writes.length);
      const byKey = new Map(stored.map((row) => [`${row.city_id}|${row.period}`, row]));
      for (const write of writes) {
        expect(byKey.get(`${write.item.cityId}|${write.item.period}`)).toMatchObject({ value: write.item.value, revisions: 1 });
      }
    }
  });

  it('applies one idempotency key sent to two gateway replicas at the same moment exactly once', async () => {
    const token = await admin();
    const fresh: boolean[][] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const input = {
        idempotencyKey: `${run}-twin-${attempt}`,
        items: [{ cityId: 'haikou', indicatorCode: 'LEGAL_AID_CASES', period: String(1900 + attempt), value: attempt, source: `cluster twin ${run}` }],
      };
      const answers = await Promise.all([0, 1].map((gateway) => post(gatewayUrl(gateway), SUBMIT, { input }, token)));
      for (const answer of answers) expect(errorOf(answer)).toBeUndefined();
      fresh.push(answers.map((answer) => !answer.body?.data?.submitObservations.replayed));
      const ids = answers.map((answer) => answer.body?.data?.submitObservations.items[0].observation.id);
      expect(ids[0]).toBe(ids[1]);
    }
    for (const pair of fresh) expect(pair.filter(Boolean)).toHaveLength(1);
    for (const databaseNode of cluster.nodes) {
      const [row] = await queryNode<{ observations: number; submissions: number }>(
        databaseNode.port,
        `SELECT (SELECT COUNT(*) FROM ugf_indicators.observation WHERE source = ?) AS observations,
                (SELECT COUNT(*) FROM ugf_indicators.submission WHERE idempotency_key LIKE ?) AS submissions`,
        [`cluster twin ${run}`, `${run}-twin-%`],
      );
      expect({ observations: Number(row.observations), submissions: Number(row.submissions) }).toEqual({ observations: 8, submissions: 8 });
    }
  });

  it('lets one of two concurrent corrections of the same value through two gateway replicas win and answers the other CONFLICT', async () => {
    const token = await admin();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const item = { cityId: 'jinan', indicatorCode: 'LEGAL_AID_CASES', period: String(1950 + attempt), value: 100, source: `cluster correction ${run}` };
      const created = await post(cluster.entryUrl, SUBMIT, { input: { idempotencyKey: `${run}-base-${attempt}`, items: [item] } }, token);
      expect(errorOf(created)).toBeUndefined();
      const answers = await Promise.all(
        [0, 1].map((gateway) =>
          post(gatewayUrl(gateway), SUBMIT, { input: { idempotencyKey: `${run}-fix-${attempt}-${gateway}`, items: [{ ...item, value: 200 + gateway, note: 'audit', expectedRevision: 1 }] } }, token),
        ),
      );
      const codes = answers.map(errorOf);
      expect(codes.filter((code) => code === undefined)).toHaveLength(1);
      expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(1);
      const winner = codes.indexOf(undefined);
      for (const databaseNode of cluster.nodes) {
        const [row] = await queryNode<{ value: number; revision: number; revisions: number }>(
          databaseNode.port,
          `SELECT CAST(o.value AS DOUBLE) AS value, o.revision, (SELECT COUNT(*) FROM ugf_indicators.observation_revision r WHERE r.observation_id = o.id) AS revisions
           FROM ugf_indicators.observation o WHERE o.city_id = 'jinan' AND o.indicator_code = 'LEGAL_AID_CASES' AND o.period = ?`,
          [item.period],
        );
        expect({ value: row.value, revision: row.revision, revisions: Number(row.revisions) }).toEqual({ value: 200 + winner, revision: 2, revisions: 2 });
      }
    }
  });

  it('ends with the same data on every database node, and a primary key on every table', async () => {
    const digests = await Promise.all(cluster.nodes.map((databaseNode) => tableDigests(databaseNode.port)));
    expect(Object.keys(digests[0]).length).toBeGreaterThan(10);
    log(`${Object.keys(digests[0]).length} tables compared on ${digests.length} nodes (row count and CHECKSUM TABLE)`);
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[2]).toEqual(digests[0]);
    for (const databaseNode of cluster.nodes) expect(await tablesWithoutPrimaryKey(databaseNode.port)).toEqual([]);
  });
});
