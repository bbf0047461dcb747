import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@ugf/runtime';
import { documentationFiles, readRepositoryFile } from '../helpers/markdown-files';

// Guides written on other branches of issue 15; the links to them are in place for the merge.

const TOP_LEVEL = new Set(fs.readdirSync(repoRoot));

/** Relative link targets (`[text](target)`, images included), without their `#anchor`, resolved from the repository root. */
function linkTargets(doc: string, markdown: string): { written: string; resolved: string }[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^(?:[a-z]+:|#)/.test(target))
    .map((written) => ({ written, resolved: path.posix.normalize(path.posix.join(path.posix.dirname(doc), written.split('#')[0])) }));
}

/** Words of inline code (outside fenced blocks) that are paths from the repository root: they start with one of its top-level entries. */
function backtickedPaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/`([^`\n]+)`/g)].flatMap((match) => match[1].split(/\s+/)).filter((word) => word.includes('/') && !/[<>*{}…$]/.test(word) && TOP_LEVEL.has(word.split('/')[0]));
}

/** Paths that git ignores (built or generated, e.g. dashboard/dist), which a checkout need not hold. */
function ignoredByGit(paths: string[]): Set<string> {
  if (paths.length === 0) return new Set();
  const run = spawnSync('git', ['check-ignore', '--stdin'], { cwd: repoRoot, input: paths.join('\n'), encoding: 'utf8' });
  return new Set(run.stdout.split('\n').filter(Boolean));
}

function brokenReferences(doc: string): string[] {
  const markdown = readRepositoryFile(doc);
  const references = [
    ...linkTargets(doc, markdown).map(({ written, resolved }) => ({ what: `link (${written})`, resolved })),
    ...backtickedPaths(markdown).map((written) => ({ what: `path \`${written}\``, resolved: path.posix.normalize(written) })),
  ].filter(({ resolved }) => !fs.existsSync(path.join(repoRoot, resolved)));
  const ignored = ignoredByGit(references.map(({ resolved }) => resolved));
  return references.filter(({ resolved }) => !ignored.has(resolved)).map(({ what, resolved }) => `${doc}: ${what} names ${resolved}, which does not exist`);
}

describe('links and repository paths in the documentation', () => {
  it('finds the documentation files', () => {
    expect(documentationFiles()).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'docs/README.md']));
  });

  it.each(documentationFiles())('%s names only files that exist', (doc) => {
    expect(brokenReferences(doc)).toEqual([]);
  });

  it('reports a missing file with the document and the link that names it', () => {
    const dir = fs.mkdtempSync(path.join(repoRoot, 'docs', '.links-test-'));
    const doc = path.posix.join('docs', path.basename(dir), 'broken.md');
    try {
      fs.writeFileSync(path.join(repoRoot, doc), 'See [the guide](../no-such-guide.md#top) and `shared/src/no-such-file.ts`.\n');
      expect(brokenReferences(doc)).toEqual([
        `${doc}: link (../no-such-guide.md#top) names docs/no-such-guide.md, which does not exist`,
        `${doc}: path \`shared/src/no-such-file.ts\` names shared/src/no-such-file.ts, which does not exist`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
