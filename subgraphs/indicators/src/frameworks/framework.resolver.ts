import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { progressOfEnrolledCities } from '../analytics/city-progress';
import { AsOfArg, checkAsOf } from '../as-of/as-of-arg';
import { IncludeSampleArg } from '../analytics/include-sample';
import { mean, rankByScore } from '../analytics/statistics';
import type { IndicatorsContext } from '../context';
import { Indicator } from '../indicator.entity';
import { PeriodScalar } from '../period.scalar';
import { FrameworkElement } from './framework-element.entity';
import { Framework, FRAMEWORKS, FrameworkProgress } from './framework.types';

@Resolver(() => Framework)
export class FrameworkResolver {
  @Directive(boundedList(LIST_SIZE.frameworks))
  @Query(() => [Framework], { description: 'The frameworks the indicators are mapped to: the declaration, the 2025 conference tasks, SDG 11 targets and ISO 37120 themes.' })
  frameworks(): Framework[] {
    return FRAMEWORKS.map((framework) => Object.assign(new Framework(), framework));
  }

  @Directive(boundedList(LIST_SIZE.frameworkElements))
  @FieldResolver(() => [FrameworkElement], { description: 'The elements of the framework, in order.' })
  async elements(@Root() framework: Framework, @Ctx() { loaders }: IndicatorsContext): Promise<FrameworkElement[]> {
    return (await loaders.frameworkElements.load('all')).filter((element) => element.framework === framework.id);
  }

  @Query(() => FrameworkElement, { nullable: true, description: 'One framework element by id (e.g. `CCWC_2025:5`); null when there is none.' })
  async frameworkElement(@Arg('id', () => ID) id: string, @Ctx() { loaders }: IndicatorsContext): Promise<FrameworkElement | null> {
    return (await loaders.frameworkElements.load('all')).find((element) => element.id === id) ?? null;
  }

  @Query(() => FrameworkProgress, {
    nullable: true,
    description:
      "Every enrolled city's progress on a framework element in a period, ranked: the mean progress toward target of the element's indicators (as for an initiative). Null for an unknown element.",
  })
  async frameworkProgress(
    @Arg('elementId', () => ID) elementId: string,
    @Arg('period', () => PeriodScalar) period: string,
    @Ctx() context: IndicatorsContext,
    @IncludeSampleArg() includeSample: boolean,
    @AsOfArg() asOf?: Date | null,
  ): Promise<FrameworkProgress | null> {
    const element = (await context.loaders.frameworkElements.load('all')).find((candidate) => candidate.id === elementId);
    if (!element) return null;
    const codes = new Set(await context.loaders.elementIndicatorCodes.load(element.id));
    const scored = (await progressOfEnrolledCities(context, period, { includeSample }, checkAsOf(asOf))).map((city) => {
      const entries = city.initiatives.flatMap((initiative) => initiative.indicators).filter((entry) => codes.has(entry.indicator.code));
      const withData = entries.filter((entry) => entry.progress !== null).map((entry) => entry.progress as number);
      return { city: city.city, score: mean(withData), coverage: entries.length ? withData.length / entries.length : 0 };
    });
    const scores = scored.filter((city) => city.score !== null).map((city) => city.score as number);
    return { element, period, meanScore: mean(scores), cities: rankByScore(scored), includesSample: includeSample };
  }
}

@Resolver(() => FrameworkElement)
export class FrameworkElementResolver {
  @Directive(boundedList(LIST_SIZE.catalogue))
  @FieldResolver(() => [Indicator], { description: 'The indicators that serve this element.' })
  async indicators(@Root() element: FrameworkElement, @Ctx() { loaders }: IndicatorsContext): Promise<Indicator[]> {
    const indicators = await loaders.indicator.loadMany(await loaders.elementIndicatorCodes.load(element.id));
    return indicators.filter((indicator): indicator is Indicator => indicator !== null && !(indicator instanceof Error));
  }
}
