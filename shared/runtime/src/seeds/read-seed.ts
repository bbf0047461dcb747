import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { loadSettings } from '../config/settings-schema';

/** Reads and validates one JSON file of `seeds/`; a malformed file stops start-up with the exact problem. */
export function readSeed<S extends z.ZodType>(file: string, schema: S, dir = loadSettings().SEEDS_DIR): z.infer<S> {
  const fullPath = path.join(dir, file);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(fullPath, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid seed file ${fullPath}: ${issues}`);
  }
  return parsed.data;
}
