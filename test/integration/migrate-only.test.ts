import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { citiesSubgraph, City } from '@ugf/cities';
import { createDataSource, repoRoot } from '@ugf/runtime';
import { freshDatabases } from '../helpers/test-database';

const citiesMain = path.join(repoRoot, 'subgraphs', 'cities', 'dist', 'main.js');
const seededCities = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'seeds', 'cities.json'), 'utf8')) as unknown[]).length;

/** Runs `node subgraphs/cities/dist/main.js --migrate-only`; resolves with its exit code, or rejects when it keeps running. */
function migrateOnly(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [citiesMain, '--migrate-only'], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'info', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`--migrate-only did not exit within 30 s:\n${output}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a subgraph started with --migrate-only', () => {
  const databases = freshDatabases();
  afterAll(() => databases.drop());

  const databaseEnv = (name: string): NodeJS.ProcessEnv => {
    const url = databases.urlOf('cities');
    return url ? { DATABASE_URL: `${url}_${name}`, DATABASE_CREATE: 'true' } : { DATABASE_URL: '', SQLITE_PATH: path.join(databases.dataDir, `${name}.sqlite`) };
  };

  async function inspect(env: NodeJS.ProcessEnv): Promise<{ pendingMigrations: boolean; cities: number }> {
    const db = createDataSource({
      databaseUrl: env.DATABASE_URL || undefined,
      sqlitePath: env.SQLITE_PATH ?? '',
      entities: citiesSubgraph.entities,
      migrations: citiesSubgraph.migrations,
    });
    await db.initialize();
    try {
      return { pendingMigrations: await db.showMigrations(), cities: await db.getRepository(City).count() };
    } finally {
      if (env.DATABASE_URL) await db.query(`DROP DATABASE \`${new URL(env.DATABASE_URL).pathname.slice(1)}\``);
      await db.destroy();
    }
  }

  it('migrates and seeds its database, then exits 0 without serving', async () => {
    const env = databaseEnv('seeded');
    const first = await migrateOnly(env);
    expect(first.code).toBe(0);
    expect(first.output).toContain('cities database migrated');
    expect(first.output).not.toContain('listening');
    const second = await migrateOnly(env);
    expect(second.code).toBe(0);
    expect(await inspect(env)).toEqual({ pendingMigrations: false, cities: seededCities });
  }, 60_000);

  it('with SEED=false applies the migrations and loads no rows', async () => {
    const env = { ...databaseEnv('unseeded'), SEED: 'false' };
    expect((await migrateOnly(env)).code).toBe(0);
    expect(await inspect(env)).toEqual({ pendingMigrations: false, cities: 0 });
  }, 60_000);

  it('exits 1, naming the setting, when a setting is malformed', async () => {
    const result = await migrateOnly({ DATABASE_URL: 'postgres://nowhere/db' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('DATABASE_URL');
  }, 60_000);
});
