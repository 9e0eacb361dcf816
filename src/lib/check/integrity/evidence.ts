/**
 * Every quote sits in stored evidence: a claim's, an event's and a model cell's quote
 * must occur verbatim in one passage of data/evidence/<source-id>.yaml. A miss names
 * the entry, the quote and the closest stored passage, so the fix is usually one edit.
 */
import type { Corpus, Entry } from '../corpus/load.ts';
import type { EvidenceFile, Passage } from '../corpus/evidence.ts';
import { EVIDENCE_DIR } from '../corpus/evidence.ts';
import type { Problem } from '../problems.ts';
import { problemAt } from './shared.ts';

/** One quote somewhere in the corpus, with the field that holds it. */
export interface QuoteRef {
  collection: keyof Corpus;
  entry: Entry<unknown>;
  path: PropertyKey[];
  source: string;
  quote: string;
}

/** Every quote that must be backed by evidence. */
export function quotesOf(corpus: Corpus): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const c of corpus.claims) refs.push({ collection: 'claims', entry: c, path: ['quote'], source: c.data.source, quote: c.data.quote });
  for (const e of corpus.events)
    if (e.data.quote) refs.push({ collection: 'events', entry: e, path: ['quote'], source: e.data.source, quote: e.data.quote });
  for (const m of corpus.models) {
    m.data.labels.forEach((l, i) => refs.push({ collection: 'models', entry: m, path: ['labels', i, 'quote'], source: l.source, quote: l.quote }));
    m.data.traits.forEach(
      (t, i) => t.quote && t.source && refs.push({ collection: 'models', entry: m, path: ['traits', i, 'quote'], source: t.source, quote: t.quote }),
    );
  }
  return refs;
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.slice(1).map((ch, i) => chars[i] + ch);
}

/** The stored passage sharing most of the quote's character pairs (robust to length, unlike edit distance). */
export function closestPassage(quote: string, passages: Passage[]): Passage | undefined {
  const wanted = bigrams(quote);
  let best: Passage | undefined;
  let bestScore = 0;
  for (const p of passages) {
    const have = new Set(bigrams(p.text));
    const score = wanted.filter((b) => have.has(b)).length;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

const short = (text: string) => ([...text].length > 120 ? [...text].slice(0, 120).join('') + '…' : text);

/** `invalidSources`: sources that failed their schema, reported already (no cascade). */
export function quotesInEvidence(corpus: Corpus, evidence: EvidenceFile[], invalidSources: Set<string> = new Set()): Problem[] {
  const bySource = new Map(evidence.map((e) => [e.source, e]));
  const sourceIds = new Set(corpus.sources.map((s) => s.id));
  const problems: Problem[] = [];
  for (const file of evidence) {
    if (!sourceIds.has(file.source) && !invalidSources.has(file.source)) {
      problems.push({
        severity: 'error',
        rule: 'evidence',
        file: file.file,
        line: 1,
        column: 1,
        message: { zh: `证据文件对应的来源 ${file.source} 不存在`, en: `evidence file for source ${file.source}, which does not exist` },
        fix: { zh: '文件名必须是来源的 id：data/evidence/<source-id>.yaml', en: 'name the file after the source id: data/evidence/<source-id>.yaml' },
      });
    }
  }
  for (const ref of quotesOf(corpus)) {
    // A missing or broken source is the reference rule's or the schema's to report.
    if (!sourceIds.has(ref.source)) continue;
    const stored = bySource.get(ref.source);
    if (stored?.passages.some((p) => p.text.includes(ref.quote))) continue;
    const near = stored && closestPassage(ref.quote, stored.passages);
    const where = `${EVIDENCE_DIR}/${ref.source}.yaml`;
    problems.push(
      problemAt(
        ref.entry,
        ref.collection,
        ref.path,
        'evidence',
        stored
          ? {
              zh: `${ref.entry.id} 的引文不在来源 ${ref.source} 的证据原文中："${short(ref.quote)}"${near ? `；最接近的一句（${where}:${near.line}）："${short(near.text)}"` : ''}`,
              en: `the quote of ${ref.entry.id} is not in the stored evidence of source ${ref.source}: "${short(ref.quote)}"${near ? `; closest stored passage (${where}:${near.line}): "${short(near.text)}"` : ''}`,
            }
          : { zh: `来源 ${ref.source} 没有证据文件 ${where}`, en: `source ${ref.source} has no evidence file ${where}` },
        {
          zh: `把含这句引文的原文句子逐字存进 ${where}（一句一行，最多300字），或把引文改成与已存原文一字不差`,
          en: `store the sentence that holds the quote, verbatim, in ${where} (one sentence per item, at most 300 characters), or make the quote match a stored passage exactly`,
        },
      ),
    );
  }
  return problems;
}
