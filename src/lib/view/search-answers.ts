/**
 * Query understanding for the search page, built from what the atlas knows: every
 * subject's and measure's names (Chinese, English, aliases, abbreviations). A query
 * naming a subject and a measure ("视频号 复购率", "Douyin DAU", "快手 GMV 2023")
 * is answered straight from the claims, newest official first; anything else goes to
 * Pagefind as before. The dictionary is small (names only); a subject's claims are
 * fetched only once a query names it.
 */

/** Names → keys. Several keys may share a name (腾讯: the platform page and the company). */
import { parseAmount } from '../check/numerals.ts';

export interface SearchDictionary {
  /** [normalised name, subject keys ("platform/kuaishou")] — longest names first. */
  subjects: [string, string[]][];
  /** [normalised name, measure ids] — longest names first. */
  measures: [string, string[]][];
  /** Subject key → the file with its claims (/search/answers/<file>.json). */
  files: Record<string, string>;
  /** Measure id → subject keys that have claims for it (to read a lone measure as a pair when only one subject has it). */
  measureSubjects: Record<string, string[]>;
  /**
   * Measure id → the market that is the only subject with claims for it. When present
   * it answers "is this measure one market's?"; a dictionary merged from a query's
   * shards knows measureSubjects only for the subjects the query names.
   */
  soleMarket?: Record<string, string>;
}

/** One claim as the answer list shows it. */
export interface AnswerClaim {
  href: string;
  /** "11844亿元 · 2023年 · 官方披露 · 快手科技" */
  line: string;
  /** Year the period starts in, for "快手 GMV 2023". */
  year?: string;
  /** The value, or both ends of a range, in base units: a query that is a number finds it. */
  values: number[];
}

/** A subject's claims grouped by measure, each list already in preferred order. */
export interface SubjectAnswers {
  /** The subject key, platform/kuaishou (the files the page fetches name subjects and measures by short codes). */
  key?: string;
  name: string;
  href: string;
  measures: Record<string, { name: string; href: string; claims: AnswerClaim[] }>;
}

/**
 * How names and queries are compared: width-folded, lower case, no middle dots, and no
 * spaces between Chinese characters (淘宝 天猫 = 淘宝天猫) while latin words stay apart
 * (douyin dau).
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[·・]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/gu, '')
    .trim();
}

/** Build the dictionary: names of subjects and measures, longest first so 微信小店 wins over 微信. */
export function buildDictionary(input: {
  subjects: { key: string; file: string; names: string[] }[];
  measures: { id: string; names: string[] }[];
  pairs: { subject: string; measure: string }[];
}): SearchDictionary {
  const table = (rows: { key: string; names: string[] }[]) => {
    const map = new Map<string, string[]>();
    for (const row of rows) {
      for (const raw of row.names) {
        const name = normaliseName(raw);
        // One-letter names (a stray "快" alias) would match inside every query.
        if ([...name].length < 2) continue;
        if (!name) continue;
        const keys = map.get(name) ?? [];
        if (!keys.includes(row.key)) keys.push(row.key);
        map.set(name, keys);
      }
    }
    return [...map.entries()].sort((a, b) => [...b[0]].length - [...a[0]].length || a[0].localeCompare(b[0]));
  };
  const measureSubjects: Record<string, string[]> = {};
  for (const { subject, measure } of input.pairs) {
    const subjects = (measureSubjects[measure] ??= []);
    if (!subjects.includes(subject)) subjects.push(subject);
  }
  return {
    subjects: table(input.subjects.map((s) => ({ key: s.key, names: s.names }))),
    measures: table(input.measures.map((m) => ({ key: m.id, names: m.names }))),
    files: Object.fromEntries(input.subjects.map((s) => [s.key, s.file])),
    measureSubjects,
    soleMarket: Object.fromEntries(
      Object.entries(measureSubjects).flatMap(([m, subjects]) =>
        subjects.length === 1 && subjects[0].startsWith('market/') ? [[m, subjects[0]]] : [],
      ),
    ),
  };
}

export interface Understood {
  subject: string;
  measure: string;
  year?: string;
}

