import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** Where a city is, for maps: its centre's coordinates and the source that states them (filled by the seed). */
export class AddCityLocation1765000000000 implements MigrationInterface {
  name = 'AddCityLocation1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('city', [
      new TableColumn({ name: 'latitude', type: 'decimal', precision: 9, scale: 6, isNullable: true }),
      new TableColumn({ name: 'longitude', type: 'decimal', precision: 9, scale: 6, isNullable: true }),
      new TableColumn({ name: 'location_source', type: 'varchar', length: '500', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('city', ['latitude', 'longitude', 'location_source']);
  }
}
