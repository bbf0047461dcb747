/** On Ctrl-C or SIGTERM, says `message` and runs `stop` once, then exits (1 if stopping failed). */
export function stopOnSignal(message: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${message}`);
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
