import { createLogger, loadAuthConfig, runUntilSignal } from '@ugf/shared';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

runUntilSignal(createLogger('gateway'), async () => startGateway(loadGatewayConfig(), loadAuthConfig()));
