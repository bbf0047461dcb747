import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalToNumber } from '@ugf/runtime';
import { AdminLevel, PopulationBasis, Region } from './city.enums';
import { CityLocation } from './city-location.type';
import { PopulationFigure } from './population-figure.type';

@ObjectType({ description: 'A city that reports on the Beijing Declaration (one of the 13 signatories, or a city added later).' })
@Directive('@key(fields: "id")')
@Entity('city')
@Index('idx_city_region', ['region'])
export class City {
  @Field(() => ID, { description: 'Stable lowercase slug, e.g. `beijing`, `xiongan`.' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Field({ description: 'English name.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'Chinese name (简体中文).' })
  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Field(() => String, { nullable: true, description: 'Province or autonomous region in English; null for the four municipalities, which are province-level themselves.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true, description: 'Province in Chinese; null for municipalities.' })
  @Column({ name: 'province_zh', type: 'varchar', length: 64, nullable: true })
  provinceZh: string | null;

  @Field(() => Region, { description: "Region by the National Bureau of Statistics' four-region division." })
  @Column({ type: 'varchar', length: 16 })
  region: Region;

  @Field(() => AdminLevel, { description: 'Administrative level.' })
  @Column({ name: 'admin_level', type: 'varchar', length: 32 })
  adminLevel: AdminLevel;

  @Field({ description: 'Whether the city is the capital of its province or autonomous region.' })
  @Column({ name: 'is_provincial_capital', type: 'boolean' })
  isProvincialCapital: boolean;

  @Field(() => Int, { description: 'Resident population at the reference date of `populationFigure` (2020 census for the signatories). Use it as the denominator of per-capita figures.' })
  @Column({ type: 'integer' })
  population: number;

  @Column({ name: 'population_year', type: 'integer' })
  populationYear: number;

  @Column({ name: 'population_basis', type: 'varchar', length: 16 })
  populationBasis: PopulationBasis;

  @Column({ name: 'population_source', type: 'varchar', length: 255 })
  populationSource: string;

  @Column({ name: 'population_note', type: 'varchar', length: 500, nullable: true })
  populationNote: string | null;

  @Field(() => Float, { nullable: true, description: 'Administrative area in km², where known; see `areaSource`.' })
  @Column({ name: 'area_km2', type: 'decimal', precision: 12, scale: 2, nullable: true, transformer: decimalToNumber })
  areaKm2: number | null;

  @Field(() => String, { nullable: true, description: 'Where the area figure comes from and how exact it is.' })
  @Column({ name: 'area_source', type: 'varchar', length: 255, nullable: true })
  areaSource: string | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimalToNumber })
  latitude: number | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimalToNumber })
  longitude: number | null;

  @Column({ name: 'location_source', type: 'varchar', length: 500, nullable: true })
  locationSource: string | null;

  @Field(() => CityLocation, { nullable: true, description: "The city centre's coordinates, for maps; null where no source states them." })
  get location(): CityLocation | null {
    if (this.latitude === null || this.longitude === null || this.locationSource === null) return null;
    return { latitude: this.latitude, longitude: this.longitude, source: this.locationSource };
  }

  @Field(() => [String], { description: 'Named peer groups the city belongs to (e.g. `municipalities`, `megacities`, `greater-bay-area`).' })
  @Column({ name: 'peer_groups', type: 'simple-json' })
  peerGroups: string[];

  @Field(() => PopulationFigure, { description: 'The population figure with its year, basis, source and boundary notes.' })
  get populationFigure(): PopulationFigure {
    return {
      value: this.population,
      year: this.populationYear,
      basis: this.populationBasis,
      source: this.populationSource,
      note: this.populationNote,
    };
  }
}
