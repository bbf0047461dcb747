import path from 'node:path';
import { repoRoot } from '../paths';
import { databaseUrl, filePath, flag, wholeNumber } from './setting-forms';
import { section, setting } from './setting';

export const subgraphSettings = section('A subgraph (`node subgraphs/<name>/dist/main.js`)', {
  DATABASE_URL: setting(databaseUrl, {
    description: '`mysql://user:pw@host:3306/db` for MySQL 8, `mariadb://…` for MariaDB (TypeORM reads their catalogues differently); URL-encode special characters in passwords',
    unset: 'SQLite at `SQLITE_PATH`',
    example: 'mysql://user:pw@host:3306/ugf_cities',
  }),
  SQLITE_PATH: setting(filePath, { description: 'the SQLite file when no `DATABASE_URL` is set', unset: '`$DATA_DIR/<subgraph>.sqlite`', example: './data/cities.sqlite' }),
  DATABASE_CREATE: setting(flag, { description: 'create its MySQL database when missing (`npm start` sets `true`)', default: false }),
  SEED: setting(flag, { description: 'load the missing rows of `seeds/` at start-up (`false` on replicas whose migration job has seeded the database)', default: true }),
  SEED_SAMPLE_DATA: setting(flag, {
    description: 'with `SEED`, also load the synthetic sample values, targets and illustrative cases, not only the reference data (cities, initiatives, catalogue, frameworks, documented cases)',
    unset: 'on, except with `NODE_ENV=production`',
  }),
  SEEDS_DIR: setting(filePath, { description: 'where the seed files are', default: path.join(repoRoot, 'seeds'), shown: '`seeds/` in the repository', example: './seeds' }),
  EXPOSE_SQL_STATS: setting(flag, { description: 'serve `GET /stats/sql` (statements run so far), for tests and benchmarks', default: false }),
  CACHE_MAX_AGE: setting(wholeNumber(0, 31_536_000), { description: 'seconds for which query answers may be cached (`Cache-Control: max-age`)', default: 60 }),
  MAX_RESOLVED_OBJECTS: setting(wholeNumber(1, 100_000_000), { description: 'objects (items of lists) one request may resolve before it is stopped with `RESULT_TOO_LARGE`', default: 200_000 }),
});
