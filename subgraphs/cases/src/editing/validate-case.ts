import type { FieldProblem } from '@ugf/runtime';
import type { CaseContentInput } from './case-input.types';

const REQUIRED_ON_CREATE = ['title', 'titleZh', 'summary', 'year', 'initiativeIds', 'sources'] as const;
const INITIATIVE_ID = /^([1-9]|10)$/;
const INDICATOR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const lengthBetween = (text: string, min: number, max: number) => text.trim().length >= min && text.trim().length <= max;

/**
 * Checks a case's content; on creation the core fields are required. Initiatives are the declaration's
 * ten points; cities and indicators belong to other subgraphs, so only their form is checked here.
 */
export function validateCaseContent(input: CaseContentInput, options: { creating: boolean; now: Date }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field, reason });
  if (options.creating) for (const field of REQUIRED_ON_CREATE) if (input[field] == null) add(field, 'is required');
  if (input.title != null && !lengthBetween(input.title, 1, 200)) add('title', 'must be 1 to 200 characters');
  if (input.titleZh != null && !lengthBetween(input.titleZh, 1, 200)) add('titleZh', 'must be 1 to 200 characters');
  if (input.summary != null && !lengthBetween(input.summary, 20, 5000)) add('summary', 'must be 20 to 5,000 characters');
  if (input.year != null && (input.year < 1978 || input.year > options.now.getUTCFullYear())) add('year', `must be between 1978 and ${options.now.getUTCFullYear()}`);
  if (input.initiativeIds != null) {
    if (input.initiativeIds.length < 1 || input.initiativeIds.length > 10) add('initiativeIds', 'must list 1 to 10 initiatives');
    for (const id of input.initiativeIds) if (!INITIATIVE_ID.test(id)) add('initiativeIds', `"${id}" is not an initiative of the declaration ("1" to "10")`);
  }
  if (input.indicatorCodes != null) {
    if (input.indicatorCodes.length > 10) add('indicatorCodes', 'must list at most 10 indicators');
    for (const code of input.indicatorCodes) if (!INDICATOR_CODE.test(code)) add('indicatorCodes', `"${code}" is not an indicator code`);
  }
  if (input.tags != null) {
    if (input.tags.length > 10) add('tags', 'must list at most 10 tags');
    for (const tag of input.tags) if (!TAG.test(tag) || tag.length > 64) add('tags', `"${tag}" must be lowercase kebab-case, up to 64 characters`);
  }
  if (input.outcomes != null && (input.outcomes.length > 10 || input.outcomes.some((outcome) => !lengthBetween(outcome, 1, 500)))) {
    add('outcomes', 'must be up to 10 statements of 1 to 500 characters');
  }
  if (input.sources != null) {
    if (input.sources.length < 1 || input.sources.length > 10) add('sources', 'must list 1 to 10 sources');
    if (input.sources.some((source) => !lengthBetween(source.title, 1, 300) || !lengthBetween(source.publisher, 1, 200))) {
      add('sources', 'each needs a title (1–300 characters) and a publisher (1–200 characters)');
    }
  }
  return problems;
}

/** An id from the city and the title: `shenzhen-neighbourhood-councils`. */
export function caseSlug(cityId: string, title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${cityId}-${words || 'case'}`.slice(0, 90).replace(/-+$/, '');
}
