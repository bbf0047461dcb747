import { exampleOperations } from '../helpers/example-operations';
import { documentationFiles, fencedBlocks, readRepositoryFile } from '../helpers/markdown-files';

/** Every `graphql` or `json` block of the documentation whose preceding line names a file of docs/examples/. */
function shownExamples() {
  return documentationFiles().flatMap((doc) =>
    fencedBlocks(readRepositoryFile(doc))
      .filter((block) => block.language === 'graphql' || block.language === 'json')
      .flatMap((block) => {
        const named = /`(docs\/examples\/[\w.-]+\.(?:graphql|json))`/.exec(block.lineBefore);
        return named ? [{ doc, file: named[1], content: block.content }] : [];
      }),
  );
}

describe('the example operations shown in the documentation', () => {
  const shown = shownExamples();

  it.each(shown.map((example) => [example.doc, example.file, example] as const))('%s shows %s exactly as the file holds it', (_doc, file, example) => {
    expect(example.content).toBe(readRepositoryFile(file));
  });

  it('include every operation of docs/examples/ at least once', () => {
    const shownFiles = new Set(shown.map((example) => example.file));
    expect(
      exampleOperations()
        .map((operation) => `docs/examples/${operation.name}.graphql`)
        .filter((file) => !shownFiles.has(file)),
    ).toEqual([]);
  });
});
