import { registerEnumType } from 'type-graphql';

export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export enum Periodicity {
  ANNUAL = 'ANNUAL',
  QUARTERLY = 'QUARTERLY',
}

export enum IndicatorKind {
  PERCENT = 'PERCENT',
  RATE = 'RATE',
  COUNT = 'COUNT',
  AVERAGE = 'AVERAGE',
  RATIO = 'RATIO',
  INDEX = 'INDEX',
}

export enum ObservationStatus {
  PROVISIONAL = 'PROVISIONAL',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way is better for an indicator; normalised scores are inverted for LOWER_IS_BETTER.',
});
registerEnumType(Periodicity, {
  name: 'Periodicity',
  description: 'How often an indicator is reported: ANNUAL periods are written `2024`, QUARTERLY periods `2024-Q3`.',
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'What sort of number an indicator is; it fixes the valid range and whether per-capita figures make sense.',
  valuesConfig: {
    PERCENT: { description: 'A share from 0 to 100.' },
    RATE: { description: 'A ratio to a population or other base, stated in the unit (e.g. per 100,000 residents).' },
    COUNT: { description: 'An absolute number; divide by population to compare cities.' },
    AVERAGE: { description: 'A mean of a measured quantity (minutes, days, µg/m³).' },
    RATIO: { description: 'A ratio of two quantities of the same kind (e.g. urban–rural income ratio).' },
    INDEX: { description: 'A composite score from 0 to 100.' },
  },
});
registerEnumType(ObservationStatus, {
  name: 'ObservationStatus',
  description: 'Review state of an observation: new values are PROVISIONAL until a verifier marks them VERIFIED or REJECTED.',
});
