import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';

/** One client's GraphQL Code Generator run: its folder, the folder it writes (relative to it) and its codegen config. */
export interface ClientCodegen {
  dir: string;
  outputDir: string;
  config: Types.Config;
}

export interface GeneratedFile {
  /** Relative to the client's folder. */
  path: string;
  content: string;
}

/** The files the generator would write, without writing them. */
export async function generatedFiles({ dir, config }: ClientCodegen): Promise<GeneratedFile[]> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    // The generator's own typing leaves its answer untyped: without saving, it is the list of files it would write.
    const outputs = (await generate({ ...config, cwd: dir }, false)) as Types.FileOutput[];
    return outputs.map((output) => ({ path: path.relative(dir, path.resolve(dir, output.filename)), content: output.content }));
  } finally {
    process.chdir(cwd);
  }
}

/** The generated files that differ from the committed ones or are missing (`stale`), and committed ones the generator no longer writes (`extra`). */
export async function checkGenerated(client: ClientCodegen): Promise<{ files: string[]; stale: string[]; extra: string[] }> {
  const files = await generatedFiles(client);
  const committedDir = path.join(client.dir, client.outputDir);
  const committed = fs.existsSync(committedDir) ? fs.readdirSync(committedDir).map((name) => path.join(client.outputDir, name)) : [];
  const current = (file: GeneratedFile) => {
    const location = path.join(client.dir, file.path);
    return fs.existsSync(location) && fs.readFileSync(location, 'utf8') === file.content;
  };
  return {
    files: files.map((file) => file.path),
    stale: files.filter((file) => !current(file)).map((file) => file.path),
    extra: committed.filter((name) => !files.some((file) => path.normalize(file.path) === path.normalize(name))),
  };
}

/** Replaces the client's output folder with what the generator writes. */
export async function writeGenerated(client: ClientCodegen): Promise<string[]> {
  const files = await generatedFiles(client);
  fs.rmSync(path.join(client.dir, client.outputDir), { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(client.dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
  return files.map((file) => file.path);
}

/**
 * A client's `codegen` script: writes the files, or with `--check` prints `{ files, stale, extra }` as JSON and
 * exits 1 when anything is stale or extra (the tests run it so).
 */
export function runCodegenCli(client: ClientCodegen, argv = process.argv): void {
  const run = async () => {
    if (argv.includes('--check')) {
      const result = await checkGenerated(client);
      console.log(JSON.stringify(result));
      if (result.stale.length || result.extra.length) process.exitCode = 1;
      return;
    }
    console.log(`wrote ${(await writeGenerated(client)).join(', ')}`);
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
