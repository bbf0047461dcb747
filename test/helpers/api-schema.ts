// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script of the dashboard, shared with `npm run codegen -w dashboard`
const script = require('../../dashboard/scripts/api-schema.cjs') as { apiSchemaSdl: () => string };

/** The API schema of the committed supergraph, as SDL without federation's join directives. */
export const apiSchemaSdl = (): string => script.apiSchemaSdl();
