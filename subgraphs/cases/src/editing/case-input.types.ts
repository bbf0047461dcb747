import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A publication or programme a case relies on.' })
export class CaseSourceInput {
  @Field({ description: 'Title of the publication or programme (1–300 characters).' })
  title: string;

  @Field({ description: 'Who published it (1–200 characters).' })
  publisher: string;
}

@InputType({ description: 'The editable content of a case; every field is optional in an update.' })
export class CaseContentInput {
  @Field(() => String, { nullable: true, description: 'English title, 1–200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese title, 1–200 characters.' })
  titleZh?: string | null;

  @Field(() => String, { nullable: true, description: 'What the practice is and how it works, 20–5,000 characters.' })
  summary?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the practice started, 1978 to this year.' })
  year?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Initiatives of the declaration it serves: 1 to 10 ids from "1" to "10".' })
  initiativeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Indicator codes it aims to move (up to 10).' })
  indicatorCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Lowercase kebab-case tags (up to 10).' })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'What changed (up to 10 statements of up to 500 characters).' })
  outcomes?: string[] | null;

  @Field(() => [CaseSourceInput], { nullable: true, description: 'Where the description comes from (1 to 10).' })
  sources?: CaseSourceInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True for an illustrative example rather than a documented programme.' })
  illustrative?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the case is added or changed (up to 2,000 characters); kept with the revision.' })
  note?: string | null;
}

@InputType({ description: 'A new case: the city it belongs to and its full content.' })
export class NewCaseInput extends CaseContentInput {
  @Field(() => ID, { description: 'City of the practice; a city editor may only submit for their own city.' })
  cityId: string;
}
