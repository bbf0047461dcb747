import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { createLogger, ErrorCode } from '@ugf/runtime';
import { errorReportingPlugin } from '../../gateway/src/error-reporting';
import type { GatewayContext } from '../../gateway/src/context';

const repository = path.resolve(__dirname, '../..');
const SOURCE_FOLDERS = [
  'gateway/src',
  ...fs
    .readdirSync(path.join(repository, 'shared'))
    .filter((name) => fs.existsSync(path.join(repository, 'shared', name, 'src')))
    .map((name) => `shared/${name}/src`),
  ...fs.readdirSync(path.join(repository, 'subgraphs')).map((name) => `subgraphs/${name}/src`),
];

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(repository, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('ErrorCode', () => {
  it('holds every code Apollo Server sends, so that clients find them all in one list', () => {
    expect(Object.values(ErrorCode)).toEqual(expect.arrayContaining(Object.values(ApolloServerErrorCode)));
  });

  it('is the only place an error code is spelled: no extensions object in the source names a code as a string', () => {
    const spelled = SOURCE_FOLDERS.flatMap(sourceFiles).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/extensions:\s*\{[^}]*\bcode:\s*['"`]([A-Z_]+)/g)].map((match) => `${path.relative(repository, file)}: ${match[1]}`),
    );
    expect(spelled).toEqual([]);
  });
});

describe("the gateway's error reporting in production", () => {
  const server = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { fail(code: String!): Int }',
    resolvers: {
      Query: {
        fail: (_: unknown, { code }: { code: string }) => {
          throw new GraphQLError(`refused with ${code}`, { extensions: { code } });
        },
      },
    },
    plugins: [errorReportingPlugin(createLogger('test', 'silent'), true)],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function errorFor(code: string) {
    const response = await server.executeOperation({ query: 'query($code: String!) { fail(code: $code) }', variables: { code } }, { contextValue: { requestId: 'request-1' } as GatewayContext });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors?.[0];
  }

  it.each(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR))('passes %s on with its message', async (code) => {
    const error = await errorFor(code);
    expect(error?.message).toBe(`refused with ${code}`);
    expect(error?.extensions).toMatchObject({ code, requestId: 'request-1' });
  });

  it('replaces the message of an error with any other code', async () => {
    const error = await errorFor('SOMETHING_INTERNAL');
    expect(error?.message).toBe('Internal server error (request request-1).');
  });
});
