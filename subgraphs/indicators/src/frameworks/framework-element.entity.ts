import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One element of a framework (an initiative, a conference task, an SDG target, an ISO theme) with the indicators that serve it.' })
@Entity('framework_element')
@Index('idx_framework_element_framework', ['framework'])
export class FrameworkElement {
  @Field(() => ID, { description: 'Framework and code, e.g. `CCWC_2025:5`, `SDG_11:11.6`, `DECLARATION:4`, `ISO_37120:environment`.' })
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id: string;

  @Field(() => ID, { description: 'The framework: DECLARATION, CCWC_2025, SDG_11 or ISO_37120.' })
  @Column({ type: 'varchar', length: 32 })
  framework: string;

  @Field({ description: 'Code of the element within its framework.' })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field({ description: 'Title of the element.' })
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => Int, { description: 'Order within the framework.' })
  @Column({ type: 'integer' })
  position: number;
}

/** An indicator serves a framework element. */
@Entity('framework_element_indicator')
export class FrameworkElementIndicator {
  @PrimaryColumn({ name: 'element_id', type: 'varchar', length: 100 })
  elementId: string;

  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;
}
