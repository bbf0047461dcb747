import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { DimensionCode } from './dimension.types';

/**
 * The city of a code as a plain id: a client can read every code list with the cities of its districts
 * (`dimensions { codes { cityId } }`) without a City object per code, which would double the answer's cost.
 */
@Resolver(() => DimensionCode)
export class DimensionCodeCityResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The id of the city a DISTRICT code belongs to (as `city { id }`); null for codes of every city.' })
  cityId(@Root() code: DimensionCode): string | null {
    return code.city?.id ?? null;
  }
}
