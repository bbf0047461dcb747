import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IndicatorsContext } from './context';
import { ObservationRevision, publicAuthor } from './observation-revision.entity';
import { Citation } from './citation/citation';
import { citationOf } from './citation/citation-rules';

@Resolver(() => ObservationRevision)
export class ObservationRevisionResolver {
  @FieldResolver(() => String, {
    description:
      'Who made the revision: the token subject for a signed-in reader; for an anonymous reader the role it was written in (`city_editor`, `verifier`, `admin`), `seed` for loaded sample data, or `contributor` for revisions recorded before roles were.',
  })
  author(@Root() revision: ObservationRevision, @Ctx() { identity }: IndicatorsContext): string {
    return identity.role === 'anonymous' ? publicAuthor(revision) : revision.author;
  }

  @FieldResolver(() => Citation, { nullable: true, description: 'Where the value of this revision was published; null when it was given with a free-text `source` only.' })
  citation(@Root() revision: ObservationRevision): Citation | null {
    return citationOf(revision.citationJson);
  }
}
