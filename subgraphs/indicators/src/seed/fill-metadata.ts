import { In, type DataSource } from 'typeorm';
import { ErrorCode, SEED_AUTHOR, writeTransaction } from '@ugf/runtime';
import { indicatorContent } from '../history/history-content';
import { IndicatorRevision } from '../history/indicator-revision.entity';
import { writeWithRevision } from '../history/write-with-revision';
import { Indicator } from '../indicator.entity';
import type { readCatalogue } from './catalogue';

type SeedIndicator = ReturnType<typeof readCatalogue>['indicators'][number];

export const METADATA_SEED_NOTE = 'Metadata from seeds/indicators.json, added to an indicator that predates the metadata.';

/**
 * Gives seeded indicators of a database that predates the metadata the seed's metadata, as a revision by `seed`.
 * Only indicators none of whose revisions holds metadata are filled: any write since the metadata exists
 * records it (empty included), so an admin's choice is never overwritten.
 */
export async function fillMissingMetadata(db: DataSource, indicators: SeedIndicator[]): Promise<number> {
  const codes = indicators.map((indicator) => indicator.code);
  const revisions = await db.getRepository(IndicatorRevision).findBy({ indicatorCode: In(codes) });
  const written = new Set(revisions.filter((row) => 'definition' in row.content).map((row) => row.indicatorCode));
  const missing = indicators.filter((indicator) => !written.has(indicator.code));
  if (missing.length === 0) return 0;
  const current = new Map((await db.getRepository(Indicator).findBy({ code: In(missing.map((indicator) => indicator.code)) })).map((row) => [row.code, row]));
  let filled = 0;
  for (const seed of missing) {
    const row = current.get(seed.code);
    if (!row) continue;
    try {
      await writeTransaction(db, (manager) =>
        writeWithRevision(manager, {
          entity: Indicator,
          revisionEntity: IndicatorRevision,
          key: { code: seed.code },
          revisionKey: { indicatorCode: seed.code },
          subject: `Indicator ${seed.code}`,
          columns: { definition: seed.definition, definitionZh: seed.definitionZh, dataSources: seed.dataSources, limitations: seed.limitations ?? null },
          contentOf: indicatorContent,
          expectedRevision: row.revision,
          note: METADATA_SEED_NOTE,
          author: SEED_AUTHOR,
        }),
      );
      filled += 1;
    } catch (error) {
      // Another instance seeding at the same moment, or an admin's edit, got there first: theirs stands.
      if ((error as { extensions?: { code?: string } }).extensions?.code !== ErrorCode.CONFLICT) throw error;
    }
  }
  return filled;
}
