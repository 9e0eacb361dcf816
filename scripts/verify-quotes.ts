/**
 * npm run verify:quotes [-- <folder of source texts>]
 * 1. Every quote (claims, events, model labels and cells) sits verbatim in its source's
 *    stored evidence (data/evidence/<source-id>.yaml), and each claim's value is stated in
 *    its quote. This needs nothing outside the repository, so it runs on every clone.
 * 2. Given the folder of source texts (../shared/sources here), every stored passage of a
 *    source that names a text file (`text.file`) sits verbatim in that text. A folder that
 *    is not there is reported and skipped: step 1 still runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/check/corpus/load.ts';
import { readEvidence } from '../src/lib/check/corpus/evidence.ts';
import { claimValues } from '../src/lib/check/integrity/claim-values.ts';
import { quotesInEvidence, quotesOf } from '../src/lib/check/integrity/evidence.ts';
import { cutSection, visibleText } from '../src/lib/check/quotes.ts';
import { formatProblem, type Problem } from '../src/lib/check/problems.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: { 'if-present': { type: 'boolean' } } });
const root = resolve('.');
const { corpus } = loadCorpus(root);
const { evidence, problems: readProblems } = readEvidence(root);
const problems: Problem[] = [...readProblems, ...quotesInEvidence(corpus, evidence), ...claimValues(corpus).filter((p) => p.rule === 'quote-value')];
let passagesChecked = 0;

const folder = positionals[0] ? resolve(positionals[0]) : undefined;
if (folder && !existsSync(folder)) console.log(`verify:quotes: ${folder} 不存在，只核对仓库内的证据 | not present: checking stored evidence only`);
if (folder && existsSync(folder)) {
  for (const file of evidence) {
    const spec = corpus.sources.find((s) => s.id === file.source)?.data.text;
    if (!spec) continue;
    const path = join(folder, spec.file);
    const section = existsSync(path) ? cutSection(visibleText(readFileSync(path, 'utf8')), spec.start, spec.end) : undefined;
    for (const passage of file.passages) {
      passagesChecked++;
      if (section?.includes(passage.text)) continue;
      problems.push({
        severity: 'error',
        rule: 'verify-passage',
        file: file.file,
        line: passage.line,
        column: passage.column,
        message:
          section === undefined
            ? {
                zh: `找不到来源 ${file.source} 的原文 ${spec.file}（或其 text.start/text.end 标记）`,
                en: `the text of source ${file.source} (${spec.file}, or its text.start/text.end markers) is missing`,
              }
            : {
                zh: `这段证据不在来源 ${file.source} 的原文 ${spec.file} 中："${passage.text.slice(0, 80)}"`,
                en: `this passage is not verbatim in the text of source ${file.source} (${spec.file}): "${passage.text.slice(0, 80)}"`,
              },
        fix: {
          zh: '逐字复制原文（包括半角/全角标点和繁体字），不要跨段落',
          en: 'copy the passage character for character (half/full-width punctuation and traditional characters included), within one paragraph',
        },
      });
    }
  }
}

for (const p of problems) console.log(formatProblem(p) + '\n');
const quotes = quotesOf(corpus).length;
console.log(
  `verify:quotes: ${quotes} 条引文对照证据，${passagesChecked} 段证据对照原文，${problems.length} 处不符 | ${quotes} quotes checked against stored evidence, ${passagesChecked} passages against the texts, ${problems.length} misses`,
);
process.exit(problems.length ? 1 : 0);
