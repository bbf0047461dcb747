import { indicatorsSubgraph } from '@ugf/indicators';
import { ANONYMOUS, type Identity, Role } from '@ugf/runtime';
import { openSubgraph, type SubgraphHarness } from '../helpers/subgraph-harness';
import { gql } from '../helpers/typed-query';

type Revisions<R> = { _entities: { observations: { nodes: { revisions: R[] }[] } }[] };
const SUBMIT = gql<{ submitObservations: { items: { observation: { id: string; revision: number } }[] } }>(
  `mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { items { observation { id revision } } } }`,
);
const REVIEW = `mutation ($id: ID!, $revision: Int!) { reviewObservation(id: $id, revision: $revision, decision: VERIFIED, comment: "Matches the yearbook") { id } }`;
const HISTORY = gql<Revisions<{ revision: number; author: string }>>(
  `{ _entities(representations: [{ __typename: "City", id: "jinan" }]) { ... on City { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2025") { nodes { id revisions { revision author } } } } } }`,
);

describe('who wrote a revision, as each reader sees it', () => {
  let subgraph: SubgraphHarness;
  const editor: Identity = { sub: 'jinan-data-team-lead', role: Role.CITY_EDITOR, cityId: 'jinan' };
  const verifier: Identity = { sub: 'verifier-wang', role: Role.VERIFIER };
  const researcher: Identity = { sub: 'researcher-li', role: Role.RESEARCHER };

  beforeAll(async () => {
    subgraph = await openSubgraph(indicatorsSubgraph);
    const submitted = await subgraph.execute(
      SUBMIT,
      { input: { idempotencyKey: 'author-1', items: [{ cityId: 'jinan', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 93.5, source: 'Jinan 12345 hotline report' }] } },
      editor,
    );
    const { id, revision } = submitted.data!.submitObservations.items[0].observation;
    expect((await subgraph.execute(REVIEW, { id, revision }, verifier)).errors).toBeUndefined();
  });
  afterAll(() => subgraph?.close());

  const authors = async (identity: Identity) => (await subgraph.execute(HISTORY, {}, identity)).data?._entities[0].observations.nodes[0].revisions.map((entry) => entry.author);

  it('shows anonymous readers the role each revision was written in, never the token subject', async () => {
    expect(await authors(ANONYMOUS)).toEqual([Role.CITY_EDITOR, Role.VERIFIER]);
  });

  it('shows signed-in readers who wrote each revision', async () => {
    expect(await authors(researcher)).toEqual([editor.sub, verifier.sub]);
  });

  it('shows seeded values as written by the seed to everyone', async () => {
    const seeded = gql<Revisions<{ author: string }>>(
      `{ _entities(representations: [{ __typename: "City", id: "jinan" }]) { ... on City { observations(indicatorCode: "HOTLINE_RESOLUTION_RATE", period: "2020") { nodes { revisions { author } } } } } }`,
    );
    for (const identity of [ANONYMOUS, researcher]) expect((await subgraph.execute(seeded, {}, identity)).data?._entities[0].observations.nodes[0].revisions).toEqual([{ author: 'seed' }]);
  });
});