/** Latin names must match whole words (dau must not match inside "daum"). */
function findName(query: string, names: [string, string[]][]): { name: string; keys: string[]; at: number } | undefined {
  for (const [name, keys] of names) {
    const at = query.indexOf(name);
    if (at === -1) continue;
    if (/^[a-z0-9]/.test(name) && /[a-z0-9]/.test(query[at - 1] ?? '')) continue;
    if (/[a-z0-9]$/.test(name) && /[a-z0-9]/.test(query[at + name.length] ?? '')) continue;
    return { name, keys, at };
  }
  return undefined;
}

/**
 * Read "subject + measure [+ year]" in a query that has been converted to simplified
 * characters. Returns undefined when the query does not name a pair the atlas has.
 */
export function understandQuery(simplifiedQuery: string, dict: SearchDictionary): Understood | undefined {
  let q = normaliseName(simplifiedQuery);
  const yearMatch = /(?<![0-9])((?:19|20)\d{2})(?:年)?(?![0-9])/.exec(q);
  const year = yearMatch?.[1];
  if (yearMatch) q = q.slice(0, yearMatch.index) + ' ' + q.slice(yearMatch.index + yearMatch[0].length);
  // Names can hold each other's words (中国网络零售市场 holds 网络零售): try the measure first, then the subject.
  return readPair(q, dict, 'measure', year) ?? readPair(q, dict, 'subject', year);
}

const cut = (text: string, hit: { name: string; at: number }) => text.slice(0, hit.at) + ' ' + text.slice(hit.at + hit.name.length);

function readPair(q: string, dict: SearchDictionary, first: 'measure' | 'subject', year: string | undefined): Understood | undefined {
  const firstHit = findName(q, first === 'measure' ? dict.measures : dict.subjects);
  const rest = firstHit ? cut(q, firstHit) : q;
  const secondHit = findName(rest, first === 'measure' ? dict.subjects : dict.measures);
  const [measureHit, subjectHit] = first === 'measure' ? [firstHit, secondHit] : [secondHit, firstHit];
  if (!measureHit) return undefined;
  // Whatever is left besides the names must be nothing (or separators): "视频号的复购率".
  const leftover = (secondHit ? cut(rest, secondHit) : rest).replace(/[\s的之,，、]+/g, '');
  if (leftover) return undefined;
  const has = (subject: string, measure: string) => dict.measureSubjects[measure]?.includes(subject);
  if (subjectHit) {
    for (const measure of measureHit.keys) for (const subject of subjectHit.keys) if (has(subject, measure)) return { subject, measure, year };
    return undefined;
  }
  // A measure alone is a pair when only a market has it (全国网上零售额); a measure that
  // platforms share (复购率) is better answered by its own page, which Pagefind ranks first.
  for (const measure of measureHit.keys) {
    const subjects = dict.measureSubjects[measure] ?? [];
    const market = dict.soleMarket ? dict.soleMarket[measure] : subjects.length === 1 && subjects[0].startsWith('market/') ? subjects[0] : undefined;
    if (market) return { subject: market, measure, year };
  }
  return undefined;
}

/** A query that is one number as articles write it (5500万, 11,844亿元, 30%): its value in base units. */
export function numberQuery(simplifiedQuery: string): number | undefined {
  const q = simplifiedQuery
    .trim()
    .replace(/(元|人|个|倍|人民币|rmb)$/i, '')
    .replace(/^(人民币|rmb)/i, '');
  if (!/\d/.test(q)) return undefined;
  return parseAmount(q);
}

/** The claims of a subject that state `value`. */
export function claimsWithValue(answers: SubjectAnswers, value: number): (AnswerClaim & { measure: string })[] {
  const near = (n: number) => Math.abs(n - value) <= Math.abs(value) * 1e-9;
  return Object.values(answers.measures).flatMap((m) => m.claims.filter((c) => c.values.some(near)).map((c) => ({ ...c, measure: m.name })));
}

/** The claims to show for an understood query: those of the asked year first, then the rest, each in preferred order. */
export function answerClaims(answers: SubjectAnswers, understood: Understood): AnswerClaim[] {
  const claims = answers.measures[understood.measure]?.claims ?? [];
  if (!understood.year) return claims;
  return [...claims.filter((c) => c.year === understood.year), ...claims.filter((c) => c.year !== understood.year)];
}
