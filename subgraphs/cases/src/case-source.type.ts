import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A publication or programme a case description relies on.' })
export class CaseSource {
  @Field({ description: 'Title of the publication or programme.' })
  title: string;

  @Field({ description: 'Who published it.' })
  publisher: string;
}
