import { createLogger, runUntilSignal } from '@ugf/shared';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

runUntilSignal(createLogger('gateway'), () => startGateway(loadGatewayConfig()));
