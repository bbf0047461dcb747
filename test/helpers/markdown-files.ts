import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@ugf/runtime';

/** The documentation's Markdown files, relative to the repository root: README.md, SECURITY.md, docs/ and the benchmark results' notes. */
export function documentationFiles(): string[] {
  const under = (folder: string): string[] =>
    fs.readdirSync(path.join(repoRoot, folder), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) return under(relative);
      return entry.name.endsWith('.md') ? [relative] : [];
    });
  return ['README.md', 'SECURITY.md', ...under('docs'), ...under('test/bench/results')];
}

export const readRepositoryFile = (relative: string): string => fs.readFileSync(path.join(repoRoot, relative), 'utf8');

/** Fenced code blocks with their language and the last non-empty line of text before each. */
export function fencedBlocks(markdown: string): { language: string; content: string; lineBefore: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => {
    const before = markdown.slice(0, match.index).trimEnd();
    return { language: match[1], content: match[2], lineBefore: before.slice(before.lastIndexOf('\n') + 1) };
  });
}
