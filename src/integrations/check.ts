/**
 * Runs the same check as `npm run check` before any content compiles or runs, so
 * `astro build` and `astro dev` called directly also refuse bad or hostile entries
 * (MDX with code is rejected before it is compiled or executed).
 *
 * In `astro build` the check runs in a worker thread (check-worker.ts) while the main
 * thread goes on: 2 s at 10,000 entries of rules, and then 3 s of citeproc rendering
 * every source's references, off the path the build waits on (bench/notes.md). The
 * main thread reads the corpus itself meanwhile (the content loaders need it), so an
 * entry that fails its schema stops the build at once with the full report, and any
 * other problem stops it before Vite compiles the first module (astro:build:setup).
 * Dev and sync check on the main thread, as before.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkProject } from '../lib/check/integrity/index.ts';
import { loadCorpusCached } from '../lib/check/corpus/load.ts';
import { formatProblem, summarize, type Problem } from '../lib/check/problems.ts';
import { renderedAhead, renderedAheadStats } from '../lib/view/cite/render.ts';
import type { CheckMessage } from './check-worker.ts';

const isError = (p: Problem) => p.severity === 'error';

/** Print every error and stop, or log that the content passed. */
function judge(problems: Problem[], logger: AstroIntegrationLogger): void {
  const errors = problems.filter(isError);
  if (errors.length) {
    console.error(errors.map(formatProblem).join('\n\n'));
    throw new Error(`内容检查未通过 Content check failed: ${summarize(problems)}. Run npm run check for the full list.`);
  }
  logger.info(`content check passed (${summarize(problems)})`);
}

/**
 * The check in a worker thread; its references go into the map page rendering reads.
 * A worker that cannot start or crashes gives way to the check on the main thread.
 * `script` is the worker's module: tests pass one that fails (tests/lib/check-worker.test.ts).
 */
export function checkInWorker(
  root: string,
  logger: Pick<AstroIntegrationLogger, 'warn'>,
  script: URL = new URL('./check-worker.ts', import.meta.url),
): { verdict: Promise<Problem[]>; worker?: Worker } {
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { root } });
  } catch (error) {
    logger.warn(`content check runs on the main thread: the worker did not start (${String(error)})`);
    return { verdict: Promise.resolve(checkProject(root).problems) };
  }
  // The build never waits for the worker to end; it ends by itself once its references are sent.
  worker.unref();
  const strings = renderedAhead();
  const verdict = new Promise<Problem[]>((resolve, reject) => {
    let judged = false;
    worker.on('message', (message: CheckMessage) => {
      if (message.kind === 'verdict') {
        judged = true;
        resolve(message.problems);
      } else for (const [key, text] of message.strings) strings.set(key, text);
    });
    const fallBack = (why: string) => {
      if (judged) return;
      judged = true;
      logger.warn(`content check runs on the main thread: the worker ${why}`);
      // A check that throws here fails the build through the verdict, not as an uncaught exception in an event handler.
      try {
        resolve(checkProject(root).problems);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.on('error', (error) => fallBack(`failed (${String(error)})`));
    worker.on('exit', (code) => fallBack(`ended with code ${code} before its verdict`));
  });
  return { verdict, worker };
}

export default function atlasCheck(): AstroIntegration {
  let passed: Promise<void> | undefined;
  let pending: { verdict: Promise<Problem[]>; worker?: Worker } | undefined;
  return {
    name: 'atlas-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        if (command !== 'build') return judge(checkProject(root).problems, logger);
        pending = checkInWorker(root, logger);
        // The same read and validation the worker does, for the content loaders (cached for them).
        const { problems } = loadCorpusCached(root);
        if (problems.some(isError)) judge(await pending.verdict, logger);
      },
      'astro:build:setup': async ({ logger }) => {
        passed ??= pending?.verdict.then((problems) => judge(problems, logger));
        await passed;
      },
      'astro:build:done': ({ logger }) => {
        void pending?.worker?.terminate();
        const stats = renderedAheadStats();
        if (stats) logger.info(`source references: ${stats.used} rendered ahead by the check's worker, ${stats.rendered} rendered during the build`);
      },
    },
  };
}
