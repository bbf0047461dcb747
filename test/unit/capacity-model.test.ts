import { blendCost, componentOf, mixCost, planCapacity, type WorkloadCost } from '../bench/capacity/capacity-model';
import { parseMix } from '../bench/capacity/capacity-results';
import { variedBodies } from '../bench/capacity/varied-requests';
import { readWorkloads } from '../bench/harness/workloads';

const assumptions = { rate: 400, mix: {}, utilisation: 0.5, databaseCoresPerNode: 4, minReplicas: 2 };

describe('the capacity model', () => {
  it('groups processes into components', () => {
    expect(['gateway-2', 'indicators-1', 'db-node3', 'haproxy', 'load generator'].map(componentOf)).toEqual(['gateway', 'indicators', 'database', 'haproxy', 'load generator']);
  });

  it('weighs each workload’s CPU per request by its share of the mix', () => {
    const costs: WorkloadCost[] = [
      { workload: 'W1', requests: 100, cpuSeconds: { 'gateway-1': 1, 'gateway-2': 1, 'db-node1': 0.5 } },
      { workload: 'W5', requests: 50, cpuSeconds: { 'gateway-1': 0.5, 'db-node2': 0.5 } },
    ];
    const perRequest = mixCost(costs, { W1: 3, W5: 1 });
    // gateway: 3/4 × 2 s/100 + 1/4 × 0.5 s/50; database: 3/4 × 0.5/100 + 1/4 × 0.5/50
    expect(perRequest.gateway).toBeCloseTo(0.015 + 0.0025, 10);
    expect(perRequest.database).toBeCloseTo(0.00375 + 0.0025, 10);
    expect(() => mixCost(costs, { W2: 1 })).toThrow('No measurement of W2');
  });

  it('turns CPU per request into replicas with headroom, a minimum for availability, and an odd database quorum', () => {
    const plan = planCapacity({ gateway: 0.01, cases: 0.0001, database: 0.03, haproxy: 0.0005 }, assumptions);
    const row = (component: string) => plan.find((entry) => entry.component === component);
    // 400 req/s × 10 ms = 4 cores busy, ÷ 0.5 = 8 cores: 8 one-core replicas; one saturates at 100 req/s.
    expect(row('gateway')).toMatchObject({ coresBusy: 4, units: 8, unitCeiling: 100 });
    // 0.04 cores busy: the minimum of 2 replicas.
    expect(row('cases')?.units).toBe(2);
    // 12 cores busy ÷ 0.5 = 24 cores = 6 nodes of 4 cores, made odd: 7.
    expect(row('database')?.units).toBe(7);
    expect(row('haproxy')?.units).toBe(1);
  });

  it('blends the cost of cache hits and misses by the hit rate', () => {
    const blended = blendCost({ gateway: 0.02, indicators: 0.04 }, { gateway: 0.001, redis: 0.0002 }, 0.75);
    expect(blended.gateway).toBeCloseTo(0.75 * 0.001 + 0.25 * 0.02, 10);
    expect(blended.indicators).toBeCloseTo(0.25 * 0.04, 10);
    expect(blended.redis).toBeCloseTo(0.75 * 0.0002, 10);
  });

  it('reads a mix and refuses a malformed one', () => {
    expect(parseMix('W1=35,W5=25.5')).toEqual({ W1: 35, W5: 25.5 });
    expect(() => parseMix('W1:35')).toThrow('--mix');
  });

  it('varies the requests across the data so that no sharing or cache flatters a replica', () => {
    const data = { cityIds: ['a', 'b', 'c'], indicatorCodes: Array.from({ length: 25 }, (_, i) => `I${i}`), periods: ['2023', '2024'], latestPeriod: '2024' };
    const varied = new Map(
      readWorkloads(data, false).map((workload) => [
        workload.id,
        variedBodies(workload, data).map((body) => (JSON.parse(body) as { variables: { id?: string; indicatorCodes?: string[]; period?: string } }).variables),
      ]),
    );
    const [w1, w2, w3, w3c, w4, w5] = ['W1', 'W2', 'W3', 'W3c', 'W4', 'W5'].map((id) => varied.get(id)!);
    expect(w1.map((variables) => variables.id)).toEqual(['a', 'b', 'c']);
    expect(w2).toHaveLength(25);
    expect(w3.map((variables) => variables.indicatorCodes?.[0])).toEqual(['I0', 'I10']);
    expect(w3c).toEqual(w3);
    expect(w4.map((variables) => variables.period)).toEqual(['2023', '2024']);
    expect(w5).toHaveLength(1);
  });
});
