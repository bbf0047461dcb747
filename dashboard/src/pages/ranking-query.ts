import { graphql } from '../gql';

/** The indicator the Indicator page and the embeddable chart show when the URL names none. */
export const DEFAULT_INDICATOR = 'HOTLINE_RESOLUTION_RATE';

/** An indicator's ranking of the cities in a period, as the Indicator page and the embeddable chart show it. */
export const RankingQuery = graphql(`
  query IndicatorRanking($code: ID!, $period: Period!, $perCapita: Boolean!, $breakdown: [DimensionCodeInput!], $includeSample: Boolean!) {
    indicator(code: $code) { code name nameZh unit direction kind method }
    ranking(indicatorCode: $code, period: $period, breakdown: $breakdown, includeSample: $includeSample) {
      entries {
        rank value unit status score source sample citation { publisher title url publishedOn quote }
        attributes { ...ValueAttributesFields } rankRange { best worst } statisticallyTied
        city {
          id name nameZh location { latitude longitude }
          perCapita(indicatorCode: $code, period: $period, includeSample: $includeSample) @include(if: $perCapita) { valuePer100k unit }
        }
      }
      missing { id name nameZh location { latitude longitude } }
      statistics { count min q1 median mean q3 max }
    }
  }
`);
