import { z } from 'zod';
import { LIST_SIZE, readSeed } from '@ugf/runtime';

/** The SDMX code of the total of a dimension: a breakdown part with it is the same as leaving the dimension out. */
export const TOTAL_CODE = '_T';

const codeEntry = z.object({ code: z.string().regex(/^[A-Z0-9_]{1,20}$/), label: z.string().min(1), labelZh: z.string().min(1) });

const dimensionsFile = z.object({
  source: z.string().min(1),
  dimensions: z.array(
    z.object({
      id: z.string().regex(/^[A-Z][A-Z_]{0,29}$/),
      label: z.string().min(1),
      labelZh: z.string().min(1),
      codes: z.union([z.array(codeEntry), z.literal('districts.json')]),
    }),
  ),
  indicatorDimensions: z.record(z.string(), z.array(z.string())),
});

const districtsFile = z.object({ source: z.string().min(1), codes: z.array(codeEntry.extend({ cityId: z.string().min(1) })) });

export interface DimensionCodeEntry {
  dimension: string;
  code: string;
  label: string;
  labelZh: string;
  /** The city a DISTRICT code belongs to; null for codes of every city. */
  cityId: string | null;
}

export interface DimensionEntry {
  id: string;
  label: string;
  labelZh: string;
  codes: DimensionCodeEntry[];
}

export interface DimensionRegistry {
  dimensions: DimensionEntry[];
  dimension(id: string): DimensionEntry | undefined;
  code(dimension: string, code: string): DimensionCodeEntry | undefined;
  /** The dimensions an indicator may be broken down by, in registry order. */
  indicatorDimensions(indicatorCode: string): string[];
}

export function buildRegistry(dir?: string): DimensionRegistry {
  const file = readSeed('dimensions.json', dimensionsFile, dir);
  const districts = readSeed('districts.json', districtsFile, dir);
  const dimensions: DimensionEntry[] = file.dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.label,
    labelZh: dimension.labelZh,
    codes: (dimension.codes === 'districts.json' ? districts.codes : dimension.codes.map((entry) => ({ ...entry, cityId: null }))).map((entry) => ({
      dimension: dimension.id,
      code: entry.code,
      label: entry.label,
      labelZh: entry.labelZh,
      cityId: entry.cityId,
    })),
  }));
  const byId = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  const codes = new Map(dimensions.flatMap((dimension) => dimension.codes.map((entry) => [`${dimension.id}=${entry.code}`, entry] as const)));
  for (const [indicator, declared] of Object.entries(file.indicatorDimensions)) {
    const unknown = declared.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw new Error(`seeds/dimensions.json: ${indicator} declares unknown dimension(s) ${unknown.join(', ')}`);
    if (declared.length > LIST_SIZE.breakdownParts) throw new Error(`seeds/dimensions.json: ${indicator} declares more than ${LIST_SIZE.breakdownParts} dimensions`);
  }
  const order = dimensions.map((dimension) => dimension.id);
  return {
    dimensions,
    dimension: (id) => byId.get(id),
    code: (dimension, code) => codes.get(`${dimension}=${code}`),
    indicatorDimensions: (indicatorCode) => order.filter((id) => file.indicatorDimensions[indicatorCode]?.includes(id)),
  };
}

let registry: DimensionRegistry | undefined;

/** The registry of `seeds/dimensions.json` and `seeds/districts.json`, read once per process. */
export function dimensionRegistry(): DimensionRegistry {
  registry ??= buildRegistry();
  return registry;
}
