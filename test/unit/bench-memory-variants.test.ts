import { parseVariants } from '../bench/memory/variants';

describe('bench:memory variants', () => {
  it('reads each gateway setting, keeping ":" and "=" inside a value', () => {
    expect(parseVariants('default=|heap384=NODE_OPTIONS:--max-old-space-size=384,MALLOC_ARENA_MAX:2')).toEqual([
      { name: 'default', env: {} },
      { name: 'heap384', env: { NODE_OPTIONS: '--max-old-space-size=384', MALLOC_ARENA_MAX: '2' } },
    ]);
  });

  it('refuses a variant without a name or a pair without a variable', () => {
    expect(() => parseVariants('=NODE_OPTIONS:x')).toThrow('needs a name');
    expect(() => parseVariants('a=NODE_OPTIONS')).toThrow('is not VAR:value');
  });
});
