import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '@ugf/shared';
import type { IndicatorsContext } from './context';
import { City, cityRef } from './federated-stubs';
import { Indicator } from './indicator.entity';
import { Observation } from './observation.entity';
import { REVISIONS } from './observation-connection';
import { ObservationRevision } from './observation-revision.entity';

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

  @FieldResolver(() => [ObservationRevision], {
    description: `History of the observation, oldest first: its latest \`last\` revisions (${REVISIONS.defaultSize} unless asked, at most ${REVISIONS.maxSize}). \`revision\` says how many there are.`,
  })
  @Directive(`@listSize(assumedSize: ${REVISIONS.defaultSize}, slicingArguments: ["last"], requireOneSlicingArgument: false)`)
  async revisions(
    @Root() observation: Observation,
    @Ctx() { loaders }: IndicatorsContext,
    @Arg('last', () => Int, { defaultValue: REVISIONS.defaultSize, description: `How many of the latest revisions, 1 to ${REVISIONS.maxSize}.` }) last: number,
  ): Promise<ObservationRevision[]> {
    if (!Number.isInteger(last) || last < 1 || last > REVISIONS.maxSize) throw badUserInput(`\`last\` must be from 1 to ${REVISIONS.maxSize}.`, { argument: 'last', maximum: REVISIONS.maxSize });
    return (await loaders.revisionsByObservation.load(observation.id)).slice(-last);
  }
}
