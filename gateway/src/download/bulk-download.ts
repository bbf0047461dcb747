import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { ErrorCode, type Logger } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { includeSampleParam } from '../export/export-definitions';
import { exportParams, fail, versionHeaders } from '../export/export-route';
import { JobQueryFailure, jobQuery } from '../export/job-query';
import { SDMX_PAGE } from '../export/sdmx-export';
import { BULK_FORMATS, buildBulkFiles, type BulkBuild, type BulkFormat, type BulkPage, type BulkSource, type DataVersion } from './bulk-build';
import { BULK_PAGE_QUERY, BULK_VERSION_QUERY } from './bulk-queries';

/** How often a build is tried again when writes keep coming while it reads. */
const ATTEMPTS = 3;

/** The graph as the bulk download reads it: through this gateway, as a job of its own outside every caller's budget. */
function graphSource(apollo: ApolloServer<GatewayContext>, includeSample: boolean): BulkSource {
  const run = jobQuery(() => apollo, 'bulk-download');
  return {
    version: async () => (await run<{ dataVersion: DataVersion }>(BULK_VERSION_QUERY, {})).dataVersion,
    page: (after) => run<BulkPage>(BULK_PAGE_QUERY, { includeSample, first: SDMX_PAGE, after }),
  };
}

export interface BulkDownload {
  /** `GET /download`: what the files of the current data version hold, with their sizes, checksums and URLs. */
  index: (req: Request, res: Response) => Promise<void>;
  /** `GET /download/data.csv`, `/download/data.ndjson`, and their `.sha256` sums. */
  file: (req: Request, res: Response) => Promise<void>;
}

/**
 * The whole public data set (every current value with its attributes and citation; sample values only with
 * `includeSample=true`) as one SDMX-CSV and one NDJSON file. The files are built once per data version, on
 * the first request after a change, and served from disk (ranges, conditional requests) with their SHA-256.
 * Concurrent requests share one build. A build that writes kept coming through is answered 503 with Retry-After.
 */
export function bulkDownload(apollo: ApolloServer<GatewayContext>, dir: string, log: Logger): BulkDownload {
  const built = new Map<boolean, BulkBuild>();
  const building = new Map<boolean, Promise<BulkBuild | null>>();

  async function build(includeSample: boolean): Promise<BulkBuild | null> {
    const source = graphSource(apollo, includeSample);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const started = Date.now();
      const result = await buildBulkFiles(source, dir, includeSample);
      if (result) {
        built.set(includeSample, result);
        log.info({ dataVersion: result.dataVersion.id, includeSample, values: result.values, ms: Date.now() - started }, 'bulk download built');
        return result;
      }
      log.info({ includeSample, attempt }, 'bulk download: data changed while it was built; building again');
    }
    return null;
  }

  /** The files of the current data version, built if they are not yet. */
  async function current(includeSample: boolean): Promise<BulkBuild | null> {
    const version = await graphSource(apollo, includeSample).version();
    const ready = built.get(includeSample);
    if (ready?.dataVersion.id === version.id) return ready;
    let pending = building.get(includeSample);
    if (!pending) {
      pending = build(includeSample).finally(() => building.delete(includeSample));
      building.set(includeSample, pending);
    }
    return pending;
  }

  /** The current build for the request, or undefined when the request has been answered with an error. */
  async function buildFor(req: Request, res: Response): Promise<BulkBuild | undefined> {
    const request = exportParams(req, res, (params) => {
      const unknown = [...params.keys()].filter((name) => name !== 'includeSample');
      if (unknown.length > 0) throw new Error(`The bulk download takes only "includeSample"; not ${unknown.map((name) => `"${name}"`).join(', ')} (for a selection, use /export/sdmx.csv).`);
      return includeSampleParam(params);
    });
    if (!request) return undefined;
    try {
      const result = await current(request.read);
      if (result) return result;
      res.set('Retry-After', '60');
      fail(res, 503, ErrorCode.SERVICE_UNAVAILABLE, `The data changed ${ATTEMPTS} times while the download was built; retry in a minute.`);
    } catch (error) {
      if (error instanceof JobQueryFailure) res.status(error.status).json(error.body);
      else {
        log.error({ err: error }, 'bulk download failed');
        fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The download could not be built.');
      }
    }
    return undefined;
  }

  const urlOf = (name: string, includeSample: boolean) => `/download/${name}${includeSample ? '?includeSample=true' : ''}`;

  return {
    async index(req, res) {
      const result = await buildFor(req, res);
      if (!result) return;
      versionHeaders(res.set('X-Includes-Sample', String(result.includeSample)), { dataVersion: result.dataVersion }).json({
        dataVersion: result.dataVersion,
        includesSample: result.includeSample,
        values: result.values,
        builtAt: result.builtAt,
        files: (Object.keys(BULK_FORMATS) as BulkFormat[]).map((format) => ({
          format,
          name: result.files[format].name,
          mediaType: BULK_FORMATS[format],
          bytes: result.files[format].bytes,
          sha256: result.files[format].sha256,
          url: urlOf(`data.${format}`, result.includeSample),
          checksumUrl: urlOf(`data.${format}.sha256`, result.includeSample),
        })),
      });
    },

    async file(req, res) {
      const [, format, checksum] = /^data\.(csv|ndjson)(\.sha256)?$/.exec(String(req.params.file)) ?? [];
      if (!format) return void fail(res, 404, ErrorCode.NOT_FOUND, 'The bulk download has data.csv, data.ndjson and their .sha256 sums; /download lists them.');
      const result = await buildFor(req, res);
      if (!result) return;
      const file = result.files[format as BulkFormat];
      versionHeaders(res.set('X-Includes-Sample', String(result.includeSample)), { dataVersion: result.dataVersion });
      // A checksum file as `sha256sum --check` reads it, beside the file of the same name.
      if (checksum) return void res.attachment(`${file.name}.sha256`).type('text/plain; charset=utf-8').send(`${file.sha256}  ${file.name}\n`);
      const digest = Buffer.from(file.sha256, 'hex').toString('base64');
      res
        .set({ ETag: `"sha256-${file.sha256}"`, 'Repr-Digest': `sha-256=:${digest}:`, 'X-Values-Count': String(result.values) })
        .attachment(file.name)
        .type(BULK_FORMATS[format as BulkFormat]);
      res.sendFile(file.path, { etag: false, lastModified: false }, (error) => {
        if (error && !res.headersSent) fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The download could not be sent.');
      });
    },
  };
}
