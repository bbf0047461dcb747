import { graphql } from '../gql';

/** The overview's data, in a module of its own so that App can start fetching it before the page's code arrives. */
export const OverviewQuery = graphql(`
  query Overview($period: Period!, $includeSample: Boolean!) {
    initiatives { id number title titleZh }
    cities {
      id name nameZh
      progress(period: $period, includeSample: $includeSample) {
        index coverage
        initiatives { initiative { id number } score coverage }
      }
    }
    declarationIndex(period: $period, includeSample: $includeSample) {
      includesSample
      entries { rank index coverage indexMissingReason city { id name nameZh } }
    }
  }
`);
