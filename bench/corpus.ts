/**
 * A synthetic but realistic Commerce Atlas corpus for the build benchmark.
 *
 *   tsx bench/corpus.ts --size 1000 --out /tmp/atlas-corpus [--seed 7] [--no-verify]
 *
 * Writes data/**\/*.yaml and content/**\/*.mdx into --out (never into the project's
 * own data/ or content/; the script refuses). Entries are split like the real site
 * (≈45% claims, 10% cases, then events, terms, sources, measures, platforms,
 * models, disagreements), every entry is valid for src/schemas and the integrity
 * rules (quotes contain their values and are stored as evidence passages,
 * references resolve, periods are not after their sources), and the output depends
 * only on --size and --seed. Rows are typed from the schemas' input types
 * (corpus/types.ts).
 *
 * Realism choices (see docs/benchmarks.md): claim subjects, measures and sources are
 * drawn with Zipf-like skew, so a few hub pages (视频号, 成交总额, 窄播 …) grow with the
 * corpus as they do on the real site; case bodies follow content/cases/*.mdx.
 * The parts: corpus/catalog.ts, claims.ts, prose-extras.ts, generate.ts, write.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyCorpus, writeCorpus } from './corpus/write.ts';

export { generateCorpus } from './corpus/generate.ts';
export { verifyCorpus, writeCorpus } from './corpus/write.ts';
export { COLLECTION_SHARES, countsFor, type CollectionKey, type CorpusResult } from './corpus/types.ts';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const size = Number(opt('--size') ?? 1000);
  const outDir = opt('--out');
  if (!outDir || !Number.isFinite(size)) {
    console.error('usage: tsx bench/corpus.ts --size 1000 --out <empty folder> [--seed N] [--no-verify]');
    process.exit(2);
  }
  const result = writeCorpus(size, outDir, Number(opt('--seed') ?? 20240601));
  console.log(JSON.stringify(result));
  if (!args.includes('--no-verify')) {
    const v = await verifyCorpus(outDir);
    console.log(`check: ${v.errors} error(s), ${v.warnings} warning(s) in ${Math.round(v.ms)} ms`);
    if (v.errors) {
      console.error(v.first.join('\n\n'));
      process.exit(1);
    }
  }
}
