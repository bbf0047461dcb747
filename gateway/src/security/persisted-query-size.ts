import type express from 'express';
import { ErrorCode } from '@ugf/runtime';

/** Refuses to store an automatic persisted query longer than `maxBytes`, so the store cannot be filled with large texts. */
export function persistedQuerySize(maxBytes: number): express.RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: unknown } } | undefined;
    if (!body?.extensions?.persistedQuery || typeof body.query !== 'string' || Buffer.byteLength(body.query) <= maxBytes) return next();
    res.status(400).json({
      errors: [{ message: `A persisted query may be at most ${maxBytes} bytes; send this one as a plain query.`, extensions: { code: ErrorCode.PERSISTED_QUERY_TOO_LARGE, maxBytes } }],
    });
  };
}
