export { composeSupergraph, readSubgraphSdl, readSubgraphSdls, subgraphSdlPath } from './compose';
export { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, type GatewayConfig } from './config';
export { startGateway, type RunningGateway } from './start-gateway';
