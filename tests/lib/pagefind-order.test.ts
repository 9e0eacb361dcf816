/**
 * The build renders pages before endpoints so Pagefind can write its index while the
 * data files render (src/integrations/pagefind.ts). Reordering must not change which
 * route Astro renders for a pathname, and must count each page once.
 */
import { describe, expect, it } from 'vitest';
import { pagesFirst } from '../../src/integrations/pagefind.ts';

const path = (pathname: string, type: string) => ({ pathname, route: { type } });

describe('pagesFirst', () => {
  it('puts page routes before endpoints, keeping the order within each', () => {
    const paths = [path('/charts/a.png', 'endpoint'), path('/cases/a/', 'page'), path('/data/claims.csv', 'endpoint'), path('/claims/b/', 'page')];
    const { pages, rest } = pagesFirst(paths);
    expect(pages.map((p) => p.pathname)).toEqual(['/cases/a/', '/claims/b/']);
    expect(rest.map((p) => p.pathname)).toEqual(['/charts/a.png', '/data/claims.csv']);
  });

  it('counts a pathname claimed twice once, and keeps the first claimer ahead of the second', () => {
    const first = path('/x/', 'endpoint');
    const second = path('/x', 'page');
    const { pages, rest } = pagesFirst([first, second, path('/y/', 'page')]);
    expect(pages.map((p) => p.pathname)).toEqual(['/y/']);
    expect(rest).toEqual([first, second]);
  });
});
