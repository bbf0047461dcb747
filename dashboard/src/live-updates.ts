import { useEffect, useState } from 'react';
import { GATEWAY_URL } from './gateway-urls';

/** What the gateway's change stream says of one revision (gateway/src/changes/change-bus.ts). */
export interface DataChange {
  id: string;
  kind: string;
  at: string;
  cityId: string;
  indicatorCode: string;
  period: string;
}

type Listener = (change: DataChange) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

/** Opens the change stream on the first listener; EventSource reconnects by itself and replays what it missed (Last-Event-ID). */
function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(new URL('/changes/stream', GATEWAY_URL));
  source.addEventListener('change', (message) => {
    const change = JSON.parse((message as MessageEvent<string>).data) as DataChange;
    for (const listener of listeners) listener(change);
  });
}

/** Calls `listener` for every change of stored data, from any writer through any gateway replica. */
export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  connect();
  return () => listeners.delete(listener);
}

/** The last change the stream reported while this page was open, for the header's "updated" notice. */
export function useLastChange(): DataChange | null {
  const [last, setLast] = useState<DataChange | null>(null);
  useEffect(() => onDataChange(setLast), []);
  return last;
}
