/**
 * Numbers typed into prose instead of coming from a claim. A reader cannot tell
 * who said a bare number, so every quantity must be a <Claim>. Dates (2022年,
 * 2022年4月, 4月8日) are allowed; so are numerals inside names (三妈六娃, 双十一)
 * because only numerals followed by a quantity word count.
 */
import { parseMdx, walk } from './parse.ts';

export interface BareNumber {
  text: string;
  line: number;
  column: number;
}

const DATE_PATTERNS = [/^\d{4}年(\d{1,2}月(\d{1,2}[日号])?)?/, /^\d{1,2}月(\d{1,2}[日号])?/, /^\d{1,2}[日号]/, /^\d{4}-\d{2}(-\d{2})?/];
const DIGITS_RE =
  /[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?|月[0-9０-９]{1,2}[日号]|[万亿千百十]*[年月日号个人元%％倍家位次场天岁+]?)/g;
// 三千多万元, 十多亿人, 百分之三十, 三百人 …: a numeral run followed by a quantity word.
const NUMERAL_RUN = '[一二两三四五六七八九十百千几](?:[一二两三四五六七八九十百千万亿几零]|[多余](?=[十百千万亿]))*';
const CHINESE_QUANTITY_RE = new RegExp(
  `百分之[一二两三四五六七八九十百零]+|${NUMERAL_RUN}(?:万|亿|成|倍|元|%|％|个百分点)` +
    // 三百人, 十几个: counted people or things, but not 一个/两家 in ordinary prose.
    `|[一二两三四五六七八九十百千几]{2,}(?:人|家|个)`,
  'g',
);

function isDate(match: string): boolean {
  const ascii = match.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return DATE_PATTERNS.some((re) => re.test(ascii));
}

/**
 * Bare quantities in the prose of an MDX body (not inside components' props or code).
 * `names` are names the atlas knows that contain digits (36氪, 88VIP): not quantities.
 */
export function bareNumbers(body: string, names: readonly string[] = []): BareNumber[] {
  const withDigits = names.filter((n) => /[0-9０-９]/.test(n)).sort((a, b) => b.length - a.length);
  // Names are blanked out character for character, so positions of what remains stay right.
  const unname = (text: string) => withDigits.reduce((t, n) => t.split(n).join('\u3000'.repeat(n.length)), text);
  const parsed = parseMdx(body);
  if (!parsed.ok) return [];
  const found: BareNumber[] = [];
  walk(parsed.tree, (node) => {
    if (node.type === 'code') return false;
    // Note titles are prose too.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Note') {
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && node.position)
          scan(attr.value, node.position.start.line, node.position.start.column);
      }
    }
    if ((node.type !== 'text' && node.type !== 'inlineCode') || !node.position) return;
    scan(node.value, node.position.start.line, node.position.start.column);
  });
  return found;

  function scan(raw: string, startLine: number, startColumn: number) {
    const value = unname(raw);
    const report = (index: number, text: string) => {
      const before = value.slice(0, index);
      const lines = before.split('\n');
      const line = startLine + lines.length - 1;
      const column = lines.length === 1 ? startColumn + index : lines[lines.length - 1].length + 1;
      found.push({ text, line, column });
    };
    for (const m of value.matchAll(DIGITS_RE)) {
      // A year followed by a month, e.g. "2022年4月", is one date.
      if (!isDate(m[0])) report(m.index!, m[0]);
    }
    for (const m of value.matchAll(CHINESE_QUANTITY_RE)) report(m.index!, m[0]);
  }
}
