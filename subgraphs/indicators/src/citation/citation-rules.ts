import { derivationInputsProblem, isHttpUrl, isPublicationDate } from '@ugf/runtime';
import { Citation, type CitationInput, Derivation } from './citation';

const LIMITS = { publisher: 255, title: 500, url: 2000, quote: 500, sourceUnit: 64 } as const;

/** What is wrong with a submitted citation, field by field (`citation.url`); empty when it is well formed. */
export function citationProblems(citation: CitationInput | null | undefined, now = new Date()): { field: string; reason: string }[] {
  if (!citation) return [];
  const problems: { field: string; reason: string }[] = [];
  const text = { publisher: citation.publisher, title: citation.title, url: citation.url, quote: citation.quote, sourceUnit: citation.sourceUnit ?? '' };
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const length = text[field].trim().length;
    if ((field !== 'sourceUnit' && length === 0) || length > limit)
      problems.push({ field: `citation.${field}`, reason: field === 'sourceUnit' ? `must be at most ${limit} characters` : `must be 1 to ${limit} characters` });
  }
  if (text.url.trim() && !isHttpUrl(text.url.trim())) problems.push({ field: 'citation.url', reason: 'must be an http or https URL' });
  if (!isPublicationDate(citation.publishedOn.trim(), now)) problems.push({ field: 'citation.publishedOn', reason: 'must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, not in the future' });
  const derivation = citation.derivation ?? Derivation.REPORTED;
  const inputsProblem = derivationInputsProblem(derivation, citation.derivationInputs ?? []);
  if (inputsProblem) problems.push({ field: 'citation.derivationInputs', reason: inputsProblem });
  return problems;
}

/** The citation as stored (one JSON text column), trimmed; null when none was given. */
export function storedCitation(citation: CitationInput | null | undefined): string | null {
  if (!citation) return null;
  const stored: Citation = {
    publisher: citation.publisher.trim(),
    title: citation.title.trim(),
    url: citation.url.trim(),
    publishedOn: citation.publishedOn.trim(),
    quote: citation.quote.trim(),
    sourceUnit: citation.sourceUnit?.trim() || null,
    derivation: citation.derivation ?? Derivation.REPORTED,
    derivationInputs: citation.derivationInputs ?? [],
  };
  return JSON.stringify(stored);
}

/** The stored citation as the API shows it; null for a value submitted with a free-text source only. */
export function citationOf(stored: string | null): Citation | null {
  return stored === null ? null : (JSON.parse(stored) as Citation);
}
