import { importSettings } from '@ugf/import-client';
import { SETTINGS_SECTIONS, settingInfo, type SettingInfo, type SettingsSection } from '@ugf/runtime/dist/config/settings-schema';
import { SUBGRAPHS, databasePasswordVariable } from '@ugf/services';

/** `.env.example` and the configuration guide's tables, written from the settings' schema and the manifest. */

const infoOf = (section: SettingsSection, name: string): SettingInfo => {
  const info = settingInfo.get(section.settings[name]);
  if (!info) throw new Error(`${name} has no description: declare it with setting() (shared/runtime/src/config/settings/setting.ts)`);
  return info;
};

const settingsOf = (section: SettingsSection) => Object.keys(section.settings).map((name) => ({ name, ...infoOf(section, name) }));

/** A value with spaces is quoted, so that a shell can read the line too. */
const written = (value: string) => (/\s/.test(value) && !value.startsWith('"') ? `"${value}"` : value);

const exampleOf = (name: string) => {
  const section = SETTINGS_SECTIONS.find((candidate) => name in candidate.settings);
  if (!section) throw new Error(`${name} is not a setting of shared/runtime/src/config/settings-schema.ts`);
  return `${name}=${written(infoOf(section, name).value)}`;
};

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

const envSection = (section: SettingsSection) =>
  `# --- ${section.title} ---\n${settingsOf(section)
    .map((setting) => `# ${sentence(setting.description)} ${sentence(`${setting.allowed}; default: ${setting.default ?? 'unset'}`)}\n# ${setting.name}=${written(setting.value)}\n`)
    .join('')}`;

/** The values docker compose needs (docker-compose.yml refuses to start without the first ones). */
const composeSection = () => `# --- docker compose ---
${exampleOf('SUBGRAPH_SECRET')}
${exampleOf('OIDC_ISSUER_URL')}
${exampleOf('JWT_AUDIENCE')}
# or, instead of OIDC_ISSUER_URL, the issuer's public key and name:
# ${exampleOf('JWT_PUBLIC_KEY')}
# ${exampleOf('JWT_ISSUER')}

MYSQL_ROOT_PASSWORD=change-me-root
${SUBGRAPHS.map((subgraph) => `${databasePasswordVariable(subgraph)}=change-me-${subgraph.name}\n`).join('')}`;

export const envExample = () => `# Copy to .env for docker compose, or export in your shell. Every setting of the services is optional: each is
# described by a comment, then shown commented out with its default, or an example when its default is not a
# fixed value. docs/operators/configuration.md has the same in tables.

${SETTINGS_SECTIONS.map(envSection).join('\n')}
${composeSection()}`;

const cell = (text: string) => text.replace(/\|/g, '\\|');

const table = (section: SettingsSection) => `### ${section.title}

| variable | default | allowed | description |
|---|---|---|---|
${settingsOf(section)
  .map((setting) => `| \`${setting.name}\` | ${cell(setting.default ?? '—')} | ${cell(setting.allowed)} | ${cell(setting.description)} |\n`)
  .join('')}`;

export const configurationGuideRegions = {
  settings: `${[...SETTINGS_SECTIONS, importSettings].map(table).join('\n')}\n`,
};
