/**
 * Shares one subgraph fetch among identical queries that are in flight at the same moment (the same
 * subgraph, document, variables and caller's token): a burst of dashboards asking the same thing costs
 * the subgraph one answer. Nothing is kept once the fetch settles, so this is not a cache. Each caller
 * but the first gets its own copy, because the gateway merges entity results into the objects it receives.
 */
export class InflightQueries<T> {
  private readonly pending = new Map<string, Promise<T>>();

  constructor(private readonly copy: (value: T) => T) {}

  async run(key: string, fetch: () => Promise<T>): Promise<T> {
    const shared = this.pending.get(key);
    if (shared) return this.copy(await shared);
    const leader = fetch().finally(() => this.pending.delete(key));
    this.pending.set(key, leader);
    return leader;
  }

  get size(): number {
    return this.pending.size;
  }
}
