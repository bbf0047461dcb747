import { manyByKey, oneByKey } from '@ugf/runtime';

describe('DataLoader batch helpers', () => {
  const rows = [
    { id: 'b', city: 'x' },
    { id: 'a', city: 'y' },
    { id: 'c', city: 'x' },
  ];

  it('answers one row per key in key order, with null for a key that has no row', () => {
    expect(oneByKey(['a', 'missing', 'b'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
  });

  it('groups rows per key in query order, with an empty list for a key that has none', () => {
    expect(manyByKey(['x', 'z', 'y'], rows, (row) => row.city)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });

  it('answers a repeated key for each occurrence', () => {
    expect(oneByKey(['a', 'a'], rows, (row) => row.id)).toEqual([rows[1], rows[1]]);
  });
});
