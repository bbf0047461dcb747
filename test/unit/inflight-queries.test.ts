import { InflightQueries } from '../../gateway/src/inflight-queries';

describe('InflightQueries', () => {
  const copy = (value: { items: number[] }) => structuredClone(value);

  it('shares one fetch among identical concurrent keys and gives each follower its own copy', async () => {
    const inflight = new InflightQueries(copy);
    let fetches = 0;
    let release: () => void = () => undefined;
    const fetch = () => {
      fetches += 1;
      return new Promise<{ items: number[] }>((resolve) => {
        release = () => resolve({ items: [1, 2] });
      });
    };
    const answers = [inflight.run('a', fetch), inflight.run('a', fetch), inflight.run('a', fetch)];
    release();
    const [first, second, third] = await Promise.all(answers);
    expect(fetches).toBe(1);
    expect(second).toEqual(first);
    second.items.push(3);
    expect(first.items).toEqual([1, 2]);
    expect(third.items).toEqual([1, 2]);
    expect(inflight.size).toBe(0);
  });

  it('fetches again once the first fetch has settled, and never shares between different keys', async () => {
    const inflight = new InflightQueries(copy);
    let fetches = 0;
    const fetch = async () => ({ items: [(fetches += 1)] });
    await inflight.run('a', fetch);
    await inflight.run('a', fetch);
    await Promise.all([inflight.run('a', fetch), inflight.run('b', fetch)]);
    expect(fetches).toBe(4);
  });

  it('passes a failure to every waiter and forgets it', async () => {
    const inflight = new InflightQueries(copy);
    const failing = () => Promise.reject(new Error('down'));
    await expect(Promise.all([inflight.run('a', failing), inflight.run('a', failing)])).rejects.toThrow('down');
    await expect(inflight.run('a', async () => ({ items: [] }))).resolves.toEqual({ items: [] });
  });
});
