import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { SDMX_COLUMN_NAMES } from '@ugf/import-client';
import type { DataVersionAnswer } from '../export/export-definitions';
import { CSV_OPTIONS } from '../export/export-route';
import { sdmxRow, type SdmxObservation } from '../export/sdmx-export';
import { bulkRecord } from './bulk-record';
import { HashedFile } from './hashed-file';

/** The bulk download's formats and their media types: SDMX-CSV (as `/export/sdmx.csv` writes it) and NDJSON. */
export const BULK_FORMATS = { csv: 'text/csv; charset=utf-8; header=present', ndjson: 'application/x-ndjson; charset=utf-8' } as const;
export type BulkFormat = keyof typeof BULK_FORMATS;

export type DataVersion = DataVersionAnswer['dataVersion'];

export interface BulkFile {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
}

/** The files of one data version: both hold the same values, read once. */
export interface BulkBuild {
  dataVersion: DataVersion;
  includeSample: boolean;
  values: number;
  builtAt: string;
  files: Record<BulkFormat, BulkFile>;
}

export interface BulkPage {
  observations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SdmxObservation[] };
}

/** What a build reads: the data version now, and the page of values after a cursor (null for the first). */
export interface BulkSource {
  version(): Promise<DataVersion>;
  page(after: string | null): Promise<BulkPage>;
}

const variant = (includeSample: boolean) => (includeSample ? 'ugf-data-with-sample-values' : 'ugf-data');
/** The file's name: the data set, the data version (letters, digits, dots) and the format. */
export const bulkFileName = (includeSample: boolean, versionId: string, format: BulkFormat) => `${variant(includeSample)}-${versionId.replace(/[^\w.]/g, '_')}.${format}`;
const isVariantFile = (includeSample: boolean, name: string) => new RegExp(`^${variant(includeSample)}-[\\w.]+\\.(csv|ndjson)$`).test(name);

/**
 * Writes every value the source lists into an SDMX-CSV and an NDJSON file in `dir`, a page at a time (memory
 * holds one page whatever the size), counting each file's SHA-256 as it is written. The data version is read
 * before the first page and after the last: when they differ, a write came in between, the files are
 * discarded and the answer is null. Finished files replace the variant's files of earlier versions.
 */
export async function buildBulkFiles(source: BulkSource, dir: string, includeSample: boolean): Promise<BulkBuild | null> {
  await fs.promises.mkdir(dir, { recursive: true });
  const building = randomUUID();
  const writers = { csv: new HashedFile(path.join(dir, `.building-${building}.csv`)), ndjson: new HashedFile(path.join(dir, `.building-${building}.ndjson`)) };
  const discard = () => Promise.all(Object.values(writers).map((writer) => writer.discard()));
  try {
    const before = await source.version();
    let values = 0;
    await writers.csv.write(stringify([SDMX_COLUMN_NAMES], CSV_OPTIONS));
    for (let after: string | null = null; ;) {
      const { observations } = await source.page(after);
      values += observations.nodes.length;
      await writers.csv.write(stringify(observations.nodes.map(sdmxRow), CSV_OPTIONS));
      await writers.ndjson.write(observations.nodes.map((node) => `${JSON.stringify(bulkRecord(node))}\n`).join(''));
      if (!observations.pageInfo.hasNextPage) break;
      after = observations.pageInfo.endCursor;
    }
    const sums = { csv: await writers.csv.finish(), ndjson: await writers.ndjson.finish() };
    if ((await source.version()).id !== before.id) {
      await discard();
      return null;
    }
    const files = {} as Record<BulkFormat, BulkFile>;
    for (const format of Object.keys(writers) as BulkFormat[]) {
      const name = bulkFileName(includeSample, before.id, format);
      await fs.promises.rename(writers[format].path, path.join(dir, name));
      files[format] = { name, path: path.join(dir, name), bytes: writers[format].bytes, sha256: sums[format] };
    }
    const kept = new Set(Object.values(files).map((file) => file.name));
    for (const name of await fs.promises.readdir(dir)) {
      if (isVariantFile(includeSample, name) && !kept.has(name)) await fs.promises.rm(path.join(dir, name), { force: true });
    }
    return { dataVersion: before, includeSample, values, builtAt: new Date().toISOString(), files };
  } catch (error) {
    await discard();
    throw error;
  }
}
