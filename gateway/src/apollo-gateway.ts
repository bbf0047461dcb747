import { ApolloGateway, type GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import { useCompiledResultShaping } from './result-shaping/use-compiled-result-shaping';

/**
 * The federation runtime over the static supergraph. @apollo/gateway reports usage to Apollo every hour
 * unless APOLLO_TELEMETRY_DISABLED is set when it is constructed; this project sets it unless the operator
 * chose vendor telemetry (VENDOR_TELEMETRY=true), so the gateway talks only to its subgraphs, database,
 * Redis and identity provider.
 */
export function createApolloGateway(supergraphSdl: string, buildService: NonNullable<ApolloGatewayConfig['buildService']>, vendorTelemetry: boolean): ApolloGateway {
  if (!vendorTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  useCompiledResultShaping();
  return new ApolloGateway({ supergraphSdl, buildService });
}
