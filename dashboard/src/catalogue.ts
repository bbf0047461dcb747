import { useQuery } from 'urql';
import { graphql } from './gql';

/** The first sample year; the periods offered run from it to this year. */
export const FIRST_PERIOD = 2019;
export const DEFAULT_PERIOD = '2024';
export const PERIODS: string[] = Array.from({ length: new Date().getFullYear() - FIRST_PERIOD + 1 }, (_, i) => String(FIRST_PERIOD + i));

const CatalogueQuery = graphql(`
  query Catalogue {
    cities { id name nameZh }
    indicators { code name nameZh unit kind direction initiative { id number } dimensions { id } }
    initiatives { id number title titleZh }
  }
`);

/** Cities, indicators and initiatives for the selectors of every page (one request, cached). */
export function useCatalogue() {
  const [result] = useQuery({ query: CatalogueQuery });
  return {
    cities: result.data?.cities ?? [],
    indicators: result.data?.indicators ?? [],
    initiatives: [...(result.data?.initiatives ?? [])].sort((a, b) => a.number - b.number),
    fetching: result.fetching,
    error: result.error,
  };
}
