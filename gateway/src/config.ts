import path from 'node:path';
import { DEFAULT_PORTS, envInt, envString, SERVICE_NAMES, subgraphUrlVariable, type ServiceName } from '@ugf/shared';

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphPath: string;
  /** Subgraph URLs that replace the ones in the committed supergraph (free ports in tests, service names in compose). */
  subgraphUrls: Partial<Record<ServiceName, string>>;
  logLevel: string;
}

export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const url = envString(env, subgraphUrlVariable(name));
    if (url) subgraphUrls[name] = url;
  }
  return {
    host: envString(env, 'HOST', '0.0.0.0'),
    port: envInt(env, 'PORT', DEFAULT_PORTS.gateway),
    supergraphPath: path.resolve(envString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH)),
    subgraphUrls,
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
  };
}
