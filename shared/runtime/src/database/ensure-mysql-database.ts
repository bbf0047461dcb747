import mysql from 'mysql2/promise';

/** Runs one statement about the database named in a `mysql://…/name` URL, connected to the server itself. */
async function onServer(databaseUrl: string, statement: (quotedName: string) => string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Invalid MySQL database name "${name}"`);
  url.pathname = '/';
  url.protocol = 'mysql:';
  const connection = await mysql.createConnection({ uri: url.toString() });
  try {
    await connection.query(statement(`\`${name}\``));
  } finally {
    await connection.end();
  }
}

/** Creates the database when it does not exist (local runs and tests; production provisions its own). */
export function ensureMysqlDatabase(databaseUrl: string): Promise<void> {
  return onServer(databaseUrl, (name) => `CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

export function dropMysqlDatabase(databaseUrl: string): Promise<void> {
  return onServer(databaseUrl, (name) => `DROP DATABASE IF EXISTS ${name}`);
}
