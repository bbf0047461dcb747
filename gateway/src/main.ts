import './tracing';
import { createLogger, loadAuthConfig, loadSettings, runUntilSignal } from '@ugf/runtime';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

runUntilSignal(createLogger('gateway'), async () => {
  const settings = loadSettings();
  return startGateway(loadGatewayConfig(settings), loadAuthConfig(settings));
});
