import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IndicatorsContext } from '../context';
import { Indicator } from '../indicator.entity';
import { Target } from '../target.entity';
import { IndicatorDefinitionInput, TargetInput } from './admin.types';
import { defineIndicator, enrollCity, setTarget } from './manage-catalogue';

@Resolver()
export class AdminResolver {
  @Mutation(() => Target, {
    description:
      "Set a city's baseline and target for an indicator (admin). Replacing an existing one needs `expectedRevision` (the target's `revision` you read): CONFLICT when it is no longer current. Every change adds a revision (`Target.revisions`).",
  })
  setTarget(@Arg('input', () => TargetInput) input: TargetInput, @Ctx() { db, identity }: IndicatorsContext): Promise<Target> {
    return setTarget(db, identity, input);
  }

  @Mutation(() => Indicator, {
    description:
      "Create or update an indicator definition (admin). Updating an existing one needs `expectedRevision` (the indicator's `revision` you read): CONFLICT when it is no longer current. Every change adds a revision (`Indicator.revisions`).",
  })
  defineIndicator(@Arg('input', () => IndicatorDefinitionInput) input: IndicatorDefinitionInput, @Ctx() { db, identity }: IndicatorsContext): Promise<Indicator> {
    return defineIndicator(db, identity, input);
  }

  @Mutation(() => Boolean, { description: 'Enrol a city for reporting (admin): values are accepted only for enrolled cities. True once enrolled.' })
  enrollCity(@Arg('cityId', () => ID) cityId: string, @Ctx() { db, identity }: IndicatorsContext): Promise<boolean> {
    return enrollCity(db, identity, cityId);
  }
}
