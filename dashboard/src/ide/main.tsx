import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import examples from 'virtual:example-operations';
import 'graphiql/style.css';

// The page is served at the gateway's GraphQL URL itself (`/` or `/graphql`): queries go back there.
const url = `${window.location.origin}${window.location.pathname}`;
const fetcher = createGraphiQLFetcher({ url });
const defaultTabs = examples.map(({ query, variables }) => ({ query, variables: variables === undefined ? undefined : JSON.stringify(variables, null, 2) }));

createRoot(document.getElementById('graphiql') as HTMLElement).render(
  <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultQuery={examples[0]?.query} shouldPersistHeaders={false} defaultEditorToolsVisibility />,
);
