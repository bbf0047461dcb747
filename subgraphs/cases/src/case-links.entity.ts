import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A case serves an initiative of the declaration. */
@Entity('case_initiative')
@Index('idx_case_initiative_initiative', ['initiativeId'])
export class CaseInitiative {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 100 })
  caseId: string;

  @PrimaryColumn({ name: 'initiative_id', type: 'varchar', length: 8 })
  initiativeId: string;
}

/** A case aims to move an indicator. */
@Entity('case_indicator')
export class CaseIndicator {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 100 })
  caseId: string;

  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;
}

/** A free tag on a case. */
@Entity('case_tag')
@Index('idx_case_tag_tag', ['tag'])
export class CaseTag {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 100 })
  caseId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  tag: string;
}
