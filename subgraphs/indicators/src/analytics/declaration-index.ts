import type { IndicatorsContext } from '../context';
import { cityRef } from '../federated-stubs';
import type { DeclarationIndex } from './analytics.types';
import { progressSummariesOfEnrolledCities } from './city-progress';
import { rankByScore } from './statistics';
import type { Counting } from './counted-values';

export async function buildDeclarationIndex(context: IndicatorsContext, period: string, counting: Counting, asOf: Date | null): Promise<DeclarationIndex> {
  const summaries = await progressSummariesOfEnrolledCities(context, period, counting, asOf);
  const entries = rankByScore(summaries.map(({ cityId, summary }) => ({ city: cityRef(cityId), score: summary.index, coverage: summary.coverage, indexMissingReason: summary.indexMissingReason })));
  return { period, entries: entries.map(({ score, ...entry }) => ({ ...entry, index: score })), includesSample: counting.includeSample };
}
