import type { SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '@ugf/runtime';
import type { BestPracticeCase } from './best-practice-case.entity';

export interface CaseFilter {
  cityId?: string | null;
  initiativeId?: string | null;
  tag?: string | null;
  search?: string | null;
}

export const MAX_SEARCH_LENGTH = 100;

/** `%` and `_` in a search are literal characters, not wildcards. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[!%_]/g, (char) => `!${char}`)}%`;
}

/** Narrows a query over alias `c` to the cases that match every given criterion. */
export function applyCaseFilter(query: SelectQueryBuilder<BestPracticeCase>, filter: CaseFilter): SelectQueryBuilder<BestPracticeCase> {
  if (filter.cityId != null) query.andWhere('c.city_id = :cityId', { cityId: filter.cityId });
  if (filter.initiativeId != null) {
    query.andWhere('EXISTS (SELECT 1 FROM case_initiative ci WHERE ci.case_id = c.id AND ci.initiative_id = :initiativeId)', {
      initiativeId: filter.initiativeId,
    });
  }
  if (filter.tag != null) {
    query.andWhere('EXISTS (SELECT 1 FROM case_tag t WHERE t.case_id = c.id AND t.tag = :tag)', { tag: filter.tag.toLowerCase() });
  }
  if (filter.search != null) {
    const search = filter.search.trim();
    if (search.length === 0 || search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`search must be 1 to ${MAX_SEARCH_LENGTH} characters`, { argument: 'search' });
    }
    query.andWhere("(LOWER(c.title) LIKE :pattern ESCAPE '!' OR LOWER(c.summary) LIKE :pattern ESCAPE '!' OR c.title_zh LIKE :pattern ESCAPE '!')", {
      pattern: likePattern(search),
    });
  }
  return query;
}
