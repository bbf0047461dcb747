import { useQuery } from 'urql';
import { graphql } from './gql';
import { listParam } from './router';

const DimensionsQuery = graphql(`
  query Dimensions {
    dimensions { id label labelZh totalCode codes { code label labelZh cityId } }
  }
`);

export interface BreakdownPart {
  dimension: string;
  code: string;
}

/** The registry of dimensions and their code lists, for the breakdown selectors of every page (one request, cached). */
export function useDimensions() {
  const [result] = useQuery({ query: DimensionsQuery });
  return { dimensions: result.data?.dimensions ?? [], fetching: result.fetching };
}

/** The URL's `breakdown` parameter (`SEX:F,DISTRICT:440305`), its parts of the `declared` dimensions only; totals left out. */
export function breakdownParam(params: URLSearchParams, declared: readonly string[]): BreakdownPart[] {
  return listParam(params, 'breakdown', [])
    .map((text) => {
      const [dimension, code] = text.split(':');
      return { dimension, code };
    })
    .filter((part) => declared.includes(part.dimension) && part.code && part.code !== '_T');
}

/** The parameter's value for these parts; undefined for the total, so that it leaves the URL. */
export const breakdownText = (parts: readonly BreakdownPart[]): string[] | undefined => (parts.length === 0 ? undefined : parts.map((part) => `${part.dimension}:${part.code}`));

/** The same breakdown with one dimension set (or, with the total code, left out). */
export function withPart(parts: readonly BreakdownPart[], dimension: string, code: string): BreakdownPart[] {
  const rest = parts.filter((part) => part.dimension !== dimension);
  return code === '_T' ? rest : [...rest, { dimension, code }];
}

/** A label in the reader's language. */
export const labelIn = (lang: string, thing: { label: string; labelZh: string }) => (lang === 'zh' ? thing.labelZh : thing.label);
