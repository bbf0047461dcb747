import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { insertMissing, readSeed, type Logger } from '@ugf/runtime';
import { ConferenceTask } from './conference-task.entity';
import { Initiative } from './initiative.entity';

export const initiativeSeedFile = z.array(
  z.object({
    id: z.string().regex(/^([1-9]|10)$/),
    number: z.number().int().min(1).max(10),
    title: z.string().min(1),
    titleZh: z.string().min(1),
    summary: z.string().min(1),
    text: z.string().min(1),
    textSource: z.string().min(1),
    conferenceTasks: z.array(z.number().int().min(1).max(7)).min(1),
    sdgTargets: z.array(z.string().regex(/^\d+\.[0-9a-z]+$/)),
  }),
);

export const conferenceTaskSeedFile = z.array(
  z.object({
    number: z.number().int().min(1).max(7),
    title: z.string().min(1),
    text: z.string().min(1),
    source: z.string().min(1),
  }),
);

/** Inserts the declaration's points and the conference tasks that are not there yet. */
export async function seedInitiatives(db: DataSource, log: Logger): Promise<void> {
  const initiatives = readSeed('initiatives.json', initiativeSeedFile).map(({ conferenceTasks, ...rest }) => Object.assign(new Initiative(), { ...rest, conferenceTaskNumbers: conferenceTasks }));
  const tasks = readSeed('conference-tasks.json', conferenceTaskSeedFile).map((task) => Object.assign(new ConferenceTask(), task));
  await db.transaction(async (manager) => {
    await insertMissing(manager, ConferenceTask, tasks);
    await insertMissing(manager, Initiative, initiatives);
  });
  log.info({ initiatives: initiatives.length, conferenceTasks: tasks.length }, 'initiatives seeded (missing rows inserted)');
}
