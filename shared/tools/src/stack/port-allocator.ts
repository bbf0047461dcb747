import { findFreePort } from './free-port';

/** Hands out ports: the ones asked for, otherwise free ones, never the same port twice. */
export class PortAllocator {
  private readonly taken = new Set<number>();

  /** `freePort` is findFreePort by default, which names a port again once it has gone round its block. */
  constructor(private readonly freePort: () => Promise<number> = findFreePort) {}

  async port(wanted?: number): Promise<number> {
    if (wanted) {
      this.taken.add(wanted);
      return wanted;
    }
    for (;;) {
      const port = await this.freePort();
      if (!this.taken.has(port)) {
        this.taken.add(port);
        return port;
      }
    }
  }
}
