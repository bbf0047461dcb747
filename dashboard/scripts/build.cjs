// Builds the dashboard (and the GraphiQL page) into dashboard/dist unless it is already built from the
// same inputs: part of `npm run build`, so `npm start` and `npm test` serve a current build, while a
// rebuild costs nothing when no input changed. `--force` always builds.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const DASHBOARD = path.resolve(__dirname, '..');
const ROOT = path.resolve(DASHBOARD, '..');
const DIST = path.join(DASHBOARD, 'dist');
const STAMP = path.join(DIST, '.inputs-sha256');
const INPUTS = [
  'dashboard/src',
  'dashboard/index.html',
  'dashboard/graphiql.html',
  'dashboard/vite.config.ts',
  'dashboard/package.json',
  'docs/examples', // the GraphiQL page's example tabs
  'dashboard/scripts/example-operations.cjs',
  'seeds/templates/observations.csv',
  'shared/import-client/src', // the Submit page's CSV checks
  'package-lock.json',
];

function filesUnder(relative) {
  const absolute = path.join(ROOT, relative);
  if (!fs.existsSync(absolute)) return [];
  if (fs.statSync(absolute).isFile()) return [relative];
  return fs
    .readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

function inputsHash() {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

const hash = inputsHash();
const built = fs.existsSync(path.join(DIST, 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash;
if (built && !process.argv.includes('--force')) process.exit(0);
console.log('Building the dashboard (dashboard/dist)…');
const vite = spawnSync(process.execPath, [path.join(path.dirname(require.resolve('vite/package.json', { paths: [DASHBOARD] })), 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: DASHBOARD,
  stdio: 'inherit',
});
if (vite.status !== 0) process.exit(vite.status ?? 1);
fs.writeFileSync(STAMP, `${hash}\n`);
