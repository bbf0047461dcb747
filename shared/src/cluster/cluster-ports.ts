import { findFreePort } from '../stack/free-port';

/** Hands out ports: the ones asked for, otherwise free ones, never the same port twice. */
export class PortAllocator {
  private readonly taken = new Set<number>();

  async port(wanted?: number): Promise<number> {
    if (wanted) {
      this.taken.add(wanted);
      return wanted;
    }
    for (;;) {
      const port = await findFreePort();
      if (!this.taken.has(port)) {
        this.taken.add(port);
        return port;
      }
    }
  }
}
