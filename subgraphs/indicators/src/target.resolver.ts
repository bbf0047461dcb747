import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from './context';
import { City, cityRef } from './federated-stubs';
import { Indicator } from './indicator.entity';
import { Target } from './target.entity';

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => City, { description: 'The city the target is set for.' })
  city(@Root() target: Target): City {
    return cityRef(target.cityId);
  }

  @FieldResolver(() => Indicator, { description: 'The indicator the target is set on.' })
  async indicator(@Root() target: Target, @Ctx() { loaders }: IndicatorsContext): Promise<Indicator> {
    const indicator = await loaders.indicator.load(target.indicatorCode);
    if (!indicator) throw new Error(`Target refers to unknown indicator ${target.indicatorCode}`);
    return indicator;
  }
}
