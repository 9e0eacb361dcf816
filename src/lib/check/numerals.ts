/**
 * Numbers as Chinese texts write them. `numbersInText` finds every number a passage
 * states (Arabic or Chinese numerals, 万/亿 and 萬/億 multipliers, thousands separators,
 * full-width digits, English scale words, 几/十几 magnitudes, 七八成 ranges), so the
 * checker can prove that a claim's quote contains its value. Writing values for
 * readers is src/lib/view/format-number.ts.
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8, w: 1e4, W: 1e4 };

/** Full-width digits and punctuation to ASCII, so ３０％ reads as 30%. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Parse a Chinese numeral made of digits and units (一千二百万, 十五, 两亿); 几 counts as `few`. */
export function parseChineseNumeral(s: string, few = 1): number | undefined {
  let total = 0; // completed 亿 sections
  let section = 0; // completed 万 sections within the current 亿
  let group = 0; // value below 万
  let digit: number | undefined;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGITS || ch === '几') {
      digit = ch === '几' ? few : CN_DIGITS[ch];
      seen = true;
    } else if (ch in CN_SMALL_UNITS) {
      group += (digit ?? 1) * CN_SMALL_UNITS[ch];
      digit = undefined;
      seen = true;
    } else if (ch === '万') {
      // A leading 万 or 亿 means one of them: 过万, 万亿.
      section += (group + (digit ?? (seen ? 0 : 1))) * 1e4;
      seen = true;
      group = 0;
      digit = undefined;
    } else if (ch === '亿') {
      total += (section + group + (digit ?? (seen ? 0 : 1))) * 1e8;
      seen = true;
      section = 0;
      group = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  if (!seen) return undefined;
  return total + section + group + (digit ?? 0);
}

/** Product of a chain of multipliers such as 千万 or 万亿. */
function multiplierOf(chain: string): number {
  let m = 1;
  for (const ch of chain) m *= MULTIPLIERS[ch] ?? 1; // 多 and 余 count as 1
  return m;
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}

const ENGLISH_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const ENGLISH_SCALE_RE = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|bn|tn|m|b)\b/gi;

// 3000多万, 5-6亿, 2.5亿, 10万+, 3成, 百万级 …
// 多/余 between a number and its multiplier (3千多万) only says "more than".
const ARABIC_RE = /(\d+(?:\.\d+)?)(?:\s*[-~～—–至到]\s*(\d+(?:\.\d+)?))?\s*((?:[十百千万亿wW]|[多余](?=[十百千万亿]))*)(成)?(量级|级别|级)?/g;
const CHINESE_RE =
  /[零〇一二两三四五六七八九十百千万亿几](?:[零〇一二两三四五六七八九十百千万亿几]|[多余](?=[十百千万亿]))*(?:成)?(?:量级|级别|级)?/g;

/**
 * Every number stated in `text`, including both ends of ranges and the bounds
 * of magnitudes (几万 gives 1万, 9万 and 10万), in base units.
 */
export function numbersInText(input: string): number[] {
  // Filings from Hong Kong write 億/萬 and thousands separators: 人民幣11,844億元.
  const text = toHalfWidth(input)
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/[億亿]/g, '亿')
    .replace(/萬/g, '万')
    .replace(/兩/g, '两');
  const found: number[] = [];
  // English releases: RMB175.1 billion, 175,075.6 million, 1.2 bn.
  for (const [, n, word] of text.matchAll(ENGLISH_SCALE_RE)) found.push(round(Number(n) * ENGLISH_SCALE[word.toLowerCase()]));
  for (const m of text.matchAll(ARABIC_RE)) {
    const [, a, b, chain, cheng, magnitude] = m;
    const mult = multiplierOf(chain) * (cheng ? 10 : 1);
    found.push(round(Number(a) * mult));
    // 百万级: the magnitude spans up to the next power of ten.
    if (magnitude) found.push(round(Number(a) * mult * 10));
    // "5-6亿": the multiplier after the second number applies to both.
    if (b !== undefined) found.push(round(Number(b) * mult));
  }
  for (const [whole] of text.matchAll(CHINESE_RE)) {
    const magnitude = /(量级|级别|级)$/.exec(whole)?.[0];
    const match = (magnitude ? whole.slice(0, -magnitude.length) : whole).replace(/[多余]/g, '');
    const cheng = match.endsWith('成');
    const body = cheng ? match.slice(0, -1) : match;
    const factor = cheng ? 10 : 1;
    // 七八成, 三四千: two adjacent digits are a range.
    const pair = /^([一二两三四五六七八九])([一二两三四五六七八九])(.*)$/.exec(body);
    if (pair) {
      const unit = pair[3] ? (parseChineseNumeral('一' + pair[3]) ?? 1) : 1;
      found.push(round(CN_DIGITS[pair[1]] * unit * factor), round(CN_DIGITS[pair[2]] * unit * factor));
      continue;
    }
    if (body.includes('几')) {
      // 十几 → 10…20, 几万 → 1万…10万: every plausible bound.
      for (const few of [0, 1, 9, 10]) {
        const n = parseChineseNumeral(body, few);
        if (n) found.push(round(n * factor));
      }
      continue;
    }
    const n = parseChineseNumeral(body);
    if (n !== undefined && !(n === 0 && !/[零〇]/.test(body))) {
      found.push(round(n * factor));
      if (magnitude) found.push(round(n * factor * 10));
    }
  }
  return found;
}

const TYPED_SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, ...ENGLISH_SCALE };

/**
 * Read one number as a contributor types it: 30, 3.5, 30,000, 3000万, 1.2亿, 11,844億,
 * 175.1 billion, 30%. Returns undefined when it is not one number.
 */
export function parseAmount(input: string): number | undefined {
  const s = toHalfWidth(input.trim())
    .replace(/[,，_\s]/g, '')
    .replace(/%$/, '')
    .replace(/億/g, '亿')
    .replace(/萬/g, '万');
  const m = /^(-?(?:\d+(?:\.\d+)?|\.\d+))(万亿|亿|万|[a-z]+)?$/i.exec(s);
  if (!m) return undefined;
  const factor = m[2] ? TYPED_SCALE[m[2].toLowerCase()] : 1;
  if (factor === undefined) return undefined;
  return Number((Number(m[1]) * factor).toPrecision(15));
}

/**
 * True when `value` is among the numbers `text` states (relative tolerance for
 * decimals). A negative value matches when the text states its size with a word
 * of decline (下降10% states -10).
 */
export function textStatesNumber(text: string, value: number): boolean {
  const target = value < 0 && /下降|下滑|减少|降低|缩水|负/.test(text) ? -value : value;
  return numbersInText(text).some((n) => Math.abs(n - target) <= Math.max(1e-9, Math.abs(target) * 1e-9));
}

/** 55000000 → "5500万", 500000000 → "5亿", 1234 → "1234". */
export function formatScaled(n: number): string {
  const abs = Math.abs(n);
  const trim = (x: number) => String(Number(x.toFixed(2)));
  if (abs >= 1e8) return `${trim(n / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(n / 1e4)}万`;
  return trim(n);
}
