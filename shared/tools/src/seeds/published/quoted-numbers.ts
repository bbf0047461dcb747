/**
 * The numbers a quoted sentence states, as the source writes them: full-width digits and points (３２．５),
 * thousands separators (1,779.01) and a following percent sign or unit are all allowed.
 */
export function quotedNumbers(quote: string): number[] {
  const halfWidth = quote.replace(/[０-９．]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
  return [...halfWidth.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, '')));
}

/** Whether the quote states `value` (27 matches "27.0"; 2.3 does not match "2.37"). */
export function quoteStates(quote: string, value: number): boolean {
  return quotedNumbers(quote).some((number) => number === value);
}
