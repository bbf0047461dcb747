/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TypedClientRanking($code: ID!, $period: String!) {\n    ranking(indicatorCode: $code, period: $period) {\n      indicator { name unit direction }\n      entries { rank value city { id name nameZh } }\n      missing { name }\n    }\n  }\n": typeof types.TypedClientRankingDocument,
    "\n  query Catalogue {\n    cities { id name nameZh }\n    indicators { code name nameZh unit kind direction initiative { id number } }\n    initiatives { id number title titleZh }\n  }\n": typeof types.CatalogueDocument,
    "\n  query Cases($cityId: ID, $initiativeId: ID, $tag: String, $search: String) {\n    cases(cityId: $cityId, initiativeId: $initiativeId, tag: $tag, search: $search) {\n      id title titleZh summary year tags illustrative\n      city { id name nameZh }\n      initiatives { id number title titleZh }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseTags {\n    cases { id tags }\n  }\n": typeof types.CaseTagsDocument,
    "\n  query CityProfile($id: ID!) {\n    city(id: $id) {\n      id name nameZh province provinceZh region adminLevel population areaKm2\n      populationFigure { year source }\n      peers { id name nameZh population }\n      cases {\n        id title titleZh year illustrative\n        impact { indicator { code name nameZh unit } fromPeriod toPeriod change peerMedianChange betterThanPeers }\n      }\n    }\n  }\n": typeof types.CityProfileDocument,
    "\n  query CitySeries($id: ID!, $code: ID!, $period: String!) {\n    city(id: $id) {\n      id\n      series(indicatorCode: $code) {\n        indicator { code name nameZh unit direction }\n        points { period value status }\n        baselinePeriod baselineValue targetPeriod targetValue observedRate requiredRate trendRatio trend\n      }\n      peerComparison(indicatorCode: $code, period: $period) {\n        value peersWithData peerMedian percentile bestPeerValue\n        bestPeer { id name nameZh }\n      }\n    }\n  }\n": typeof types.CitySeriesDocument,
    "\n  query Comparison($cityIds: [ID!]!, $indicatorCodes: [ID!], $periods: [String!]!) {\n    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {\n      cities { id name nameZh }\n      indicators { code name nameZh unit }\n      periods\n      cells { cityId indicatorCode period value score status missing }\n    }\n  }\n": typeof types.ComparisonDocument,
    "\n  query IndicatorRanking($code: ID!, $period: String!, $perCapita: Boolean!) {\n    indicator(code: $code) { code name nameZh unit direction kind method }\n    ranking(indicatorCode: $code, period: $period) {\n      entries {\n        rank value unit status score source\n        city {\n          id name nameZh\n          perCapita(indicatorCode: $code, period: $period) @include(if: $perCapita) { valuePer100k unit }\n        }\n      }\n      missing { id name nameZh }\n      statistics { count min q1 median mean q3 max }\n    }\n  }\n": typeof types.IndicatorRankingDocument,
    "\n  query ReviewQueue($cityId: ID, $indicatorCode: ID, $period: String, $flaggedOnly: Boolean, $first: Int, $after: String) {\n    reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {\n      totalCount hasNextPage endCursor\n      items {\n        cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason\n        observation {\n          id period value unit status revision flagReason note source\n          city { id name nameZh }\n          indicator { code name nameZh }\n          revisions { revision value status source note flagReason author createdAt }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewObservation($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }\n  }\n": typeof types.ReviewObservationDocument,
    "\n  mutation SubmitObservations($input: SubmitObservationsInput!) {\n    submitObservations(input: $input) {\n      idempotencyKey replayed created corrected unchanged flagged\n      items { index outcome flagReason observation { id value status revision } }\n    }\n  }\n": typeof types.SubmitObservationsDocument,
    "\n  query ValueHistory($cityId: ID!, $code: ID!, $period: String!) {\n    city(id: $cityId) {\n      id name nameZh\n      observations(indicatorCode: $code, period: $period) {\n        id period value unit status revision flagReason note source\n        revisions { revision value status source note flagReason author createdAt }\n      }\n    }\n  }\n": typeof types.ValueHistoryDocument,
    "\n  query Overview($period: String!) {\n    initiatives { id number title titleZh }\n    cities {\n      id name nameZh\n      progress(period: $period) {\n        index coverage\n        initiatives { initiative { id number } score coverage }\n      }\n    }\n    declarationIndex(period: $period) {\n      entries { rank index coverage indexMissingReason city { id name nameZh } }\n    }\n  }\n": typeof types.OverviewDocument,
};
const documents: Documents = {
    "\n  query TypedClientRanking($code: ID!, $period: String!) {\n    ranking(indicatorCode: $code, period: $period) {\n      indicator { name unit direction }\n      entries { rank value city { id name nameZh } }\n      missing { name }\n    }\n  }\n": types.TypedClientRankingDocument,
    "\n  query Catalogue {\n    cities { id name nameZh }\n    indicators { code name nameZh unit kind direction initiative { id number } }\n    initiatives { id number title titleZh }\n  }\n": types.CatalogueDocument,
    "\n  query Cases($cityId: ID, $initiativeId: ID, $tag: String, $search: String) {\n    cases(cityId: $cityId, initiativeId: $initiativeId, tag: $tag, search: $search) {\n      id title titleZh summary year tags illustrative\n      city { id name nameZh }\n      initiatives { id number title titleZh }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseTags {\n    cases { id tags }\n  }\n": types.CaseTagsDocument,
    "\n  query CityProfile($id: ID!) {\n    city(id: $id) {\n      id name nameZh province provinceZh region adminLevel population areaKm2\n      populationFigure { year source }\n      peers { id name nameZh population }\n      cases {\n        id title titleZh year illustrative\n        impact { indicator { code name nameZh unit } fromPeriod toPeriod change peerMedianChange betterThanPeers }\n      }\n    }\n  }\n": types.CityProfileDocument,
    "\n  query CitySeries($id: ID!, $code: ID!, $period: String!) {\n    city(id: $id) {\n      id\n      series(indicatorCode: $code) {\n        indicator { code name nameZh unit direction }\n        points { period value status }\n        baselinePeriod baselineValue targetPeriod targetValue observedRate requiredRate trendRatio trend\n      }\n      peerComparison(indicatorCode: $code, period: $period) {\n        value peersWithData peerMedian percentile bestPeerValue\n        bestPeer { id name nameZh }\n      }\n    }\n  }\n": types.CitySeriesDocument,
    "\n  query Comparison($cityIds: [ID!]!, $indicatorCodes: [ID!], $periods: [String!]!) {\n    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {\n      cities { id name nameZh }\n      indicators { code name nameZh unit }\n      periods\n      cells { cityId indicatorCode period value score status missing }\n    }\n  }\n": types.ComparisonDocument,
    "\n  query IndicatorRanking($code: ID!, $period: String!, $perCapita: Boolean!) {\n    indicator(code: $code) { code name nameZh unit direction kind method }\n    ranking(indicatorCode: $code, period: $period) {\n      entries {\n        rank value unit status score source\n        city {\n          id name nameZh\n          perCapita(indicatorCode: $code, period: $period) @include(if: $perCapita) { valuePer100k unit }\n        }\n      }\n      missing { id name nameZh }\n      statistics { count min q1 median mean q3 max }\n    }\n  }\n": types.IndicatorRankingDocument,
    "\n  query ReviewQueue($cityId: ID, $indicatorCode: ID, $period: String, $flaggedOnly: Boolean, $first: Int, $after: String) {\n    reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {\n      totalCount hasNextPage endCursor\n      items {\n        cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason\n        observation {\n          id period value unit status revision flagReason note source\n          city { id name nameZh }\n          indicator { code name nameZh }\n          revisions { revision value status source note flagReason author createdAt }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewObservation($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }\n  }\n": types.ReviewObservationDocument,
    "\n  mutation SubmitObservations($input: SubmitObservationsInput!) {\n    submitObservations(input: $input) {\n      idempotencyKey replayed created corrected unchanged flagged\n      items { index outcome flagReason observation { id value status revision } }\n    }\n  }\n": types.SubmitObservationsDocument,
    "\n  query ValueHistory($cityId: ID!, $code: ID!, $period: String!) {\n    city(id: $cityId) {\n      id name nameZh\n      observations(indicatorCode: $code, period: $period) {\n        id period value unit status revision flagReason note source\n        revisions { revision value status source note flagReason author createdAt }\n      }\n    }\n  }\n": types.ValueHistoryDocument,
    "\n  query Overview($period: String!) {\n    initiatives { id number title titleZh }\n    cities {\n      id name nameZh\n      progress(period: $period) {\n        index coverage\n        initiatives { initiative { id number } score coverage }\n      }\n    }\n    declarationIndex(period: $period) {\n      entries { rank index coverage indexMissingReason city { id name nameZh } }\n    }\n  }\n": types.OverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedClientRanking($code: ID!, $period: String!) {\n    ranking(indicatorCode: $code, period: $period) {\n      indicator { name unit direction }\n      entries { rank value city { id name nameZh } }\n      missing { name }\n    }\n  }\n"): (typeof documents)["\n  query TypedClientRanking($code: ID!, $period: String!) {\n    ranking(indicatorCode: $code, period: $period) {\n      indicator { name unit direction }\n      entries { rank value city { id name nameZh } }\n      missing { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue {\n    cities { id name nameZh }\n    indicators { code name nameZh unit kind direction initiative { id number } }\n    initiatives { id number title titleZh }\n  }\n"): (typeof documents)["\n  query Catalogue {\n    cities { id name nameZh }\n    indicators { code name nameZh unit kind direction initiative { id number } }\n    initiatives { id number title titleZh }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($cityId: ID, $initiativeId: ID, $tag: String, $search: String) {\n    cases(cityId: $cityId, initiativeId: $initiativeId, tag: $tag, search: $search) {\n      id title titleZh summary year tags illustrative\n      city { id name nameZh }\n      initiatives { id number title titleZh }\n    }\n  }\n"): (typeof documents)["\n  query Cases($cityId: ID, $initiativeId: ID, $tag: String, $search: String) {\n    cases(cityId: $cityId, initiativeId: $initiativeId, tag: $tag, search: $search) {\n      id title titleZh summary year tags illustrative\n      city { id name nameZh }\n      initiatives { id number title titleZh }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTags {\n    cases { id tags }\n  }\n"): (typeof documents)["\n  query CaseTags {\n    cases { id tags }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityProfile($id: ID!) {\n    city(id: $id) {\n      id name nameZh province provinceZh region adminLevel population areaKm2\n      populationFigure { year source }\n      peers { id name nameZh population }\n      cases {\n        id title titleZh year illustrative\n        impact { indicator { code name nameZh unit } fromPeriod toPeriod change peerMedianChange betterThanPeers }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CityProfile($id: ID!) {\n    city(id: $id) {\n      id name nameZh province provinceZh region adminLevel population areaKm2\n      populationFigure { year source }\n      peers { id name nameZh population }\n      cases {\n        id title titleZh year illustrative\n        impact { indicator { code name nameZh unit } fromPeriod toPeriod change peerMedianChange betterThanPeers }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitySeries($id: ID!, $code: ID!, $period: String!) {\n    city(id: $id) {\n      id\n      series(indicatorCode: $code) {\n        indicator { code name nameZh unit direction }\n        points { period value status }\n        baselinePeriod baselineValue targetPeriod targetValue observedRate requiredRate trendRatio trend\n      }\n      peerComparison(indicatorCode: $code, period: $period) {\n        value peersWithData peerMedian percentile bestPeerValue\n        bestPeer { id name nameZh }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitySeries($id: ID!, $code: ID!, $period: String!) {\n    city(id: $id) {\n      id\n      series(indicatorCode: $code) {\n        indicator { code name nameZh unit direction }\n        points { period value status }\n        baselinePeriod baselineValue targetPeriod targetValue observedRate requiredRate trendRatio trend\n      }\n      peerComparison(indicatorCode: $code, period: $period) {\n        value peersWithData peerMedian percentile bestPeerValue\n        bestPeer { id name nameZh }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($cityIds: [ID!]!, $indicatorCodes: [ID!], $periods: [String!]!) {\n    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {\n      cities { id name nameZh }\n      indicators { code name nameZh unit }\n      periods\n      cells { cityId indicatorCode period value score status missing }\n    }\n  }\n"): (typeof documents)["\n  query Comparison($cityIds: [ID!]!, $indicatorCodes: [ID!], $periods: [String!]!) {\n    comparison(cityIds: $cityIds, indicatorCodes: $indicatorCodes, periods: $periods) {\n      cities { id name nameZh }\n      indicators { code name nameZh unit }\n      periods\n      cells { cityId indicatorCode period value score status missing }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRanking($code: ID!, $period: String!, $perCapita: Boolean!) {\n    indicator(code: $code) { code name nameZh unit direction kind method }\n    ranking(indicatorCode: $code, period: $period) {\n      entries {\n        rank value unit status score source\n        city {\n          id name nameZh\n          perCapita(indicatorCode: $code, period: $period) @include(if: $perCapita) { valuePer100k unit }\n        }\n      }\n      missing { id name nameZh }\n      statistics { count min q1 median mean q3 max }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRanking($code: ID!, $period: String!, $perCapita: Boolean!) {\n    indicator(code: $code) { code name nameZh unit direction kind method }\n    ranking(indicatorCode: $code, period: $period) {\n      entries {\n        rank value unit status score source\n        city {\n          id name nameZh\n          perCapita(indicatorCode: $code, period: $period) @include(if: $perCapita) { valuePer100k unit }\n        }\n      }\n      missing { id name nameZh }\n      statistics { count min q1 median mean q3 max }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($cityId: ID, $indicatorCode: ID, $period: String, $flaggedOnly: Boolean, $first: Int, $after: String) {\n    reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {\n      totalCount hasNextPage endCursor\n      items {\n        cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason\n        observation {\n          id period value unit status revision flagReason note source\n          city { id name nameZh }\n          indicator { code name nameZh }\n          revisions { revision value status source note flagReason author createdAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($cityId: ID, $indicatorCode: ID, $period: String, $flaggedOnly: Boolean, $first: Int, $after: String) {\n    reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {\n      totalCount hasNextPage endCursor\n      items {\n        cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason\n        observation {\n          id period value unit status revision flagReason note source\n          city { id name nameZh }\n          indicator { code name nameZh }\n          revisions { revision value status source note flagReason author createdAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewObservation($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }\n  }\n"): (typeof documents)["\n  mutation ReviewObservation($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitObservations($input: SubmitObservationsInput!) {\n    submitObservations(input: $input) {\n      idempotencyKey replayed created corrected unchanged flagged\n      items { index outcome flagReason observation { id value status revision } }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitObservations($input: SubmitObservationsInput!) {\n    submitObservations(input: $input) {\n      idempotencyKey replayed created corrected unchanged flagged\n      items { index outcome flagReason observation { id value status revision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValueHistory($cityId: ID!, $code: ID!, $period: String!) {\n    city(id: $cityId) {\n      id name nameZh\n      observations(indicatorCode: $code, period: $period) {\n        id period value unit status revision flagReason note source\n        revisions { revision value status source note flagReason author createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ValueHistory($cityId: ID!, $code: ID!, $period: String!) {\n    city(id: $cityId) {\n      id name nameZh\n      observations(indicatorCode: $code, period: $period) {\n        id period value unit status revision flagReason note source\n        revisions { revision value status source note flagReason author createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($period: String!) {\n    initiatives { id number title titleZh }\n    cities {\n      id name nameZh\n      progress(period: $period) {\n        index coverage\n        initiatives { initiative { id number } score coverage }\n      }\n    }\n    declarationIndex(period: $period) {\n      entries { rank index coverage indexMissingReason city { id name nameZh } }\n    }\n  }\n"): (typeof documents)["\n  query Overview($period: String!) {\n    initiatives { id number title titleZh }\n    cities {\n      id name nameZh\n      progress(period: $period) {\n        index coverage\n        initiatives { initiative { id number } score coverage }\n      }\n    }\n    declarationIndex(period: $period) {\n      entries { rank index coverage indexMissingReason city { id name nameZh } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;