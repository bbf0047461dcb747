import type { SdmxObservation } from '../export/sdmx-export';

/**
 * One value as a line of the NDJSON download: the names the GraphQL API uses, the breakdown as an object of
 * dimension codes (empty for the total), its attributes flat beside the value and its citation as it is.
 */
export function bulkRecord(observation: SdmxObservation): object {
  const { attributes } = observation;
  return {
    city: observation.city.id,
    indicator: observation.indicator.code,
    period: observation.period,
    breakdown: Object.fromEntries(observation.breakdown.map((part) => [part.dimension, part.code])),
    value: observation.value,
    unit: observation.unit,
    unitMultiplier: attributes.unitMultiplier,
    status: observation.status,
    nature: attributes.nature,
    lowerBound: attributes.lowerBound,
    upperBound: attributes.upperBound,
    seriesBreak: attributes.seriesBreak,
    seriesBreakReason: attributes.seriesBreakReason,
    footnotes: attributes.footnotes,
    source: observation.source,
    citation: observation.citation,
    sample: observation.sample,
  };
}
