/**
 * The BARE baseline: the least an Astro 7 site can do with the same corpus.
 * One plain page per entry showing its fields and its prose, built with Astro's
 * own loaders (file() for the YAML lists, glob() for the prose), no schemas, no
 * checker, no tables or citations, no integrations; then Pagefind's Node API
 * indexes dist/ in a second step, as our integration does inside the build.
 *
 * Its search page is Pagefind's JavaScript API with its defaults, showing the first
 * ten results with their excerpts (as ours shows ten): the bench measures both sites'
 * cold search the same way, so that ours can be read against what Pagefind itself
 * costs on the same machine and corpus.
 *
 * Two adaptations, both in the baseline's favour of being minimal:
 *  - each collection's YAML lists are concatenated into one file, because file()
 *    takes one file;
 *  - prose files are copied as .md, because glob() only loads .mdx with the MDX
 *    integration. The <Claim id="…" /> tags stay in the text as raw HTML.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const YAML_COLLECTIONS: Record<string, string[]> = {
  sources: ['data/sources.yaml'],
  measures: ['data/measures'],
  claims: ['data/claims'],
  events: ['data/events'],
  terms: ['data/terms.yaml'],
  disagreements: ['data/disagreements.yaml'],
};
const PROSE_COLLECTIONS = ['cases', 'platforms', 'models'];

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://bare.example.com',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
export const collections = {
${Object.keys(YAML_COLLECTIONS)
  .map((name) => `  ${name}: defineCollection({ loader: file('data/${name}.yaml') }),`)
  .join('\n')}
${PROSE_COLLECTIONS.map((name) => `  ${name}: defineCollection({ loader: glob({ pattern: '*.md', base: './content/${name}' }) }),`).join('\n')}
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  // getStaticPaths is hoisted out of the page: its constants live inside it.
  const PAGED = ['sources', 'measures', 'claims', 'events', 'terms', 'cases', 'platforms', 'models'] as const;
  const paths = [];
  for (const coll of PAGED) for (const entry of await getCollection(coll)) paths.push({ params: { coll, id: entry.id }, props: { entry } });
  return paths;
}
const { entry } = Astro.props;
const data = entry.data as Record<string, unknown>;
const title = String(data.name ?? data.title ?? data.term ?? entry.id);
const Content = ['cases', 'platforms', 'models'].includes(entry.collection) ? (await render(entry)).Content : undefined;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <h1>{title}</h1>
    <dl>{Object.entries(data).map(([k, v]) => <><dt>{k}</dt><dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd></>)}</dl>
    {Content && <Content />}
  </body>
</html>
`;

// Same ids and status wording as our search page, which the bench's runner watches.
// The script is inline (not bundled: pagefind.js exists only after the index step).
const SEARCH_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>搜索</title></head>
  <body>
    <form id="search" action="/search/"><input id="q" name="q" type="search" /><button>搜索</button></form>
    <p id="status"></p>
    <ol id="results"></ol>
    <script is:inline type="module">
      // The same marks as our page, for the runner's timeline.
      const mark = (name) => performance.mark('atlas:' + name);
      mark('script');
      const form = document.getElementById('search');
      const input = document.getElementById('q');
      const status = document.getElementById('status');
      const list = document.getElementById('results');
      const ready = import('/pagefind/pagefind.js').then(async (pagefind) => (await pagefind.init(), mark('pagefind-ready'), pagefind));
      async function run() {
        const q = input.value.trim();
        if (!q) return;
        const pagefind = await ready;
        const found = (await pagefind.search(q)).results;
        mark('searched');
        const data = await Promise.all(found.slice(0, 10).map((r) => r.data()));
        list.replaceChildren(...data.map((d) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = d.url;
          a.textContent = d.meta.title ?? d.url;
          const p = document.createElement('p');
          p.innerHTML = d.excerpt;
          li.append(a, p);
          return li;
        }));
        mark('shown');
        status.textContent = found.length ? '找到 ' + found.length + ' 条结果' : '没有找到结果';
      }
      form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      run();
    </script>
  </body>
</html>
`;

const INDEX = `import * as pagefind from 'pagefind';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error('Pagefind could not start: ' + errors.join('; '));
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log('[bare-pagefind] indexed ' + added.page_count + ' HTML files');
`;

/** Write the baseline project into `dir` with the corpus from `corpusDir`. */
export function writeBareProject(dir: string, corpusDir: string): void {
  mkdirSync(join(dir, 'src/pages/[coll]'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-bench-bare', private: true, type: 'module' }, null, 2) + '\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/pages/[coll]/[id].astro'), PAGE);
  writeFileSync(join(dir, 'src/pages/search.astro'), SEARCH_PAGE);
  writeFileSync(join(dir, 'pagefind-index.mjs'), INDEX);
  for (const [name, parts] of Object.entries(YAML_COLLECTIONS)) {
    const texts: string[] = [];
    for (const part of parts) {
      const abs = join(corpusDir, part);
      if (!existsSync(abs)) continue;
      if (part.endsWith('.yaml')) texts.push(readFileSync(abs, 'utf8'));
      else
        for (const f of readdirSync(abs)
          .filter((f) => f.endsWith('.yaml'))
          .sort())
          texts.push(readFileSync(join(abs, f), 'utf8'));
    }
    // Each file is a top-level YAML list, so the texts concatenate into one list.
    writeFileSync(join(dir, `data/${name}.yaml`), texts.map((t) => t.trimEnd() + '\n').join('') || '[]\n');
  }
  for (const name of PROSE_COLLECTIONS) {
    const from = join(corpusDir, 'content', name);
    const to = join(dir, 'content', name);
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from).filter((f) => f.endsWith('.mdx'))) cpSync(join(from, f), join(to, f.replace(/\.mdx$/, '.md')));
  }
}

/** The command that builds and indexes the baseline (run inside its folder). */
export const BARE_COMMAND = ['sh', '-c', 'astro build && node pagefind-index.mjs'];
