// The example queries of the README ("Example queries" and "For researchers"), extracted from their curl
// commands, so that the offline GraphiQL page opens with exactly the queries the README documents.
const fs = require('node:fs');
const path = require('node:path');
const { parse, print } = require('graphql');

const README_PATH = path.resolve(__dirname, '../../README.md');

/** @returns {{ title: string, query: string }[]} */
function readmeQueries(readme = fs.readFileSync(README_PATH, 'utf8')) {
  const queries = [];
  let title = '';
  for (const line of readme.split('\n')) {
    const heading = /^\*\*(\d+\.\s*)?(.+?)(\*\*|$)/.exec(line);
    if (heading) title = heading[2].replace(/[`*]/g, '').replace(/[,:(]+$/, '').trim();
    const curl = /^curl -s http:\/\/localhost:4000\/ .*-d '(\{"query".*\})'\s*$/.exec(line);
    if (!curl) continue;
    const { query } = JSON.parse(curl[1]);
    const name = title || `Example ${queries.length + 1}`;
    // GraphiQL names a tab after its operation: name each one after the README's heading.
    const document = parse(query);
    const operation = document.definitions[0];
    const operationName = operationNameOf(name, queries.length + 1);
    const named = { ...document, definitions: [{ ...operation, name: operation.name ?? { kind: 'Name', value: operationName } }, ...document.definitions.slice(1)] };
    queries.push({ title: name, query: `# ${name} (README)\n${print(named)}` });
  }
  return queries;
}

function operationNameOf(title, number) {
  const words = title.replace(/[^A-Za-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean).slice(0, 6);
  const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z]/.test(pascal) ? pascal : `Example${number}${pascal}`;
}

module.exports = { readmeQueries, README_PATH };
