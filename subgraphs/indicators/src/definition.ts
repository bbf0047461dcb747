import type { SubgraphDefinition } from '@ugf/runtime';
import { AdminResolver } from './admin/admin.resolver';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AvailabilityResolver } from './analytics/availability.resolver';
import { CaseImpactResolver } from './analytics/case-impact.resolver';
import { FrameworkElement, FrameworkElementIndicator } from './frameworks/framework-element.entity';
import { FrameworkElementResolver, FrameworkResolver } from './frameworks/framework.resolver';
import { AddFrameworkCrosswalk1764200000000 } from './migrations/1764200000000-add-framework-crosswalk';
import { CityAnalyticsResolver, InitiativeAnalyticsResolver } from './analytics/city-analytics.resolver';
import { CityIndicatorsResolver } from './city.resolver';
import { createContext, type IndicatorsContext } from './context';
import { BestPracticeCase, City } from './federated-stubs';
import { Indicator } from './indicator.entity';
import { IndicatorResolver } from './indicator.resolver';
import { InitiativeIndicatorsResolver } from './initiative.resolver';
import { CreateIndicatorTables1764000000000 } from './migrations/1764000000000-create-indicator-tables';
import { AddSubmissions1764100000000 } from './migrations/1764100000000-add-submissions';
import { IndexObservationsByPeriod1764300000000 } from './migrations/1764300000000-index-observations-by-period';
import { AddCatalogueRevisions1764400000000 } from './migrations/1764400000000-add-catalogue-revisions';
import { IndexObservationsForReview1764410000000 } from './migrations/1764410000000-index-observations-for-review';
import { AddRevisionAuthorRole1764420000000 } from './migrations/1764420000000-add-revision-author-role';
import { AddIndicatorMetadata1764430000000 } from './migrations/1764430000000-add-indicator-metadata';
import { IndicatorMetadataResolver } from './metadata/metadata.resolver';
import { AddObservationBreakdown1764500000000 } from './migrations/1764500000000-add-observation-breakdown';
import { AddValueAttributes1764600000000 } from './migrations/1764600000000-add-value-attributes';
import { AddCitation1764700000000 } from './migrations/1764700000000-add-citation';
import { AddSampleFlag1764800000000 } from './migrations/1764800000000-add-sample-flag';
import { AddTargetSampleFlag1764900000000 } from './migrations/1764900000000-add-target-sample-flag';
import { SampleValuesNotVerified1764910000000 } from './migrations/1764910000000-sample-values-not-verified';
import { CoverProgressColumns1765100000000 } from './migrations/1765100000000-cover-progress-columns';
import { IndexRevisionsByTime1765200000000 } from './migrations/1765200000000-index-revisions-by-time';
import { KeepProgressScores1765300000000 } from './migrations/1765300000000-keep-progress-scores';
import { ProgressScore } from './scores/progress-score.entity';
import { IndicatorHistoryResolver, TargetHistoryResolver } from './history/history.resolver';
import { IndicatorRevision } from './history/indicator-revision.entity';
import { TargetRevision } from './history/target-revision.entity';
import { ReportingCity } from './reporting-city.entity';
import { Submission, SubmissionItemRow } from './submission/submission.entity';
import { ReviewQueueResolver } from './submission/review-queue.resolver';
import { SubmissionResolver } from './submission/submission.resolver';
import { Observation } from './observation.entity';
import { ObservationRevision } from './observation-revision.entity';
import { ObservationResolver } from './observation.resolver';
import { ObservationRevisionResolver } from './observation-revision.resolver';
import { indicatorReferenceResolvers } from './references';
import { seedIndicators } from './seed/seed';
import { ObservationTableResolver } from './exchange/observation-table.resolver';
import { DataVersionResolver } from './as-of/data-version.resolver';
import { ChangesResolver } from './changes/changes.resolver';
import { DimensionCodeCityResolver } from './dimensions/code-city.resolver';
import { DimensionResolver, IndicatorDimensionsResolver, ObservationBreakdownResolver } from './dimensions/dimension.resolver';
import { Target } from './target.entity';
import { TargetResolver } from './target.resolver';

export const indicatorsSubgraph: SubgraphDefinition<IndicatorsContext> = {
  name: 'indicators',
  entities: [
    Indicator,
    Observation,
    ObservationRevision,
    Target,
    ReportingCity,
    Submission,
    SubmissionItemRow,
    FrameworkElement,
    FrameworkElementIndicator,
    TargetRevision,
    IndicatorRevision,
    ProgressScore,
  ],
  migrations: [
    CreateIndicatorTables1764000000000,
    AddSubmissions1764100000000,
    AddFrameworkCrosswalk1764200000000,
    IndexObservationsByPeriod1764300000000,
    AddCatalogueRevisions1764400000000,
    IndexObservationsForReview1764410000000,
    AddRevisionAuthorRole1764420000000,
    AddIndicatorMetadata1764430000000,
    AddObservationBreakdown1764500000000,
    AddValueAttributes1764600000000,
    AddCitation1764700000000,
    AddSampleFlag1764800000000,
    AddTargetSampleFlag1764900000000,
    SampleValuesNotVerified1764910000000,
    CoverProgressColumns1765100000000,
    IndexRevisionsByTime1765200000000,
    KeepProgressScores1765300000000,
  ],
  resolvers: [
    DimensionResolver,
    IndicatorDimensionsResolver,
    ObservationBreakdownResolver,
    DimensionCodeCityResolver,
    IndicatorResolver,
    ObservationResolver,
    ObservationRevisionResolver,
    CityIndicatorsResolver,
    InitiativeIndicatorsResolver,
    TargetResolver,
    SubmissionResolver,
    ReviewQueueResolver,
    AdminResolver,
    AnalyticsResolver,
    CityAnalyticsResolver,
    InitiativeAnalyticsResolver,
    CaseImpactResolver,
    AvailabilityResolver,
    FrameworkResolver,
    FrameworkElementResolver,
    TargetHistoryResolver,
    IndicatorHistoryResolver,
    IndicatorMetadataResolver,
    ObservationTableResolver,
    DataVersionResolver,
    ChangesResolver,
  ],
  // Types reached only through other subgraphs' entities must be listed, or type-graphql leaves them out.
  orphanedTypes: [City, Observation, Target, BestPracticeCase],
  referenceResolvers: indicatorReferenceResolvers,
  seed: seedIndicators,
  createContext,
};
