import path from 'node:path';
import { z } from 'zod';

/**
 * The form of a setting's value: how its text is checked and read, and how the documentation states it.
 * The text reaches `schema` trimmed and never blank (a blank setting is unset).
 */
export interface SettingForm<Value> {
  schema: z.ZodType<Value, string>;
  /** The values allowed, for `.env.example` and the configuration guide. */
  allowed: string;
  /** A value as it is written in the environment. */
  show(value: Value): string;
}

const shownAsText = (value: unknown) => String(value);

export function wholeNumber(min: number, max: number): SettingForm<number> {
  return {
    schema: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .refine((value) => value >= min && value <= max, `must be from ${min} to ${max}`),
    allowed: `whole number, ${min} to ${max}`,
    show: shownAsText,
  };
}

export const port = wholeNumber(0, 65535);

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

export const flag: SettingForm<boolean> = {
  schema: z
    .string()
    .refine((value) => TRUE.test(value) || FALSE.test(value), 'must be true or false')
    .transform((value) => TRUE.test(value)),
  allowed: '`true` or `false` (or `1`/`0`, `yes`/`no`, `on`/`off`)',
  show: shownAsText,
};

export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values): SettingForm<Values[number]> {
  return {
    schema: z.enum(values),
    allowed: values.map((value) => `\`${value}\``).join(', '),
    show: shownAsText,
  };
}

export function url(protocols: readonly string[]): SettingForm<string> {
  const starts = protocols.map((protocol) => `${protocol}//`);
  return {
    schema: z.string().refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${starts.join(' or ')}`,
    ),
    allowed: `URL starting with ${starts.map((start) => `\`${start}\``).join(' or ')}`,
    show: shownAsText,
  };
}

export const httpUrl = url(['http:', 'https:']);
export const databaseUrl = url(['mysql:', 'mariadb:']);

export const text: SettingForm<string> = { schema: z.string(), allowed: 'text', show: shownAsText };

/** A text of a fixed pattern, such as a name. */
export function matching(pattern: RegExp, problem: string, allowed: string): SettingForm<string> {
  return { schema: z.string().regex(pattern, problem), allowed, show: shownAsText };
}

/** A file or folder, relative to the working folder unless absolute; read as an absolute path. */
export const filePath: SettingForm<string> = {
  schema: z.string().transform((value) => path.resolve(value)),
  allowed: 'path',
  show: shownAsText,
};

const items = z.string().transform((value) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
);

/** Items separated by commas, each matching `item` when given. */
export function commaList(allowed: string, item?: { pattern: RegExp; problem: string }): SettingForm<string[]> {
  return {
    schema: item ? items.refine((entries) => entries.every((entry) => item.pattern.test(entry)), item.problem) : items,
    allowed,
    show: (entries) => entries.join(','),
  };
}

/**
 * A value read by `read`, which answers undefined for a text it refuses. For forms whose reading is
 * already a function of the project (TRUST_PROXY's `parseTrustedProxies`).
 */
export function readBy<Value>(read: (value: string) => Value | undefined, problem: string, allowed: string, show: (value: Value) => string = shownAsText): SettingForm<Value> {
  return {
    schema: z.string().transform((value, context) => {
      const result = read(value);
      if (result !== undefined) return result;
      context.issues.push({ code: 'custom', message: problem, input: value });
      return z.NEVER;
    }),
    allowed,
    show,
  };
}
