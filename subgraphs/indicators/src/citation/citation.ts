import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';

/** How a value was obtained from the figures its source states. */
export enum Derivation {
  REPORTED = 'REPORTED',
  DAYS_SHARE = 'DAYS_SHARE',
  RATIO = 'RATIO',
}

registerEnumType(Derivation, {
  name: 'Derivation',
  description: 'How a value was obtained from the figures its source states.',
  valuesConfig: {
    REPORTED: { description: 'The quoted sentence states the value.' },
    DAYS_SHARE: { description: 'The source states a day count: the value is 100 × days ÷ the days of the year (derivationInputs: the count).' },
    RATIO: { description: 'A ratio of two quoted figures, a ÷ b (derivationInputs: a and b).' },
  },
});

@ObjectType({ description: 'Where a value was published: the publisher, the document, where it was read, when, and the sentence it comes from.' })
export class Citation {
  @Field({ description: 'The body that published the figure, e.g. 北京市生态环境局.' })
  publisher: string;

  @Field({ description: 'The document the figure is from (e.g. the year’s statistical communiqué), or the headline of the article that reports it.' })
  title: string;

  @Field({ description: 'The page the figure was read on (http or https).' })
  url: string;

  @Field({ description: 'Publication date of that page or document: YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day.' })
  publishedOn: string;

  @Field({ description: 'The sentence the figure comes from, in its original language.' })
  quote: string;

  @Field(() => String, { nullable: true, description: 'The unit as the source writes it (微克/立方米, %, 天).' })
  sourceUnit: string | null;

  @Field(() => Derivation, { description: 'Whether the value is the quoted figure or computed from quoted figures, and how.' })
  derivation: Derivation;

  @Field(() => [Float], { description: 'The quoted figures a derived value is computed from; empty for REPORTED.' })
  derivationInputs: number[];
}

@InputType({ description: 'Where the value was published. Stored with the revision, beside the free-text `source`.' })
export class CitationInput {
  @Field({ description: 'The body that published the figure (1–255 characters).' })
  publisher: string;

  @Field({ description: 'The document or article (1–500 characters).' })
  title: string;

  @Field({ description: 'The page the figure was read on: an http or https URL of up to 2,000 characters.' })
  url: string;

  @Field({ description: 'YYYY-MM-DD, YYYY-MM or YYYY; a real date, not in the future.' })
  publishedOn: string;

  @Field({ description: 'The sentence the figure comes from (1–500 characters).' })
  quote: string;

  @Field(() => String, { nullable: true, description: 'The unit as the source writes it (up to 64 characters).' })
  sourceUnit?: string | null;

  @Field(() => Derivation, { nullable: true, description: 'REPORTED when absent.' })
  derivation?: Derivation | null;

  @Field(() => [Float], { nullable: true, description: 'One day count for DAYS_SHARE, two figures for RATIO; none for REPORTED.' })
  derivationInputs?: number[] | null;
}
