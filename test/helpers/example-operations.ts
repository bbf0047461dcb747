export interface ExampleOperation {
  /** The file name without `.graphql`, e.g. `04-ranking-hotline-2024`. */
  name: string;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script of the dashboard, which its Vite build reads too
const examples = require('../../dashboard/scripts/example-operations.cjs') as { exampleOperations: (folder?: string) => ExampleOperation[]; EXAMPLES_DIR: string };

/** The documentation's example operations (docs/examples/), in file-name order. */
export const exampleOperations = (folder?: string): ExampleOperation[] => examples.exampleOperations(folder);
export const EXAMPLES_DIR = examples.EXAMPLES_DIR;
