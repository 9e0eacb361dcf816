/**
 * npm run bench — build scaling, bytes per page, bytes and time per search.
 *
 *   tsx bench/run.ts            sizes 1,000 / 4,000 / 10,000 entries
 *   tsx bench/run.ts --quick    sizes 300 / 1,000
 *   options: --sizes 1000,4000  --reps 2  --seed N  --tmp <dir>  --keep  --no-search  --no-warmup  --no-profile
 *
 * For each size: generate a synthetic corpus (bench/corpus.ts) into a temp
 * folder; copy our project skeleton (astro.config.mjs, src/, public/, tsconfig.json,
 * package.json, node_modules linked entry by entry so caches stay local) next to
 * it, and write the BARE baseline (bench/bare.ts); build both, alternating
 * (bare→ours, then ours→bare …), each from a clean cache, under /usr/bin/time -v
 * with a /proc sampler for the process tree's peak memory; then measure our dist
 * (bench/output.ts) and search it in headless Chromium (bench/search.ts).
 * At the largest size, one more build of ours runs under node --cpu-prof (not timed)
 * to show where its CPU time goes (bench/profile.ts).
 * Writes bench-results/latest.json and docs/benchmarks.md after every size.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { writeCorpus } from './corpus.ts';
import { BARE_COMMAND } from './bare.ts';
import { runMeasured, writeJson, waitForQuiet, plain, TIME_BIN } from './measure.ts';
import { analyzeDist } from './output.ts';
import { measureSearch, CHROMIUM } from './search.ts';
import { renderReport } from './report.ts';
import { summarizeProfileDir } from './profile.ts';
import type { BenchResults, RunSummary, SizeResult } from './results.ts';
import { MAIN, cleanBuild, prepareBare, prepareOurs } from './run/projects.ts';
import { BARE_PHASES, OUR_PHASES, side, summarize } from './run/logs.ts';
import { profileCheck } from './run/check-profile.ts';

// ---------------------------------------------------------------- options

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const quick = args.includes('--quick');
const sizes = opt('--sizes')?.split(',').map(Number) ?? (quick ? [300, 1000] : [1000, 4000, 10000]);
const mode: BenchResults['mode'] = opt('--sizes') ? 'custom' : quick ? 'quick' : 'full';
const reps = Number(opt('--reps') ?? 2);
const seed = Number(opt('--seed') ?? 20240601);
const tmpRoot = resolve(opt('--tmp') ?? join(os.tmpdir(), 'atlas-bench'));
const keep = args.includes('--keep');
const doSearch = !args.includes('--no-search');
const warmup = !args.includes('--no-warmup');
const doProfile = !args.includes('--no-profile');
const resultsDir = join(MAIN, 'bench-results');
const queries = (JSON.parse(readFileSync(join(MAIN, 'bench/queries.json'), 'utf8')) as { queries: string[] }).queries;

if (tmpRoot === MAIN || (tmpRoot.startsWith(MAIN + '/') && !tmpRoot.startsWith(join(MAIN, 'bench-results/tmp')))) {
  throw new Error(`--tmp must be outside the project (or under bench-results/tmp/): ${tmpRoot}`);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${join(MAIN, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
  CI: '1',
};
delete env.NODE_OPTIONS;

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------------------------------------------------------------- main

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(MAIN, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (doSearch && !existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium), or pass --no-search`);
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(tmpRoot, { recursive: true });
  const bench: BenchResults = {
    schema: 1,
    status: 'running',
    date: new Date().toISOString(),
    mode,
    sizes,
    reps,
    seed,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      astro: version('astro'),
      mdx: version('@astrojs/mdx'),
      pagefind: version('pagefind'),
      playwright: version('playwright-core'),
      gnuTime: existsSync(TIME_BIN),
    },
    results: [],
  };
  const save = () => {
    writeJson(join(resultsDir, 'latest.json'), bench);
    writeFileSync(join(MAIN, 'docs/benchmarks.md'), renderReport(bench));
  };
  log(`mode ${mode}: sizes ${sizes.join(', ')}, ${reps} rep(s) each, temp ${tmpRoot}`);

  for (const size of sizes) {
    const dir = join(tmpRoot, `n${size}`);
    rmSync(dir, { recursive: true, force: true });
    const corpusDir = join(dir, 'corpus');
    mkdirSync(corpusDir, { recursive: true });
    log(`${size}: generating corpus`);
    const corpus = writeCorpus(size, corpusDir, seed);
    const check = await profileCheck(corpusDir);
    if (check.errors)
      throw new Error(`synthetic corpus of ${size} has ${check.errors} error(s): run tsx bench/corpus.ts --size ${size} --out <dir> to see them`);
    log(`${size}: ${JSON.stringify(corpus.counts)}; check ${Math.round(check.ms)} ms`);
    const oursDir = join(dir, 'ours');
    const bareDir = join(dir, 'bare');
    prepareOurs(oursDir, corpusDir);
    prepareBare(bareDir, corpusDir);
    const result: SizeResult = {
      size,
      corpus: { ...corpus, checkMs: check.ms, checkProfile: check.profile },
      build: { ours: side([]), bare: side([]), ratio: null, cpuRatio: null },
      errors: [],
    };
    bench.results.push(result);

    if (warmup && size === sizes[0]) {
      log(`${size}: warm-up build of the baseline (not measured)`);
      cleanBuild(bareDir);
      await runMeasured(BARE_COMMAND, { cwd: bareDir, env, logFile: join(dir, 'warmup.log') });
    }
    const oursRuns: RunSummary[] = [];
    const bareRuns: RunSummary[] = [];
    for (let rep = 1; rep <= reps; rep++) {
      const order = rep % 2 === 1 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
      for (let k = 0; k < order.length; k++) {
        const which = order[k];
        const cwd = which === 'ours' ? oursDir : bareDir;
        cleanBuild(cwd);
        const quiet = await waitForQuiet();
        if (quiet.busyShare >= 0.2)
          log(
            `${size}: machine still busy (${Math.round(quiet.busyShare * 100)}% of all CPUs) after ${Math.round(quiet.waitedMs / 1000)} s; measuring anyway`,
          );
        const cmd = which === 'ours' ? ['astro', 'build'] : BARE_COMMAND;
        const m = await runMeasured(cmd, { cwd, env, logFile: join(dir, `${which}-${rep}.log`), timeoutMs: 60 * 60 * 1000 });
        const s = summarize(m, rep, k + 1, which === 'ours' ? OUR_PHASES : BARE_PHASES, quiet);
        (which === 'ours' ? oursRuns : bareRuns).push(s);
        log(
          `${size}: ${which} rep ${rep}: ${(m.wallMs / 1000).toFixed(1)} s, cpu ${(m.treeCpuS ?? 0).toFixed(1)} s (tree), foreign cpu ${(m.foreignCpuS ?? 0).toFixed(1)} s, peak tree ${(m.peakTreeRssKb / 1024).toFixed(0)} MiB, exit ${m.exitCode}`,
        );
        if (m.exitCode !== 0) result.errors.push(`${which} build rep ${rep} failed (exit ${m.exitCode}):\n${s.failure}`);
      }
      result.build = { ours: side(oursRuns), bare: side(bareRuns), ratio: null, cpuRatio: null };
      const { ours, bare } = result.build;
      result.build.ratio = ours.ok && bare.ok && ours.wallMs && bare.wallMs ? ours.wallMs / bare.wallMs : null;
      result.build.cpuRatio = ours.ok && bare.ok && ours.cpuS && bare.cpuS ? ours.cpuS / bare.cpuS : null;
      save();
    }

    if (existsSync(join(bareDir, 'dist'))) {
      const bare = analyzeDist(join(bareDir, 'dist'));
      const gzips = bare.pages.map((p) => p.gzip).sort((a, b) => a - b);
      result.bareOutput = {
        pages: bare.figures.pages,
        htmlGzipMedian: gzips[Math.floor(gzips.length / 2)] ?? NaN,
        htmlBytesTotal: bare.figures.htmlBytesTotal,
        pagefindBytes: bare.figures.pagefind.bytes,
        indexedPages: bare.figures.pagefind.indexedPages,
      };
    }
    const dist = join(oursDir, 'dist');
    if (result.build.ours.runs.at(-1)?.exitCode === 0 && existsSync(dist)) {
      log(`${size}: measuring output`);
      result.output = analyzeDist(dist).figures;
      save();
      if (doSearch) {
        log(`${size}: measuring search (${queries.length} queries)`);
        try {
          result.search = await measureSearch(dist, queries);
          bench.machine.chromium = result.search.chromium;
        } catch (error) {
          result.errors.push(`search: ${(error as Error).stack ?? String(error)}`);
        }
        // What Pagefind alone costs on this machine and corpus, read next to ours: the
        // machine's speed moves both, so the ratio is steadier than either figure.
        if (existsSync(join(bareDir, 'dist/search/index.html'))) {
          log(`${size}: measuring the baseline's search (cold only)`);
          try {
            result.bareSearch = await measureSearch(join(bareDir, 'dist'), queries, { warm: false });
          } catch (error) {
            result.errors.push(`bare search: ${(error as Error).stack ?? String(error)}`);
          }
        }
      }
    } else {
      result.errors.push('our last build did not finish: no output or search figures');
    }
    save();
    if (doProfile && size === Math.max(...sizes) && result.build.ours.ok) {
      log(`${size}: CPU profile of one more build of ours (not measured)`);
      const profDir = join(dir, 'cpu-profile');
      rmSync(profDir, { recursive: true, force: true });
      mkdirSync(profDir, { recursive: true });
      cleanBuild(oursDir);
      await waitForQuiet();
      const m = await runMeasured(['astro', 'build'], {
        cwd: oursDir,
        env: { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}` },
        logFile: join(dir, 'ours-profile.log'),
      });
      const summary = m.exitCode === 0 ? summarizeProfileDir(profDir, 20) : undefined;
      if (summary) result.profile = { ...summary, wallMs: m.wallMs };
      else {
        // The temp folder (and the log in it) is removed below unless --keep: keep the log's end here.
        const tail = m.lines
          .slice(-25)
          .map((l) => plain(l.text))
          .join('\n');
        result.errors.push(`profile build failed (exit ${m.exitCode}):\n${tail}`);
      }
      save();
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
    log(`${size}: done`);
  }
  bench.status = 'complete';
  save();
  log(`wrote bench-results/latest.json and docs/benchmarks.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
