import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ONE_GRAPHEME_EACH } from '../../src/lib/view/search-chunks.ts';
import {
  prepareQuery,
  intlSegmenter,
  toSimplifiedWithTable,
  queryVariants,
  readings,
  mergeResults,
  joinSingleCharacters,
} from '../../src/lib/view/search-query.ts';
import { toSimplified, traditionalTable } from '../../src/lib/view/search-text.ts';

describe('traditional → simplified', () => {
  it('builds a small table covering the characters the site uses', () => {
    const table = traditionalTable('视频号复购率');
    expect(toSimplifiedWithTable('視頻號 復購率', table)).toBe('视频号 复购率');
    expect(Object.keys(table).length).toBeLessThan(20);
  });
  it('converts traditional source text with OpenCC for indexing', () => {
    expect(toSimplified('視頻號櫥窗帶貨')).toBe('视频号橱窗带货');
  });
});

describe('prepareQuery', () => {
  const table = traditionalTable('视频号复购率顺子说茶');
  const segment = intlSegmenter();
  it('splits Chinese into words so Pagefind can match them', () => {
    expect(segment).toBeDefined();
    const q = prepareQuery('視頻號 復購率', table, segment);
    expect(q.replaceAll(' ', '')).toBe('视频号复购率');
    expect(q.split(' ').length).toBeGreaterThan(2);
  });
  it('keeps latin words and numbers whole, lower-cased', () => {
    expect(prepareQuery('Douyin  WeChat', table, segment)).toBe('douyin wechat');
    expect(prepareQuery('５５００万', table, segment).replaceAll(' ', '')).toBe('5500万');
  });
  it('falls back to the raw words without a segmenter', () => {
    expect(prepareQuery('視頻號 復購率', table)).toBe('视频号 复购率');
  });
});

describe('queryVariants and mergeResults', () => {
  const table = traditionalTable('京东视频号');
  it('searches the words as typed and the segmented form', () => {
    const variants = queryVariants('京東', table, intlSegmenter());
    expect(variants[0]).toBe('京东');
    expect(variants.every((v) => v.replaceAll(' ', '') === '京东')).toBe(true);
  });
  it('lists the closest reading first and adds only new pages from later ones', () => {
    expect(
      mergeResults([
        [{ id: 'b' }, { id: 'a' }],
        [{ id: 'a' }, { id: 'c' }],
      ]),
    ).toEqual([{ id: 'b' }, { id: 'a' }, { id: 'c' }]);
  });
});

describe('joinSingleCharacters', () => {
  it('rejoins single characters a segmenter split off', () => {
    expect(joinSingleCharacters(['企业', '微', '信'])).toEqual(['企业', '微信']);
    expect(joinSingleCharacters(['视频', '号', 'gmv'])).toEqual(['视频', '号', 'gmv']);
  });
  it('tries the rejoined form before the split one', () => {
    const split = (t: string) => (t === '企业微信' ? ['企业', '微', '信'] : [t]);
    expect(queryVariants('企业微信', {}, split)).toEqual(['企业微信', '企业 微信', '企业 微 信']);
  });
  it('segments the query only when a later reading is asked for', () => {
    const calls: string[] = [];
    const split = (t: string) => (calls.push(t), t === '企业微信' ? ['企业', '微', '信'] : [t]);
    const it = readings('企业微信', {}, split);
    expect(it.next().value).toBe('企业微信');
    expect(calls).toEqual([]);
    expect(it.next().value).toBe('企业 微信');
    expect(calls).toEqual(['企业微信']);
  });
});

describe('ONE_GRAPHEME_EACH (splitting a query without a segmenter)', () => {
  const graphemes = (text: string) => [...new Intl.Segmenter('zh-cn', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

  it('every character it accepts (Han and printable ASCII) is a grapheme of its own, next to any other it accepts', () => {
    const accepted: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ONE_GRAPHEME_EACH.test(ch)) accepted.push(ch);
    }
    expect(accepted.length).toBeGreaterThan(90_000);
    const ascii = accepted.filter((ch) => ch < '\x80');
    expect(ascii).toHaveLength(0x7f - 0x20);
    // Each character between two others it accepts, Han and ASCII alternating.
    const text = accepted.map((ch, i) => ch + ascii[i % ascii.length]).join('');
    expect(ONE_GRAPHEME_EACH.test(text)).toBe(true);
    expect(graphemes(text)).toEqual([...text]);
  });

  it('does not take text whose graphemes join code points', () => {
    for (const text of ['cafe\u0301', '👩‍💻 私域', '\u1100\u1161', '\u{20000}\u{16ff0}', '🇨🇳', '私域\u302a', '视频号\r\n']) {
      expect(graphemes(text).length, text).toBeLessThan([...text].length);
      expect(ONE_GRAPHEME_EACH.test(text), text).toBe(false);
    }
  });

  it('most reader queries take the shortcut, and their terms are the same through a segmenter', () => {
    const { queries } = JSON.parse(readFileSync(new URL('../browser/search-queries.json', import.meta.url), 'utf8')) as { queries: { q: string }[] };
    const shortcut = queries.map(({ q }) => q.normalize('NFKC')).filter((q) => ONE_GRAPHEME_EACH.test(q));
    expect(shortcut.length).toBeGreaterThan(queries.length / 2);
    // pagefindTerms splits these by code point; a segmenter gives the same pieces.
    for (const q of shortcut) expect(graphemes(q), q).toEqual([...q]);
  });
});
