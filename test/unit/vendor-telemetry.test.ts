import * as opentelemetry from '@apollo/gateway/dist/utilities/opentelemetry';
import { createApolloGateway } from '../../gateway/src/apollo-gateway';

const SDL_UNUSED = 'schema { query: Query } type Query { a: Int }';

describe("@apollo/gateway's usage report to Apollo", () => {
  const saved = process.env.APOLLO_TELEMETRY_DISABLED;
  afterEach(() => {
    jest.restoreAllMocks();
    if (saved === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = saved;
  });

  it('is never created unless the operator turns vendor telemetry on', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const exporter = jest.spyOn(opentelemetry, 'createDataCollectionExporter');
    const gateway = createApolloGateway(SDL_UNUSED, () => undefined as never, false);
    expect(exporter).not.toHaveBeenCalled();
    await gateway.stop();
  });

  it('is created by @apollo/gateway when the operator chooses it (VENDOR_TELEMETRY=true)', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const exporter = jest.spyOn(opentelemetry, 'createDataCollectionExporter').mockReturnValue({ shutdown: async () => undefined } as never);
    const gateway = createApolloGateway(SDL_UNUSED, () => undefined as never, true);
    expect(exporter).toHaveBeenCalledTimes(1);
    await gateway.stop();
  });
});
