/** Whether a citation's URL is one a reader can open: http or https. */
export function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Whether a publication date is written YYYY, YYYY-MM or YYYY-MM-DD, is a real date and is not after `notAfter`. */
export function isPublicationDate(text: string, notAfter = new Date()): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date <= notAfter;
}

/** How a published value was read from its source: as reported, as a share of the year's days, or as a ratio a/b. */
export type DerivationName = 'REPORTED' | 'DAYS_SHARE' | 'RATIO';

const INPUTS_TAKEN: Record<DerivationName, number> = { REPORTED: 0, DAYS_SHARE: 1, RATIO: 2 };

/** What is wrong with a derivation's inputs (how many are given, a ratio's divisor of 0); null when they fit. */
export function derivationInputsProblem(derivation: DerivationName, inputs: readonly number[]): string | null {
  if (inputs.length !== INPUTS_TAKEN[derivation]) return `${derivation} takes ${INPUTS_TAKEN[derivation]} input(s), ${inputs.length} given`;
  if (derivation === 'RATIO' && inputs[1] === 0) return 'the divisor of a RATIO must not be 0';
  return null;
}
