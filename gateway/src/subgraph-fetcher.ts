import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request } from 'undici';

/** A subgraph's answer, read whole: the gateway parses every answer, so there is nothing to stream. */
class ReadResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly statusText: string;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  clone(): FetcherResponse {
    return new ReadResponse(this.url, this.status, new Headers(this.headers), this.body);
  }
}

/** The text of a subgraph's answer as this fetcher read it, or undefined for a response it did not make. */
export function answerTextOf(response: unknown): string | undefined {
  return response instanceof ReadResponse ? response.body : undefined;
}

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * The gateway's HTTP client to the subgraphs: undici's `request` over one keep-alive pool, instead of
 * `fetch`, whose WHATWG request, stream and response objects cost more per call than the small answers
 * they carry (test/bench/results/README.md, "What the gateway and subgraphs do for speed").
 */
export function createSubgraphFetcher(): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const answer = await request(url, { method: (init.method ?? 'GET') as 'POST', headers: init.headers, body: init.body, signal: init.signal as AbortSignal | undefined, dispatcher: agent });
    return new ReadResponse(url, answer.statusCode, headersOf(answer.headers), await answer.body.text());
  };
  return { fetcher, close: () => agent.close() };
}
