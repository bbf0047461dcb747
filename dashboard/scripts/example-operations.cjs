// The worked example operations of the documentation, one file each in docs/examples/: `<name>.graphql`,
// whose first line is a `# ` comment giving its title, and optionally `<name>.variables.json`. The GraphiQL
// page opens them as tabs and the tests run them, so the documented queries are the ones that work.
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES_DIR = path.resolve(__dirname, '../../docs/examples');

/** @returns {{ name: string, title: string, query: string, variables?: Record<string, unknown> }[]} in file-name order */
function exampleOperations(folder = EXAMPLES_DIR) {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const query = fs.readFileSync(path.join(folder, file), 'utf8');
      const title = /^# (.+)\n/.exec(query)?.[1];
      if (!title) throw new Error(`${path.join(folder, file)} must start with a "# <title>" line`);
      const variablesFile = path.join(folder, `${name}.variables.json`);
      const variables = fs.existsSync(variablesFile) ? JSON.parse(fs.readFileSync(variablesFile, 'utf8')) : undefined;
      return { name, title, query, ...(variables === undefined ? {} : { variables }) };
    });
}

module.exports = { exampleOperations, EXAMPLES_DIR };
