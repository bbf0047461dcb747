import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { ConferenceTask } from './conference-task.entity';
import type { InitiativesContext } from './context';
import { Initiative } from './initiative.entity';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Directive(boundedList(LIST_SIZE.initiatives))
  @Query(() => [Initiative], { description: 'The ten points of the declaration, in order.' })
  async initiatives(@Ctx() { db, loaders }: InitiativesContext): Promise<Initiative[]> {
    const initiatives = await db.getRepository(Initiative).find({ order: { number: 'ASC' } });
    for (const initiative of initiatives) loaders.initiative.prime(initiative.id, initiative);
    return initiatives;
  }

  @Query(() => Initiative, { nullable: true, description: 'One point by id ("1"–"10"); null when there is none.' })
  initiative(@Ctx() { loaders }: InitiativesContext, @Arg('id', () => ID) id: string): Promise<Initiative | null> {
    return loaders.initiative.load(id);
  }

  @Directive(boundedList(LIST_SIZE.conferenceTasks))
  @FieldResolver(() => [ConferenceTask], { description: 'The 2025 Central City Work Conference tasks this point serves.' })
  async conferenceTasks(@Root() initiative: Initiative, @Ctx() { loaders }: InitiativesContext): Promise<ConferenceTask[]> {
    const tasks = await loaders.conferenceTask.loadMany(initiative.conferenceTaskNumbers);
    return tasks.filter((task): task is ConferenceTask => task !== null && !(task instanceof Error));
  }
}
