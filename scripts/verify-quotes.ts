/**
 * npm run verify:quotes -- <folder of source texts> [--if-present]
 * Checks that every quote (claims, events, model labels and traits) occurs verbatim
 * in the text of its source, and that each claim's value appears in its quote.
 * Texts are matched to sources by the source's `text.file` field. With
 * --if-present, a missing folder is reported and skipped (CI without the texts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { claimValues } from '../src/lib/integrity/claim-values.ts';
import { cutSection, findQuote, visibleText } from '../src/lib/quotes.ts';
import { formatProblem, type Problem } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('用法 usage: npm run verify:quotes -- <folder of source texts> [--if-present]');
  process.exit(2);
}
const dir = resolve(folder);
if (!existsSync(dir)) {
  if (args.includes('--if-present')) {
    console.log(`verify:quotes: ${dir} 不存在，跳过 | not present, skipped`);
    process.exit(0);
  }
  console.error(`verify:quotes: 找不到文件夹 folder not found: ${dir}`);
  process.exit(2);
}

const { corpus } = loadCorpus(resolve('.'));
const texts = new Map<string, string | undefined>();
function sectionOf(sourceId: string): { section?: string; miss?: 'missing-file' | 'missing-marker'; file?: string } {
  const source = corpus.sources.find((s) => s.id === sourceId);
  const spec = source?.data.text;
  if (!spec) return { miss: 'missing-file' };
  if (!texts.has(spec.file)) {
    const path = join(dir, spec.file);
    texts.set(spec.file, existsSync(path) ? visibleText(readFileSync(path, 'utf8')) : undefined);
  }
  const full = texts.get(spec.file);
  if (full === undefined) return { miss: 'missing-file', file: spec.file };
  const section = cutSection(full, spec.start, spec.end);
  return section === undefined ? { miss: 'missing-marker', file: spec.file } : { section, file: spec.file };
}

const problems: Problem[] = [];
let checked = 0;
function verify(entry: { file: string; id: string; locate(p: PropertyKey[]): { line: number; column: number } }, path: PropertyKey[], sourceId: string, quote: string) {
  checked++;
  const { section, miss, file } = sectionOf(sourceId);
  const why = miss ?? findQuote(section, quote);
  if (!why) return;
  const messages = {
    'missing-file': { zh: `找不到来源 ${sourceId} 的原文文件 ${file ?? '(未设置 text.file)'}`, en: `no text file for source ${sourceId}: ${file ?? '(text.file not set)'}` },
    'missing-marker': { zh: `来源 ${sourceId} 的 text.start/text.end 标记在 ${file} 中找不到`, en: `the text.start/text.end markers of source ${sourceId} are not in ${file}` },
    'not-found': { zh: `引文在来源 ${sourceId} 的原文中找不到："${quote}"`, en: `quote not found verbatim in the text of source ${sourceId}: "${quote}"` },
  } as const;
  problems.push({
    severity: 'error',
    rule: 'verify-quote',
    file: entry.file,
    ...entry.locate(path),
    field: `${entry.id}.${path.join('.')}`,
    message: messages[why],
    fix: { zh: '逐字复制原文（包括半角/全角标点和繁体字），不要跨段落', en: 'copy the passage character for character (half/full-width punctuation and traditional characters included), within one paragraph' },
  });
}

for (const c of corpus.claims) verify(c, ['quote'], c.data.source, c.data.quote);
for (const e of corpus.events) if (e.data.quote) verify(e, ['quote'], e.data.source, e.data.quote);
for (const m of corpus.models) {
  m.data.labels.forEach((l, i) => verify(m, ['labels', i, 'quote'], l.source, l.quote));
  m.data.traits.forEach((t, i) => t.quote && t.source && verify(m, ['traits', i, 'quote'], t.source, t.quote));
}
problems.push(...claimValues(corpus).filter((p) => p.rule === 'quote-value'));

for (const p of problems) console.log(formatProblem(p) + '\n');
console.log(`verify:quotes: ${checked} 条引文，${problems.length} 处不符 | ${checked} quotes checked, ${problems.length} misses`);
process.exit(problems.length ? 1 : 0);
