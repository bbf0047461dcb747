/**
 * A hand-written file may hold generated regions: the lines between `# >>> generated: <id> …` and
 * `# <<< generated: <id>` (in Markdown `<!-- >>> generated: <id> … -->` and `<!-- <<< generated: <id> -->`)
 * are rewritten from the manifest or the settings' schema, the rest is left as it is.
 */
const commentOf = (file: string) => (file.endsWith('.md') ? '<!--' : '#');
const begin = (comment: string, id: string) => new RegExp(`^[ \\t]*${comment} >>> generated: ${id}\\b.*\\n`, 'm');
const end = (comment: string, id: string) => new RegExp(`^[ \\t]*${comment} <<< generated: ${id}\\b.*$`, 'm');

/** `text` with each region's lines replaced by `regions[id]` (lines ending in a newline); throws, naming the file, when a marker is missing. */
export function replaceRegions(file: string, text: string, regions: Record<string, string>): string {
  const comment = commentOf(file);
  let result = text;
  for (const [id, content] of Object.entries(regions)) {
    const opening = begin(comment, id).exec(result);
    if (!opening) throw new Error(`${file} has no "${comment} >>> generated: ${id}" line`);
    const afterOpening = opening.index + opening[0].length;
    const closing = end(comment, id).exec(result.slice(afterOpening));
    if (!closing) throw new Error(`${file} has no "${comment} <<< generated: ${id}" line after its opening one`);
    result = result.slice(0, afterOpening) + content + result.slice(afterOpening + closing.index);
  }
  return result;
}
