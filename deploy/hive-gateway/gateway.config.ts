// Loaded by the Hive Gateway CLI, from the repository root:
//   npx hive-gateway supergraph --config-path deploy/hive-gateway/gateway.config.ts
import { defineConfig } from '@graphql-hive/gateway';
import { hiveGatewayConfig } from './hive-gateway-config';

export const gatewayConfig = defineConfig(hiveGatewayConfig(process.env));
