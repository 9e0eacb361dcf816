/**
 * The content check of `astro build`, in a worker thread (started by check.ts): the
 * same checkProject as `npm run check`, on the second core while the main thread
 * generates types, syncs the content and bundles the site. Then, if the content
 * passed, every source's references in every style (renderAhead), so that page
 * rendering finds them made. Loaded by Node itself (type stripping), not by Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProject } from '../lib/check/integrity/index.ts';
import { toCsl } from '../lib/view/cite/csl.ts';
import { renderAhead } from '../lib/view/cite/render.ts';

export type CheckMessage =
  { kind: 'verdict'; problems: ReturnType<typeof checkProject>['problems'] } | { kind: 'references'; strings: Map<string, string> };

const post = (message: CheckMessage) => parentPort!.postMessage(message);

const { root } = workerData as { root: string };
const { corpus, problems } = checkProject(root);
post({ kind: 'verdict', problems });
if (!problems.some((p) => p.severity === 'error'))
  post({ kind: 'references', strings: renderAhead(corpus.sources.map((entry) => toCsl(entry.data))) });
