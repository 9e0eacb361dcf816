/**
 * npm run evidence:store -- <folder of source texts>
 * For every quote whose source names a text file (`text.file`) and whose sentence is
 * not yet stored, cut the sentence that holds it out of the text and append it to
 * data/evidence/<source-id>.yaml. Existing passages are kept as they are, so the
 * command can be run again after adding claims.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/lib/check/corpus/load.ts';
import { EVIDENCE_DIR, readEvidence } from '../src/lib/check/corpus/evidence.ts';
import { quotesOf } from '../src/lib/check/integrity/evidence.ts';
import { cutSection, sentenceAround, visibleText } from '../src/lib/check/quotes.ts';
import { parseArgs } from 'node:util';

const { positionals } = parseArgs({ allowPositionals: true });
if (!positionals[0]) {
  console.error('用法 usage: npm run evidence:store -- <folder of source texts>');
  process.exit(2);
}
const dir = resolve(positionals[0]);
const root = resolve('.');
const { corpus } = loadCorpus(root);
const { evidence } = readEvidence(root);
const stored = new Map(evidence.map((e) => [e.source, e.passages.map((p) => p.text)]));
const added = new Map<string, string[]>();
const missing: string[] = [];

for (const ref of quotesOf(corpus)) {
  const passages = [...(stored.get(ref.source) ?? []), ...(added.get(ref.source) ?? [])];
  if (passages.some((p) => p.includes(ref.quote))) continue;
  const spec = corpus.sources.find((s) => s.id === ref.source)?.data.text;
  const path = spec && join(dir, spec.file);
  const section = path && existsSync(path) ? cutSection(visibleText(readFileSync(path, 'utf8')), spec.start, spec.end) : undefined;
  const sentence = section && sentenceAround(section, ref.quote);
  if (!sentence) {
    missing.push(`${ref.entry.id}: ${ref.quote}`);
    continue;
  }
  added.set(ref.source, [...(added.get(ref.source) ?? []), sentence]);
}

mkdirSync(join(root, EVIDENCE_DIR), { recursive: true });
for (const [source, sentences] of added) {
  const file = join(root, EVIDENCE_DIR, `${source}.yaml`);
  const title = corpus.sources.find((s) => s.id === source)?.data.title ?? source;
  const head = existsSync(file)
    ? readFileSync(file, 'utf8').replace(/\n*$/, '\n')
    : `# ${title}: the sentences our entries quote, verbatim (one sentence each).\n`;
  // JSON strings are valid YAML double-quoted scalars, escapes included.
  writeFileSync(file, head + sentences.map((s) => `- ${JSON.stringify(s)}\n`).join(''));
}
const count = [...added.values()].reduce((n, list) => n + list.length, 0);
console.log(`evidence:store: ${count} 句新增 | ${count} passages added to ${added.size} files`);
if (missing.length) {
  console.log(`${missing.length} 条引文在原文中找不到 | quotes not found in the texts:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
