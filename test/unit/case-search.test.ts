import { likePattern } from '@ugf/cases';

describe('case text search', () => {
  it('matches the text anywhere, case-insensitively', () => {
    expect(likePattern('Hotline')).toBe('%hotline%');
  });

  it('treats LIKE wildcards in the search as literal characters', () => {
    expect(likePattern('100%_done!')).toBe('%100!%!_done!!%');
  });
});
