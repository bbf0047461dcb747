import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SubmissionOutcome } from './submission.types';

/** A processed submission, kept so that replaying its idempotency key returns the first result. */
@Entity('submission')
export class Submission {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  author: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** sha256 of the submitted items; the same key with other content is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'integer' })
  created: number;

  @Column({ type: 'integer' })
  corrected: number;

  @Column({ type: 'integer' })
  unchanged: number;

  @Column({ type: 'integer' })
  flagged: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}

/** One item's outcome in a processed submission, so that a replay answers exactly as the first time. */
@Entity('submission_item')
export class SubmissionItemRow {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  author: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  @PrimaryColumn({ name: 'item_index', type: 'integer' })
  itemIndex: number;

  @Column({ type: 'varchar', length: 12 })
  outcome: SubmissionOutcome;

  @Column({ name: 'observation_id', type: 'integer' })
  observationId: number;

  @Column({ name: 'flag_reason', type: 'varchar', length: 255, nullable: true })
  flagReason: string | null;
}
