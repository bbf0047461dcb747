/** Empty lines between records are skipped by the parser; the next record starts after them. */
export function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let position = offset;
  while (position < bytes.length && (bytes[position] === 0x0a || bytes[position] === 0x0d)) position++;
  return position;
}

/** Maps a byte offset of the file to its 1-based physical line; LF, CRLF and a lone CR each end a line. */
export function lineIndex(bytes: Uint8Array): { lineAt(offset: number): number } {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return {
    lineAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}
