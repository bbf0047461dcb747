import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { newestRevisionsLoader, type RevisionsRequest } from '@ugf/runtime';
import { targetKey } from './history-content';
import { IndicatorRevision } from './indicator-revision.entity';
import { TargetRevision } from './target-revision.entity';

export interface HistoryLoaders {
  targetRevisions: DataLoader<RevisionsRequest, TargetRevision[], string>;
  indicatorRevisions: DataLoader<RevisionsRequest, IndicatorRevision[], string>;
}

export function createHistoryLoaders(db: DataSource): HistoryLoaders {
  return {
    targetRevisions: newestRevisionsLoader<TargetRevision>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const rows = await db.getRepository(TargetRevision).findBy({ cityId: In([...new Set(pairs.map(([cityId]) => cityId))]), indicatorCode: In([...new Set(pairs.map(([, code]) => code))]) });
      const wanted = new Set(keys);
      return rows.filter((row) => wanted.has(targetKey(row)));
    }, targetKey),
    indicatorRevisions: newestRevisionsLoader(
      (codes) => db.getRepository(IndicatorRevision).findBy({ indicatorCode: In(codes) }),
      (row) => row.indicatorCode,
    ),
  };
}
