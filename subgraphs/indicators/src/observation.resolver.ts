import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from './context';
import { City, cityRef } from './federated-stubs';
import { Indicator } from './indicator.entity';
import { Observation } from './observation.entity';
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

  @FieldResolver(() => [ObservationRevision], { description: 'Full history of the observation, oldest first.' })
  revisions(@Root() observation: Observation, @Ctx() { loaders }: IndicatorsContext): Promise<ObservationRevision[]> {
    return loaders.revisionsByObservation.load(observation.id);
  }
}
