import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A city enrolled for reporting. The indicators subgraph never reads the cities database, so it keeps its
 * own list of the city ids it accepts values for (seeded from seeds/cities.json).
 */
@Entity('reporting_city')
export class ReportingCity {
  @PrimaryColumn({ name: 'city_id', type: 'varchar', length: 64 })
  cityId: string;

  @Column({ name: 'enrolled_at', type: 'datetime' })
  enrolledAt: Date;
}
