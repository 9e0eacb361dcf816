/**
 * When each entry (claim, case, event, source …) was first added and last changed,
 * from git history read once per build, for the feed, 最新收录, case citations and
 * the sitemap's lastmod.
 *
 * One `git log -p -U0` over the collections' files, oldest commit first, is replayed
 * to rebuild each file at each commit. In YAML lists (many entries a file) an entry
 * is its lines from its `- id:` line to the next item: it was added by the first
 * commit that has it (in any file of its collection, so moving it keeps its date)
 * and changed by every commit after which its text differs, so an entry appended to
 * an old file gets its own date, not the file's. MDX entries are their files.
 *
 * History that is not there gives no date, never a made-up one: without git (a
 * tarball) nothing is known; in a shallow clone the boundary commit holds every file
 * without saying when it arrived, so entries first seen there have no added date.
 * `entryDates` then falls back to data: the source's `accessed` date (we cannot have
 * added a claim before reading its source). Never the build date.
 *
 * The first version ran git with the compiled chunk's folder as its working
 * directory (import.meta.url of the bundled page under dist/), where the pathspecs
 * `content` and `data` match nothing, so every entry got the build date; the output
 * would also have outgrown execFileSync's 1 MB default buffer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { collectionSpecs, locationsOf, entryHref, type CollectionName } from '../../schemas/index.ts';
import { loadCorpusCached } from '../check/corpus/load.ts';
import { applyHunks, parseLog } from './added-dates/git-log.ts';

/** The log parsers, for their tests. */
export { parseAddedLog, parseLog } from './added-dates/git-log.ts';

export interface EntryDates {
  /** First commit that has the entry (YYYY-MM-DD); absent when history does not say. */
  added?: string;
  /** Last commit that changed the entry's lines (YYYY-MM-DD); absent when history does not say. */
  changed?: string;
}

/** "claims/some-id" → dates. */
export type History = Map<string, EntryDates>;

export const historyKey = (collection: CollectionName, id: string) => `${collection}/${id}`;

interface FileKind {
  collection: CollectionName;
  format: 'yaml' | 'mdx';
}

