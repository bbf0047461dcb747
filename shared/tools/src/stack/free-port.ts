import net from 'node:net';

// Throwaway services listen on ports from a band below Linux's ephemeral range (32768–60999), where the OS
// never picks a port for an outgoing connection or a listen(0). Each jest worker has a block of its own, so
// that two workers never choose the same port in the moment between choosing it and a child binding it.
const BAND_START = 20_000;
const BLOCK_SIZE = 1_000;
const BLOCKS = 12;
const block = Number(process.env.JEST_WORKER_ID ?? 0) % BLOCKS;
let offset = Math.floor(Math.random() * BLOCK_SIZE);

/** A port that is free right now and that this process has not handed out before. */
export async function findFreePort(): Promise<number> {
  for (let tried = 0; tried < BLOCK_SIZE; tried += 1) {
    const port = BAND_START + block * BLOCK_SIZE + (offset % BLOCK_SIZE);
    offset += 1;
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port in ${BAND_START + block * BLOCK_SIZE}–${BAND_START + (block + 1) * BLOCK_SIZE - 1}`);
}

/** Whether a port can be bound on all interfaces (what the services do). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}
