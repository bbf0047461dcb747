import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { ObservationRevision } from '../observation-revision.entity';
import { TargetRevision } from '../history/target-revision.entity';

@ObjectType({
  description:
    'What a figure was computed from: the latest revision of a value or of a target recorded up to the instant asked for (now unless `asOf` is given). Cite it with the figure: the same query with `asOf: changedAt` answers the same.',
})
export class DataVersion {
  @Field({ description: 'The version, `o<latest value revision id>.t<latest target revision id>`: it changes with every submission, correction, review and target change.' })
  id: string;

  @Field(() => Int, { description: "The id of the latest value revision (0 when none): the change feed's `afterId` for what comes next." })
  latestChangeId: number;

  @Field(() => Date, { nullable: true, description: 'When that latest revision was recorded (UTC); null when nothing was recorded yet.' })
  changedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The instant the answer was asked for; null for the current data.' })
  asOf: Date | null;
}

interface Latest {
  id: number | string | null;
  at: Date | string | null;
}

/** A DATETIME as a driver returns it: a Date (mysql2) or SQLite's `YYYY-MM-DD HH:MM:SS.SSS` text, in UTC. */
const instant = (value: Date | string | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`));

async function latest(db: DataSource, entity: typeof ObservationRevision | typeof TargetRevision, asOf: Date | null): Promise<{ id: number; at: Date | null }> {
  const query = db.getRepository(entity).createQueryBuilder('r').select('MAX(r.id)', 'id').addSelect('MAX(r.created_at)', 'at');
  if (asOf) query.where('r.created_at <= :asOf', { asOf });
  const row = (await query.getRawOne<Latest>()) ?? { id: null, at: null };
  return { id: Number(row.id ?? 0), at: instant(row.at) };
}

/** The data version at `asOf` (null: now), in two SQL statements. */
export async function dataVersionAt(db: DataSource, asOf: Date | null): Promise<DataVersion> {
  const [values, targets] = await Promise.all([latest(db, ObservationRevision, asOf), latest(db, TargetRevision, asOf)]);
  const times = [values.at, targets.at].filter((at): at is Date => at !== null);
  return {
    id: `o${values.id}.t${targets.id}`,
    latestChangeId: values.id,
    changedAt: times.length === 0 ? null : new Date(Math.max(...times.map((at) => at.getTime()))),
    asOf,
  };
}
