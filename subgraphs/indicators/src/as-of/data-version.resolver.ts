import { Ctx, Query, Resolver } from 'type-graphql';
import type { IndicatorsContext } from '../context';
import { AsOfArg, checkAsOf } from './as-of-arg';
import { DataVersion, dataVersionAt } from './data-version';

@Resolver()
export class DataVersionResolver {
  @Query(() => DataVersion, { description: 'The version of the data now, or at `asOf`: ask for it beside a figure to cite what the figure was computed from.' })
  dataVersion(@Ctx() { db }: IndicatorsContext, @AsOfArg() asOf?: Date | null): Promise<DataVersion> {
    return dataVersionAt(db, checkAsOf(asOf));
  }
}
