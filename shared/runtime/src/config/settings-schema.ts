import { z } from 'zod';
import { authSettings } from './settings/auth-settings';
import { gatewayLimits } from './settings/gateway-limits';
import { gatewaySettings } from './settings/gateway-settings';
import { processSettings } from './settings/process-settings';
import type { SettingsSection } from './settings/setting';
import { stackSettings } from './settings/stack-settings';
import { subgraphSettings } from './settings/subgraph-settings';
import { tracingSettings } from './settings/tracing-section';

export { settingInfo, type SettingInfo, type SettingsSection } from './settings/setting';

/** Every setting a process of this project reads, by the process(es) that read it; `.env.example` and the configuration guide follow this order. */
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [processSettings, authSettings, tracingSettings, stackSettings, subgraphSettings, gatewaySettings, gatewayLimits];

/**
 * The settings' schema: parsing the environment with it checks every setting (all problems at once) and
 * reads it, defaults applied. The variables not listed are none of the project's business and are ignored.
 */
export const settingsSchema = z.object({
  ...processSettings.settings,
  ...authSettings.settings,
  ...tracingSettings.settings,
  ...stackSettings.settings,
  ...subgraphSettings.settings,
  ...gatewaySettings.settings,
  ...gatewayLimits.settings,
});

export type Settings = z.output<typeof settingsSchema>;

/** The settings, or undefined when some are wrong (for what runs before start-up reports them: the logger, tracing). */
export function parseSettings(env: NodeJS.ProcessEnv = process.env): Settings | undefined {
  const result = settingsSchema.safeParse(env);
  return result.success ? result.data : undefined;
}

/** Reads the settings; throws one error that names every wrong setting and what is wrong with it. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const result = settingsSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid settings:\n${problems.join('\n')}`);
}
