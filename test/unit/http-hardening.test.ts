import type { AddressInfo } from 'node:net';
import express from 'express';
import { hardenHttp } from '../../gateway/src/security/http-hardening';

async function policyOf(options: Parameters<typeof hardenHttp>[1]): Promise<string | null> {
  const app = express();
  hardenHttp(app, options);
  app.get('/', (_req, res) => {
    res.send('ok');
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return response.headers.get('content-security-policy');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the content security policy in production', () => {
  it("lets the dashboard fetch from its identity provider's origin, and from nowhere else but its own", async () => {
    const origin = 'https://id.example.gov.cn';
    expect(await policyOf({ production: true, corsOrigins: [], identityProviderOrigin: origin })).toMatch(new RegExp(`connect-src 'self' ${origin}(;|$)`));
    expect(await policyOf({ production: true, corsOrigins: [] })).not.toMatch(/connect-src/);
  });
});
