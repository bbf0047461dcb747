import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An international or national indicator framework that an indicator follows.' })
export class FrameworkReference {
  @Field({ description: 'The framework, e.g. "ISO 37120:2018" or "SDG".' })
  framework: string;

  @Field({ description: 'The indicator number within the framework (e.g. "11.6.2"); empty when not stated.' })
  ref: string;

  @Field({ description: "The framework's own name for the indicator." })
  label: string;
}
