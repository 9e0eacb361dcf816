/**
 * Write a generated corpus as the project keeps its own: data/**\/*.yaml lists,
 * content/**\/*.mdx with front matter, and data/evidence/<source>.yaml holding
 * every quote as a stored passage; then check it with the project's own checker.
 * Every row is written as the schema's input type (types.ts), with no extra field.
 */
import { mkdirSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateCorpus } from './generate.ts';
import { pad } from './helpers.ts';
import type { CaseIn, ClaimGen, ClaimIn, CorpusResult, MeasureIn, ModelIn, PlatformIn, SourceIn } from './types.ts';

/** At compile time: `row` is the schema's input type and has no field the (strict) schema does not know. */
const exact =
  <T>() =>
  <R extends T>(row: R & Record<Exclude<keyof R, keyof T>, never>): T =>
    row;

/** Drop undefined fields so YAML stays clean. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function yamlList(header: string, items: object[]): string {
  return `# ${header}\n` + stringify(items.map(clean), { lineWidth: 0 });
}

function frontMatter(data: object, body: string): string {
  return `---\n${stringify(clean(data), { lineWidth: 0 })}---\n\n${body}`;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = dirBytes(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Generate and write a corpus of `size` entries into `outDir` (data/ and content/). */
export function writeCorpus(size: number, outDir: string, seed = 20240601): CorpusResult {
  const out = resolve(outDir);
  if (
    out === PROJECT_ROOT ||
    out.startsWith(join(PROJECT_ROOT, 'data')) ||
    out.startsWith(join(PROJECT_ROOT, 'content')) ||
    out.startsWith(join(PROJECT_ROOT, 'src'))
  ) {
    throw new Error(`refusing to write a synthetic corpus into the project itself (${out})`);
  }
  if (existsSync(join(out, 'data')) || existsSync(join(out, 'content')))
    throw new Error(`${out} already holds data/ or content/: use an empty folder`);
  const g = generateCorpus(size, seed);
  for (const d of ['data/measures', 'data/claims', 'data/events', 'content/cases', 'content/platforms', 'content/models'])
    mkdirSync(join(out, d), { recursive: true });

  const sourceRows = g.sources.map(({ tag: _t, pubEnd: _p, year: _y, month: _m, ...s }) => exact<SourceIn>()(s));
  writeFileSync(join(out, 'data/sources.yaml'), yamlList('Synthetic benchmark corpus (bench/corpus.ts): sources.', sourceRows));
  // Stored evidence: every quote is its own passage, as a contributor's sentence would hold it.
  const passages = new Map<string, Set<string>>();
  const keep = (source: unknown, quote: unknown) =>
    typeof source === 'string' && typeof quote === 'string' && (passages.get(source) ?? passages.set(source, new Set()).get(source)!).add(quote);
  for (const c of g.claims) keep(c.source, c.quote);
  for (const e of g.events) keep(e.source, e.quote);
  for (const m of g.models) {
    for (const l of m.labels ?? []) keep(l.source, l.quote);
    for (const t of m.traits ?? []) keep(t.source, t.quote);
  }
  mkdirSync(join(out, 'data/evidence'), { recursive: true });
  for (const [source, quotes] of passages)
    writeFileSync(join(out, `data/evidence/${source}.yaml`), `# Synthetic evidence.\n${[...quotes].map((q) => `- ${JSON.stringify(q)}\n`).join('')}`);
  chunks(
    g.measures.map(({ counter: _c, ...m }) => exact<MeasureIn>()(m)),
    40,
  ).forEach((list, i) => writeFileSync(join(out, `data/measures/m${pad(i, 3)}.yaml`), yamlList('Synthetic measures.', list)));
  // Claims grouped by source, like the real per-article helper files.
  const bySource = [...g.claims].sort((a, b) => a.source.localeCompare(b.source));
  chunks(
    bySource.map(({ valueText: _v, ...c }) => exact<ClaimIn>()(c)),
    60,
  ).forEach((list, i) => writeFileSync(join(out, `data/claims/c${pad(i, 3)}.yaml`), yamlList('Synthetic claims, grouped by source.', list)));
  chunks(g.events, 60).forEach((list, i) => writeFileSync(join(out, `data/events/e${pad(i, 3)}.yaml`), yamlList('Synthetic events.', list)));
  writeFileSync(join(out, 'data/terms.yaml'), yamlList('Synthetic glossary.', g.terms));
  writeFileSync(join(out, 'data/disagreements.yaml'), yamlList('Synthetic disagreements.', g.disagreements));
  for (const c of g.cases) {
    const { body, id, city: _c, person: _p, role: _r, year: _y, month: _m, ...data } = c;
    writeFileSync(join(out, `content/cases/${id}.mdx`), frontMatter(exact<CaseIn>()(data), body));
  }
  for (const p of g.platforms) {
    const { id, year: _y, ...data } = p;
    writeFileSync(join(out, `content/platforms/${id}.mdx`), frontMatter(exact<PlatformIn>()(data), g.platformBodies.get(id)!));
  }
  for (const m of g.models) {
    const { id, body, ...data } = m;
    writeFileSync(
      join(out, `content/models/${id}.mdx`),
      frontMatter(
        exact<ModelIn>()({
          ...data,
          labels: (data.labels ?? []).map((l) => clean(l)),
          traits: (data.traits ?? []).map((t) => clean(t)),
        }),
        body,
      ),
    );
  }

  const top = (key: (c: ClaimGen) => string): [string, number] => {
    const n = new Map<string, number>();
    for (const c of g.claims) n.set(key(c), (n.get(key(c)) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1])[0];
  };
  const { files, bytes } = dirBytes(out);
  const result: CorpusResult = {
    size,
    seed,
    counts: {
      claims: g.claims.length,
      cases: g.cases.length,
      events: g.events.length,
      terms: g.terms.length,
      sources: g.sources.length,
      measures: g.measures.length,
      platforms: g.platforms.length,
      models: g.models.length,
      disagreements: g.disagreements.length,
    },
    files,
    bytes,
    hubs: { subject: top((c) => c.subject), measure: top((c) => c.measure), source: top((c) => c.source) },
  };
  writeFileSync(join(out, 'corpus.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

/** Run the project's own checker over a corpus folder; returns error and warning counts. */
export async function verifyCorpus(dir: string): Promise<{ errors: number; warnings: number; ms: number; first: string[] }> {
  const { checkProject } = await import('../../src/lib/check/integrity/index.ts');
  const { formatProblem } = await import('../../src/lib/check/problems.ts');
  const started = performance.now();
  const { problems } = checkProject(resolve(dir));
  const errors = problems.filter((p) => p.severity === 'error');
  return {
    errors: errors.length,
    warnings: problems.length - errors.length,
    ms: performance.now() - started,
    first: errors.slice(0, 5).map(formatProblem),
  };
}
