import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import { boundedList, LIST_SIZE } from '@ugf/runtime';
import { ConferenceTask } from './conference-task.entity';
import type { InitiativesContext } from './context';

@Resolver(() => ConferenceTask)
export class ConferenceTaskResolver {
  @Directive(boundedList(LIST_SIZE.conferenceTasks))
  @Query(() => [ConferenceTask], { description: "The 2025 Central City Work Conference's seven key tasks, in order." })
  conferenceTasks(@Ctx() { db }: InitiativesContext): Promise<ConferenceTask[]> {
    return db.getRepository(ConferenceTask).find({ order: { number: 'ASC' } });
  }
}
