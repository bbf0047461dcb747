import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneByKey } from '@ugf/runtime';
import { ConferenceTask } from './conference-task.entity';
import { Initiative } from './initiative.entity';

export interface InitiativeLoaders {
  initiative: DataLoader<string, Initiative | null>;
  conferenceTask: DataLoader<number, ConferenceTask | null>;
}

export function createLoaders(db: DataSource): InitiativeLoaders {
  const initiatives = db.getRepository(Initiative);
  const tasks = db.getRepository(ConferenceTask);
  return {
    initiative: new DataLoader(async (ids) => oneByKey(ids, await initiatives.findBy({ id: In([...ids]) }), (initiative) => initiative.id)),
    conferenceTask: new DataLoader(async (numbers) => oneByKey(numbers, await tasks.findBy({ number: In([...numbers]) }), (task) => task.number)),
  };
}
