// The part of citation-js (https://citation.js.org) the "cite this" endpoint uses; the packages ship no types.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object | object[]);
    format(format: 'bibtex' | 'ris', options?: object): string;
    format(format: 'data', options: { format: 'object' }): object[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
