import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * `node test/bench/dist/profile-summary.js <file.cpuprofile>…`: the functions with the most self time in
 * CPU profiles written by `npm run bench -- --cpu-prof`, grouped by package, then by function.
 */
function summarise(file: string): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '');
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where.startsWith('node:') || where === '' ? '(node internals / GC / idle)' : path.relative(process.cwd(), where).split('/').slice(0, 2).join('/'));
    const key = `${functionName || '(anonymous)'} ${path.basename(where)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  console.log(
    `\n${path.basename(file)} (${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s)\nby package:\n${top(byPackage, 12).join('\n')}\nby function (self time):\n${top(byFunction, 20).join('\n')}`,
  );
}

for (const file of process.argv.slice(2)) summarise(file);
