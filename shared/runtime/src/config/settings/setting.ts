import { z } from 'zod';
import type { SettingForm } from './setting-forms';

/** What the documentation says of one setting: `.env.example` and the configuration guide are written from it. */
export interface SettingInfo {
  /** One line: what the setting does. */
  description: string;
  /** The values allowed. */
  allowed: string;
  /** The default (Markdown), or what unset means when the default depends on the process or on other settings. */
  default?: string;
  /** What `.env.example` shows after `NAME=`: the default as written in the environment, else an example. */
  value: string;
}

/** Each setting's documentation, by its schema. */
export const settingInfo = z.registry<SettingInfo>();

interface Described {
  description: string;
  example?: string;
}

/** A default applied by the schema; `shown` when the value itself is not how it should be shown (an absolute path). */
type WithDefault<Value> = Described & { default: Value; shown?: string };
/** No default in the schema: unset reads as undefined, and `unset` tells what the reader makes of it. */
type WithoutDefault = Described & { unset?: string };

/** A blank value is unset; any other value is read without the spaces around it. */
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

/** One environment variable: its form, its default and its description, in one place. */
export function setting<Value>(form: SettingForm<Value>, info: WithDefault<NoInfer<Value>>): z.ZodType<Value, unknown>;
export function setting<Value>(form: SettingForm<Value>, info: WithoutDefault): z.ZodType<Value | undefined, unknown>;
export function setting<Value>(form: SettingForm<Value>, info: WithDefault<Value> | WithoutDefault): z.ZodType<Value | undefined, unknown> {
  const { description, example } = info;
  if ('default' in info) {
    const schema = z.preprocess(trimmed, form.schema.default(info.default as z.util.NoUndefined<Value>));
    const written = form.show(info.default);
    const shown = info.shown === undefined ? { default: `\`${written}\``, value: written } : { default: info.shown, value: example ?? '' };
    settingInfo.add(schema, { description, allowed: form.allowed, ...shown });
    return schema;
  }
  const schema = z.preprocess(trimmed, form.schema.optional());
  settingInfo.add(schema, { description, allowed: form.allowed, default: info.unset, value: example ?? '' });
  return schema;
}

/** Settings read by the same process(es), under one title in `.env.example` and the configuration guide. */
export interface SettingsSection<Settings extends Record<string, z.ZodType> = Record<string, z.ZodType>> {
  title: string;
  settings: Settings;
}

export const section = <Settings extends Record<string, z.ZodType>>(title: string, settings: Settings): SettingsSection<Settings> => ({ title, settings });

/** One setting per service of the manifest (`CITIES_URL`, `INITIATIVES_URL`, …), each named by `variable`. */
export const eachOf = <Entry, Name extends string, Setting>(entries: readonly Entry[], variable: (entry: Entry) => Name, make: (entry: Entry) => Setting) =>
  Object.fromEntries(entries.map((entry) => [variable(entry), make(entry)])) as Record<Name, Setting>;
