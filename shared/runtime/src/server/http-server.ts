import http from 'node:http';
import express from 'express';

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON) answered as GraphQL-shaped JSON
 * with a code, never as an HTML page or a stack trace.
 */
export function jsonErrorHandler(bodyLimit: string): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const [code, message] =
      status === 413
        ? ['PAYLOAD_TOO_LARGE', `The request body is larger than ${bodyLimit}.`]
        : error.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON.']
          : status < 500
            ? ['BAD_REQUEST', 'The request could not be read.']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error.'];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/** An Express 5 app with the defaults every service shares. */
export function createApp(): express.Express {
  const app = express();
  app.disable('x-powered-by');
  return app;
}

/**
 * Listens on `port` (0 picks a free one) and resolves with the bound port; a taken port becomes an
 * error that names the service and the variable to change.
 */
export function listen(server: http.Server, port: number, host: string, service: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is already in use, so ${service} cannot start. Stop the process that holds it, or choose another port (${service.toUpperCase()}_PORT for npm start, PORT for a single service).`,
          ),
        );
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