/** Which collection a repository path (relative to the project root) belongs to. */
export function collectionOfPath(path: string): FileKind | undefined {
  for (const [name, spec] of Object.entries(collectionSpecs) as [CollectionName, (typeof collectionSpecs)[CollectionName]][]) {
    for (const pattern of locationsOf(spec)) {
      const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`);
      if (re.test(path)) return { collection: name, format: spec.format };
    }
  }
  return undefined;
}

/** The id an entry's first line declares: "- id: foo", "- id: 'foo'". */
const ID_LINE = /^- id:\s*(['"]?)([^'"\s#]+)\1\s*(?:#.*)?$/;
/** Any top-level list item starts a new entry. */
const ITEM_LINE = /^-(?:\s|$)/;

/** Each entry's text in a YAML list file, by id (lines from its `- id:` line to the next item, trailing blank lines dropped). */
function entryTexts(lines: readonly string[]): Map<string, string> {
  const texts = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    if (ITEM_LINE.test(line)) {
      const id = ID_LINE.exec(line)?.[2];
      current = id ? [] : undefined;
      if (id) texts.set(id, current!);
    }
    current?.push(line);
  }
  return new Map([...texts].map(([id, l]) => [id, l.join('\n').replace(/\s+$/, '')]));
}

/**
 * Replay the commits (oldest first) and date every entry. Commits in `boundary` (a
 * shallow clone's cut-off) add content without dating it.
 */
export function datesFromLog(
  log: string,
  boundary: ReadonlySet<string> = new Set(),
  kindOf: (path: string) => FileKind | undefined = collectionOfPath,
): History {
  const dates: History = new Map();
  const files = new Map<string, string[]>();
  const texts = new Map<string, string>();
  const touch = (key: string, date: string | undefined) => {
    let d = dates.get(key);
    if (!d) {
      d = date ? { added: date } : {};
      dates.set(key, d);
    }
    if (date && (!d.changed || date > d.changed)) d.changed = date;
  };
  for (const commit of parseLog(log)) {
    const date = boundary.has(commit.sha) ? undefined : commit.date;
    for (const patch of commit.files) {
      const path = patch.newPath ?? patch.oldPath;
      if (!path) continue;
      const kind = kindOf(path);
      const old = (patch.oldPath && files.get(patch.oldPath)) || [];
      const next = patch.newPath ? applyHunks(old, patch.hunks) : [];
      if (patch.oldPath) files.delete(patch.oldPath);
      if (patch.newPath) files.set(patch.newPath, next);
      if (!kind) continue;
      if (kind.format === 'mdx') {
        if (patch.newPath) touch(historyKey(kind.collection, patch.newPath.replace(/^.*\//, '').replace(/\.mdx$/, '')), date);
        continue;
      }
      // An entry changed when its own text differs from the last text it had anywhere in its
      // collection (diff hunks can straddle two entries; moving an entry unchanged is no change).
      for (const [id, text] of entryTexts(next)) {
        const key = historyKey(kind.collection, id);
        if (texts.get(key) === text) continue;
        texts.set(key, text);
        touch(key, date);
      }
    }
  }
  return dates;
}

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', '-c', 'log.showSignature=false', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1024 * 1024 * 1024,
  });

/** The commits a shallow clone is cut at (from .git/shallow), or none in a full clone. */
function shallowBoundary(root: string): Set<string> {
  const [isShallow, shallowPath] = git(root, ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow']).trim().split('\n');
  if (isShallow !== 'true') return new Set();
  const file = isAbsolute(shallowPath) ? shallowPath : join(root, shallowPath);
  return new Set(
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );
}

/** Read git history for the content of the project at `root` (two git calls). Empty without git. */
export function readHistory(root: string): History {
  try {
    const boundary = shallowBoundary(root);
    const pathspecs = Object.values(collectionSpecs).flatMap((spec) => locationsOf(spec));
    const log = git(root, [
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--reverse',
      '-p',
      '-U0',
      '--no-renames',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--relative',
      '--format=%x00%H %as',
      '--',
      ...pathspecs,
    ]);
    return datesFromLog(log, boundary);
  } catch {
    return new Map();
  }
}

// Shared through globalThis: Astro loads the config and the pages as separate module
// instances in one process, and the history is read once for all of them.
const CACHE_KEY = Symbol.for('commerce-atlas.history');

/** readHistory, once per process and project root. */
export function historyOf(given: string = process.cwd()): History {
  // The same folder is one key, with or without a trailing "/" (see loadCorpusCached).
  const root = resolve(given);
  const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<string, History>;
  let history = cache.get(root);
  if (!history) {
    history = readHistory(root);
    cache.set(root, history);
  }
  return history;
}

/** The fields `entryDates` reads; both the Astro collections and the checker's corpus have them. */
export interface DatableCorpus {
  sources: readonly { id: string; data: { accessed: string } }[];
  claims: readonly { id: string; data: { source: string; subject: string } }[];
  events: readonly { id: string; data: { source: string } }[];
}

export type DatesOf = (collection: CollectionName, id: string) => EntryDates;

/**
 * Added and last-changed dates of any entry: git history where it has them, else
 * the `accessed` date of the source(s) the entry rests on (a claim's or event's
 * source; for a case, the earliest and the latest among its claims' sources; for a
 * source, its own). Entries with neither have no date.
 */
export function entryDates(corpus: DatableCorpus, history: History): DatesOf {
  const accessed = new Map(corpus.sources.map((s) => [s.id, s.data.accessed]));
  const bySubject = new Map<string, string[]>();
  for (const c of corpus.claims) {
    const a = accessed.get(c.data.source);
    if (!a) continue;
    const list = bySubject.get(c.data.subject);
    if (list) list.push(a);
    else bySubject.set(c.data.subject, [a]);
  }
  const claimSource = new Map(corpus.claims.map((c) => [c.id, c.data.source]));
  const eventSource = new Map(corpus.events.map((e) => [e.id, e.data.source]));
  const fallback = (collection: CollectionName, id: string): EntryDates => {
    const one = (source: string | undefined) => {
      const a = source ? accessed.get(source) : undefined;
      return a ? { added: a, changed: a } : {};
    };
    switch (collection) {
      case 'sources':
        return one(id);
      case 'claims':
        return one(claimSource.get(id));
      case 'events':
        return one(eventSource.get(id));
      default: {
        // Hub entries (case, platform …): the dates of the sources of the claims about them.
        const subject = collectionSpecs[collection] as { subject?: string };
        const list = subject.subject ? bySubject.get(`${subject.subject}/${id}`) : undefined;
        if (!list?.length) return {};
        const sorted = [...list].sort();
        return { added: sorted[0], changed: sorted[sorted.length - 1] };
      }
    }
  };
  return (collection, id) => {
    const h = history.get(historyKey(collection, id)) ?? {};
    const f = h.added && h.changed ? {} : fallback(collection, id);
    const added = h.added ?? f.added;
    let changed = h.changed ?? f.changed;
    if (added && changed && changed < added) changed = added;
    return { added, changed: changed ?? added };
  };
}

/**
 * lastmod for @astrojs/sitemap's `serialize`: the last-changed date of the entry a
 * URL is the permalink of, or undefined (list pages, the home page).
 */
export function sitemapLastmod(root: string = process.cwd()): (url: string) => string | undefined {
  let byPath: Map<string, string> | undefined;
  return (url) => {
    if (!byPath) {
      byPath = new Map();
      // Loaded lazily (after the build) and from the same cached corpus the build checked.
      const { corpus } = loadCorpusCached(root);
      const dates = entryDates(corpus as unknown as DatableCorpus, historyOf(root));
      for (const [name, spec] of Object.entries(collectionSpecs) as [CollectionName, { route?: string }][]) {
        if (!spec.route) continue;
        for (const entry of (corpus as unknown as Record<string, { id: string }[]>)[name] ?? []) {
          const changed = dates(name, entry.id).changed;
          if (changed) byPath.set(entryHref(name, entry.id), changed);
        }
      }
    }
    return byPath.get(new URL(url, 'http://x').pathname);
  };
}
