/**
 * Simplified ↔ Traditional for search, from OpenCC's data (opencc-js). Used at
 * build time only: to index a simplified form of traditional text, and to build the
 * small traditional→simplified character table the search box uses for queries.
 */
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
const s2hk = OpenCC.Converter({ from: 'cn', to: 'hk' });

export function toSimplified(text: string): string {
  return t2s(text);
}
export function toTraditional(text: string): string {
  return s2t(text);
}

const CJK_RE = /[\u3400-\u9fff]/gu;

/**
 * A table from traditional characters to simplified ones, limited to the
 * simplified characters the site actually uses, so the search box can convert
 * a query like 視頻號 復購率 without shipping OpenCC to the browser.
 */
export function traditionalTable(simplifiedText: string): Record<string, string> {
  const table: Record<string, string> = {};
  const chars = [...new Set(simplifiedText.match(CJK_RE) ?? [])];
  // One converter call per variant over all characters (one per line), not one per character.
  const variants = [s2t(chars.join('\n')).split('\n'), s2hk(chars.join('\n')).split('\n')];
  const candidates = variants
    .flatMap((list) => list.map((traditional, i) => [traditional, chars[i]] as const))
    .filter(([t, s]) => t !== s && [...t].length === 1);
  const back = t2s(candidates.map(([t]) => t).join('\n')).split('\n');
  candidates.forEach(([traditional, simplified], i) => {
    if (back[i] === simplified) table[traditional] = simplified;
  });
  return table;
}
