import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from '../context';
import { Indicator } from '../indicator.entity';
import { IndicatorMetadata } from './indicator-metadata.type';

@Resolver(() => Indicator)
export class IndicatorMetadataResolver {
  @FieldResolver(() => IndicatorMetadata, { description: 'Definition, unit, method, sources, limitations and last update of the indicator, after the SDG metadata structure.' })
  async metadata(@Root() indicator: Indicator, @Ctx() { loaders }: IndicatorsContext): Promise<IndicatorMetadata> {
    const [latest] = await loaders.indicatorRevisions.load({ key: indicator.code, last: 1 });
    // Every write of a definition records a revision, so only a broken database has none.
    if (!latest) throw new Error(`Indicator ${indicator.code} has no revision.`);
    return {
      definition: indicator.definition,
      definitionZh: indicator.definitionZh,
      unit: indicator.unit,
      unitMultiplier: indicator.unitMultiplier,
      computationMethod: indicator.method,
      periodicity: indicator.periodicity,
      dataSources: indicator.dataSources,
      dataProvider: indicator.dataProvider,
      limitations: indicator.limitations,
      lastUpdate: latest.createdAt,
    };
  }
}
