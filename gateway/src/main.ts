import './tracing';
import { createLogger, loadAuthConfig, runUntilSignal, validateSettings } from '@ugf/runtime';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

runUntilSignal(createLogger('gateway'), async () => {
  validateSettings();
  return startGateway(loadGatewayConfig(), loadAuthConfig());
});
