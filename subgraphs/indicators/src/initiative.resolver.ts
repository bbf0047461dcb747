import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import type { IndicatorsContext } from './context';
import { Initiative } from './federated-stubs';
import { Indicator } from './indicator.entity';

@Resolver(() => Initiative)
export class InitiativeIndicatorsResolver {
  @Directive(boundedList(LIST_SIZE.catalogue))
  @FieldResolver(() => [Indicator], { nullable: true, description: 'The indicators that measure progress on this initiative. Null (with an error) only when the indicators service is unavailable.' })
  indicators(@Root() initiative: Initiative, @Ctx() { loaders }: IndicatorsContext): Promise<Indicator[]> {
    return loaders.indicatorsByInitiative.load(initiative.id);
  }
}
