// A real OpenID Connect provider (oidc-provider) for the tests, run as its own process: oidc-provider is
// ESM only. Its settings come as JSON in OIDC_TEST_CONFIG:
//   { port, keys: [private JWK with kid and alg], clients: [{ id, secret, claims }], accessTokenTTL,
//     browserClients: [{ id, redirectUri }], accounts: { login: claims }, defaultResource }
// Each client gets client_credentials access tokens in JWT form, with its `claims` added and the
// requested resource (RFC 8707) as their audience. A browser client signs in with the authorization code
// flow and PKCE through oidc-provider's development login page (any login name, any password); its access
// tokens carry the claims of `accounts[login]` and `defaultResource` as audience. It prints "listening".
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG);
const issuer = `http://127.0.0.1:${config.port}`;
const claimsOf = new Map(config.clients.map((client) => [client.id, client.claims]));
const accounts = config.accounts ?? {};

const provider = new Provider(issuer, {
  jwks: { keys: config.keys },
  clientDefaults: { id_token_signed_response_alg: config.keys[0].alg },
  clients: config.clients
    .map((client) => ({
      client_id: client.id,
      client_secret: client.secret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_post',
    }))
    .concat(
      (config.browserClients ?? []).map((client) => ({
        client_id: client.id,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [client.redirectUri],
      })),
    ),
  features: {
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: (_ctx, _client, oneOf) => oneOf ?? config.defaultResource,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => ({
        scope: 'api',
        audience: resource,
        accessTokenFormat: 'jwt',
        accessTokenTTL: config.accessTokenTTL ?? 3600,
        jwt: { sign: { alg: config.keys[0].alg } },
      }),
    },
  },
  ttl: { ClientCredentials: config.accessTokenTTL ?? 3600 },
  extraTokenClaims: (_ctx, token) => (token.accountId ? accounts[token.accountId] : claimsOf.get(token.clientId)),
});

const server = provider.listen(config.port, '127.0.0.1', () => console.log('listening'));
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
