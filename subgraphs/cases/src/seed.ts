import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { insertMissing, readSeed, SEED_AUTHOR, type Logger, type SeedOptions } from '@ugf/runtime';
import { BestPracticeCase } from './best-practice-case.entity';
import { CaseIndicator, CaseInitiative, CaseTag } from './case-links.entity';
import { recordFirstRevisions } from './history/first-revisions';

export const caseSeedFile = z.array(
  z.object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(100),
    title: z.string().min(1).max(200),
    titleZh: z.string().min(1).max(200),
    summary: z.string().min(1),
    cityId: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    initiativeIds: z.array(z.string().regex(/^([1-9]|10)$/)).min(1),
    indicatorCodes: z.array(z.string()),
    tags: z.array(
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(64),
    ),
    outcomes: z.array(z.string()),
    sources: z.array(z.object({ title: z.string(), publisher: z.string() })).min(1),
    illustrative: z.boolean(),
  }),
);

/**
 * Inserts the cases of `seeds/cases.json` (and their links) that are not there yet, each with its revision 1 by
 * `seed`; the illustrative ones, written for the demo, only with the sample data.
 */
export async function seedCases(db: DataSource, log: Logger, options: SeedOptions): Promise<void> {
  const seeds = readSeed('cases.json', caseSeedFile).filter((seed) => options.sample || !seed.illustrative);
  const cases = seeds.map(({ initiativeIds: _i, indicatorCodes: _c, tags: _t, ...row }) => Object.assign(new BestPracticeCase(), row));
  const initiatives = seeds.flatMap((seed) => seed.initiativeIds.map((initiativeId) => ({ caseId: seed.id, initiativeId })));
  const indicators = seeds.flatMap((seed) => seed.indicatorCodes.map((indicatorCode) => ({ caseId: seed.id, indicatorCode })));
  const tags = seeds.flatMap((seed) => seed.tags.map((tag) => ({ caseId: seed.id, tag })));
  await db.transaction(async (manager) => {
    await insertMissing(manager, BestPracticeCase, cases);
    await insertMissing(manager, CaseInitiative, initiatives);
    await insertMissing(manager, CaseIndicator, indicators);
    await insertMissing(manager, CaseTag, tags);
    await recordFirstRevisions(manager, SEED_AUTHOR, null, new Date());
  });
  log.info({ cases: cases.length }, 'cases seeded (missing rows inserted)');
}
