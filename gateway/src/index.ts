export { composeSupergraph, readSubgraphSdl } from './compose';
export { loadGatewayConfig, type GatewayConfig } from './config';
export { startGateway, type RunningGateway } from './start-gateway';
