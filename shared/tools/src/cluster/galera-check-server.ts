import http from 'node:http';
import { isGaleraNodeAvailable } from './galera-state';

/**
 * The HTTP health check HAProxy asks about a Galera node (the role of Percona's `clustercheck`): 200 when
 * the node is available (Synced, or a donor), 503 otherwise, so that a joining or partitioned node gets no
 * connections.
 */
export async function startGaleraCheck(databasePort: number, checkPort: number): Promise<{ stop(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    // isGaleraNodeAvailable answers false for every failure; it never rejects.
    void isGaleraNodeAvailable(databasePort).then((synced) => {
      res.writeHead(synced ? 200 : 503, { 'content-type': 'text/plain' }).end(synced ? 'synced\n' : 'not synced\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(checkPort, '127.0.0.1', resolve);
  });
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
