import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_REVISIONS, MAX_REVISIONS, REVISIONS_LAST, revisionsLimit, revisionsListSize } from '@ugf/runtime';
import type { IndicatorsContext } from './context';
import { City, cityRef } from './federated-stubs';
import { Indicator } from './indicator.entity';
import { Observation } from './observation.entity';
import { ObservationRevision } from './observation-revision.entity';
import { Citation } from './citation/citation';
import { citationOf } from './citation/citation-rules';

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => City, { description: 'The city the value belongs to.' })
  city(@Root() observation: Observation): City {
    return cityRef(observation.cityId);
  }

  @FieldResolver(() => Indicator, { description: 'The indicator measured.' })
  async indicator(@Root() observation: Observation, @Ctx() { loaders }: IndicatorsContext): Promise<Indicator> {
    const indicator = await loaders.indicator.load(observation.indicatorCode);
    if (!indicator) throw new Error(`Observation ${observation.id} refers to unknown indicator ${observation.indicatorCode}`);
    return indicator;
  }

  @FieldResolver(() => String, { description: "Unit of `value` (the indicator's unit)." })
  async unit(@Root() observation: Observation, @Ctx() context: IndicatorsContext): Promise<string> {
    return (await this.indicator(observation, context)).unit;
  }

  @FieldResolver(() => Citation, { nullable: true, description: 'Where the current value was published, with the sentence it comes from; null for a value given with a free-text `source` only.' })
  citation(@Root() observation: Observation): Citation | null {
    return citationOf(observation.citationJson);
  }

  @FieldResolver(() => [ObservationRevision], {
    description: `History of the observation, oldest first: its latest \`last\` revisions (${DEFAULT_REVISIONS} unless asked, at most ${MAX_REVISIONS}). \`revision\` says how many there are.`,
  })
  @Directive(revisionsListSize)
  async revisions(
    @Root() observation: Observation,
    @Ctx() { loaders }: IndicatorsContext,
    @Arg('last', () => Int, { defaultValue: DEFAULT_REVISIONS, description: REVISIONS_LAST }) last: number,
  ): Promise<ObservationRevision[]> {
    return (await loaders.revisionsByObservation.load(observation.id)).slice(-revisionsLimit(last));
  }
}
