import { randomUUID } from 'node:crypto';
import compression from 'compression';
import cors from 'cors';
import type express from 'express';
import helmet from 'helmet';

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Security headers, CORS limited to the configured origins (and local ones in development), compression.
 * The dashboard may fetch from `identityProviderOrigin` (its sign-in's discovery and token endpoints).
 */
export function hardenHttp(app: express.Express, options: { production: boolean; corsOrigins: readonly string[]; identityProviderOrigin?: string }): void {
  const contentSecurityPolicy = options.identityProviderOrigin ? { directives: { connectSrc: ["'self'", options.identityProviderOrigin] } } : undefined;
  // The development landing page (Apollo Sandbox) loads its script from Apollo's CDN.
  app.use(helmet({ contentSecurityPolicy: options.production ? contentSecurityPolicy : false, crossOriginEmbedderPolicy: false }));
  const allowed = new Set(options.corsOrigins);
  app.use(
    cors({
      origin: (origin, callback) => callback(null, origin === undefined || allowed.has(origin) || (!options.production && LOCAL_ORIGIN.test(origin))),
      maxAge: 600,
    }),
  );
  app.use(compression({ threshold: 1024 }));
}

/** Keeps a well-formed `x-request-id` from the client or makes one, and echoes it on the response. */
export function requestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const given = req.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

/** The id `requestId` gave the request this response answers; it runs before every route. */
export function requestIdOf(res: express.Response | undefined): string {
  return res?.locals.requestId as string;
}
