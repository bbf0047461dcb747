/** The part of jsonstat-toolkit's API (https://jsonstat.com) the tests read JSON-stat back with; it ships no types. */
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string;
    unit?: { label?: string };
  }
  interface JsonStatDimension {
    label: string;
    length: number;
    id: string[];
    Category(id: string): JsonStatCategory | null;
  }
  interface JsonStatDataset {
    class: string;
    id: string[];
    size: number[];
    n: number;
    label: string | null;
    source: string | null;
    note: string[] | null;
    role: Record<'geo' | 'time' | 'metric' | 'classification', string[] | null>;
    extension: Record<string, unknown> | null;
    Dimension(id: string): JsonStatDimension | null;
    Data(query: Record<string, string>): { value: number | null; status: string | null } | null;
  }
  /** Reads a JSON-stat document (it changes the object it is given: pass a copy). */
  function JSONstat(document: object): JsonStatDataset;
  export = JSONstat;
}
