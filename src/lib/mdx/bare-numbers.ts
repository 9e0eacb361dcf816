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
const DIGITS_RE = /[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?|月[0-9０-９]{1,2}[日号]|[万亿千百十]*[年月日号个人元%％倍家位次场天岁+]?)/g;
const CHINESE_QUANTITY_RE = /[一二两三四五六七八九十百千几]+(?:万|亿|成|倍|元|%|％|个百分点)/g;

function isDate(match: string): boolean {
  const ascii = match.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return DATE_PATTERNS.some((re) => re.test(ascii));
}

/** Bare quantities in the prose of an MDX body (not inside components' props or code). */
export function bareNumbers(body: string): BareNumber[] {
  const parsed = parseMdx(body);
  if (!parsed.ok) return [];
  const found: BareNumber[] = [];
  walk(parsed.tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type !== 'text' || !node.position) return;
    const value = node.value;
    const report = (index: number, text: string) => {
      const before = value.slice(0, index);
      const lines = before.split('\n');
      const line = node.position!.start.line + lines.length - 1;
      const column = lines.length === 1 ? node.position!.start.column + index : lines[lines.length - 1].length + 1;
      found.push({ text, line, column });
    };
    for (const m of value.matchAll(DIGITS_RE)) {
      // A year followed by a month, e.g. "2022年4月", is one date.
      if (!isDate(m[0])) report(m.index!, m[0]);
    }
    for (const m of value.matchAll(CHINESE_QUANTITY_RE)) report(m.index!, m[0]);
  });
  return found;
}
