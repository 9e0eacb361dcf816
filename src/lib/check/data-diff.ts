/**
 * What changed in the atlas's data between two git refs: for every collection of the
 * registry, the entries added, removed and changed (with each changed field's old and
 * new value), and the pages those changes touch. Files are read from git itself
 * (`git ls-tree`, `git show <ref>:<path>`), so neither ref needs to be checked out.
 * Used by `npm run diff` (scripts/diff.ts) and its test.
 */
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import {
  anchorHref,
  collectionSpecs,
  entryHref,
  listHref,
  SUBJECT_COLLECTION,
  type CollectionName,
  type CollectionSpec,
} from '../../schemas/index.ts';
import { parseSubject, type SubjectType } from '../../schemas/claim.ts';
import { splitFrontMatter } from './corpus/front-matter.ts';

/** One entry as stored at a ref. */
export interface StoredEntry {
  id: string;
  file: string;
  /** Position in the collection at that ref (file order, then order in the file). */
  index: number;
  data: Record<string, unknown>;
  /** MDX only: the text after the front matter. */
  body?: string;
}

export interface FieldChange {
  /** Top-level field name; `body` for the text of an MDX entry. */
  field: string;
  /** Absent when the field did not exist on that side. */
  old?: unknown;
  new?: unknown;
}

export interface EntryRef {
  id: string;
  file: string;
  /** The entry's page, or where it is listed. */
  href: string;
}

export interface ChangedEntry extends EntryRef {
  fields: FieldChange[];
}

export interface CollectionDiff {
  added: EntryRef[];
  changed: ChangedEntry[];
  removed: EntryRef[];
}

export interface DataDiff {
  base: string;
  head: string;
  collections: Partial<Record<CollectionName, CollectionDiff>>;
  /** Every page whose content changes (entry pages and the hub pages that list changed claims), sorted. */
  pages: string[];
  /** Files that could not be read as entries at one of the refs. */
  problems: string[];
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The commit a ref names; throws a readable error for an unknown ref. */
export function resolveRef(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`unknown git ref: ${ref} (in ${root})`);
  }
}

/** Does a path match a registry pattern ("dir/file.yaml" or "dir/*.yaml", one folder deep)? */
export function matchesPattern(path: string, pattern: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return path === pattern;
  const dir = pattern.slice(0, pattern.lastIndexOf('/', star) + 1);
  const suffix = pattern.slice(star + 1);
  if (!path.startsWith(dir) || !path.endsWith(suffix)) return false;
  const name = path.slice(dir.length);
  return !name.includes('/') && !name.startsWith('.') && name.length > suffix.length;
}

function patternsOf(spec: CollectionSpec): readonly string[] {
  return spec.format === 'yaml' ? spec.patterns : [`${spec.dir}/*.mdx`];
}

/** Every entry of every collection at a commit, by collection and id. */
export function readEntriesAt(root: string, commit: string, problems: string[] = []): Record<CollectionName, Map<string, StoredEntry>> {
  const names = Object.keys(collectionSpecs) as CollectionName[];
  const dirs = [...new Set(names.flatMap((n) => patternsOf(collectionSpecs[n]).map((p) => p.split('/')[0])))];
  const files = git(root, ['ls-tree', '-r', '--name-only', '-z', commit, '--', ...dirs])
    .split('\0')
    .filter(Boolean)
    .sort();
  const out = {} as Record<CollectionName, Map<string, StoredEntry>>;
  for (const name of names) {
    const spec: CollectionSpec = collectionSpecs[name];
    const entries = new Map<string, StoredEntry>();
    let index = 0;
    // File order as the loader reads them: pattern by pattern, files sorted within each.
    for (const pattern of patternsOf(spec)) {
      for (const file of files.filter((f) => matchesPattern(f, pattern))) {
        const text = git(root, ['show', `${commit}:${file}`]);
        try {
          if (spec.format === 'yaml') {
            const list = parseYaml(text) as unknown;
            if (list === null || list === undefined) continue;
            if (!Array.isArray(list)) throw new Error('the top level is not a list');
            for (const item of list) {
              const id =
                item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
              if (id === undefined) {
                problems.push(`${commit.slice(0, 7)}:${file}: an entry without an id is left out`);
                continue;
              }
              entries.set(id, { id, file, index: index++, data: item as Record<string, unknown> });
            }
          } else {
            const front = splitFrontMatter(text);
            if (!front) throw new Error('no front matter');
            const data = (parseYaml(front.yaml) ?? {}) as Record<string, unknown>;
            const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
            entries.set(id, { id, file, index: index++, data, body: front.body });
          }
        } catch (error) {
          problems.push(`${commit.slice(0, 7)}:${file}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    out[name] = entries;
  }
  return out;
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The differences between two values as paths (`traits[2].text`): objects key by key;
 * lists of the same length item by item; lists of objects of different lengths as the
 * items gone and the items new; anything else as one old → new change.
 */
function diffValues(path: string, old: unknown, next: unknown, out: FieldChange[]): void {
  if (canonical(old) === canonical(next)) return;
  if (isObject(old) && isObject(next)) {
    for (const key of [...new Set([...Object.keys(next), ...Object.keys(old)])]) {
      const sub = `${path}.${key}`;
      if (!Object.hasOwn(old, key)) out.push({ field: sub, new: next[key] });
      else if (!Object.hasOwn(next, key)) out.push({ field: sub, old: old[key] });
      else diffValues(sub, old[key], next[key], out);
    }
    return;
  }
  if (Array.isArray(old) && Array.isArray(next) && [...old, ...next].some((v) => v && typeof v === 'object')) {
    if (old.length === next.length) {
      old.forEach((item, i) => diffValues(`${path}[${i}]`, item, next[i], out));
      return;
    }
    const count = (list: unknown[]) => list.reduce<Map<string, number>>((m, v) => m.set(canonical(v), (m.get(canonical(v)) ?? 0) + 1), new Map());
    const inOld = count(old);
    const inNew = count(next);
    const seen = new Map<string, number>();
    old.forEach((item, i) => {
      const key = canonical(item);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key)! > (inNew.get(key) ?? 0)) out.push({ field: `${path}[${i}]`, old: item });
    });
    seen.clear();
    next.forEach((item, i) => {
      const key = canonical(item);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key)! > (inOld.get(key) ?? 0)) out.push({ field: `${path}[${i}]`, new: item });
    });
    return;
  }
  out.push({ field: path, old, new: next });
}

/** The fields whose values differ, in the new entry's field order (then removed fields); `body` last. */
export function changedFields(before: StoredEntry, after: StoredEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])]) {
    if (!Object.hasOwn(before.data, field)) changes.push({ field, new: after.data[field] });
    else if (!Object.hasOwn(after.data, field)) changes.push({ field, old: before.data[field] });
    else diffValues(field, before.data[field], after.data[field], changes);
  }
  if ((before.body ?? '') !== (after.body ?? '')) changes.push({ field: 'body', old: before.body ?? '', new: after.body ?? '' });
  return changes;
}

const hasPages = (name: CollectionName): boolean => !!(collectionSpecs[name] as CollectionSpec).route;

/** Where an entry is shown: its permalink, or the page of its list that holds it and its anchor. */
function hrefOf(collection: CollectionName, entry: StoredEntry): string {
  const spec: CollectionSpec = collectionSpecs[collection];
  if (spec.route) return entryHref(collection, entry.id);
  if (spec.anchoredInList) return anchorHref(collection, entry.id, entry.index);
  return listHref(collection);
}

/** Pages besides its own that show a claim: its subject's, its measure's and its source's. */
function claimHubPages(data: Record<string, unknown>): string[] {
  const pages: string[] = [];
  if (typeof data.subject === 'string' && data.subject.includes('/')) {
    const { type, id } = parseSubject(data.subject);
    const collection = SUBJECT_COLLECTION[type as SubjectType];
    if (collection) pages.push(entryHref(collection, id));
  }
  if (typeof data.measure === 'string') pages.push(entryHref('measures', data.measure));
  if (typeof data.source === 'string') pages.push(entryHref('sources', data.source));
  return pages;
}

/** Compare every collection between two refs of the repository at `root`. */
export function diffRefs(root: string, baseRef: string, headRef = 'HEAD'): DataDiff {
  const problems: string[] = [];
  const before = readEntriesAt(root, resolveRef(root, baseRef), problems);
  const after = readEntriesAt(root, resolveRef(root, headRef), problems);
  const collections: DataDiff['collections'] = {};
  const pages = new Set<string>();
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    const diff: CollectionDiff = { added: [], changed: [], removed: [] };
    const ref = (e: StoredEntry): EntryRef => ({ id: e.id, file: e.file, href: hrefOf(name, e) });
    for (const [id, entry] of after[name]) {
      const old = before[name].get(id);
      if (!old) {
        diff.added.push(ref(entry));
      } else {
        const fields = changedFields(old, entry);
        if (!fields.length) continue;
        diff.changed.push({ ...ref(entry), fields });
        if (name === 'claims') claimHubPages(old.data).forEach((p) => pages.add(p));
      }
      pages.add(hrefOf(name, entry));
      if (name === 'claims') claimHubPages(entry.data).forEach((p) => pages.add(p));
    }
    for (const [id, entry] of before[name]) {
      if (after[name].has(id)) continue;
      diff.removed.push(ref(entry));
      // A removed entry's own page disappears; the list that showed it changes.
      if (!hasPages(name)) pages.add(hrefOf(name, entry));
      if (name === 'claims') claimHubPages(entry.data).forEach((p) => pages.add(p));
    }
    if (diff.added.length || diff.changed.length || diff.removed.length) collections[name] = diff;
  }
  // The pages of removed entries are gone, so they are not pages to review.
  const gone = new Set(
    (Object.entries(collections) as [CollectionName, CollectionDiff][]).flatMap(([name, d]) => (hasPages(name) ? d.removed.map((e) => e.href) : [])),
  );
  return {
    base: baseRef,
    head: headRef,
    collections,
    pages: [...new Set([...pages].map((p) => p.replace(/#.*/, '')))].filter((p) => !gone.has(p)).sort(),
    problems,
  };
}

/* ------------------------------------------------------------------ Markdown */

const MAX_VALUE = 160;
const MAX_ROWS = 200;

/** A value as short inline text: strings as they are, other values as JSON; long text cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function link(href: string, site?: string): string {
  return site ? `[${href}](${site.replace(/\/$/, '')}${href})` : code(href);
}

function fieldLine(change: FieldChange): string {
  if (change.field === 'body') {
    const a = String(change.old ?? '')
      .split('\n')
      .filter((l) => l.trim());
    const b = String(change.new ?? '')
      .split('\n')
      .filter((l) => l.trim());
    const oldSet = new Set(a);
    const newSet = new Set(b);
    const gone = a.filter((l) => !newSet.has(l));
    const added = b.filter((l) => !oldSet.has(l));
    const sample = [
      ...gone.slice(0, 3).map((l) => `    - − ${code(showValue(l))}`),
      ...added.slice(0, 3).map((l) => `    - + ${code(showValue(l))}`),
    ];
    return [`  - ${code('body')}: text changed (${added.length} paragraph(s) new or rewritten, ${gone.length} gone or rewritten)`, ...sample].join(
      '\n',
    );
  }
  if (!('old' in change)) return `  - ${code(change.field)}: added ${code(showValue(change.new))}`;
  if (!('new' in change)) return `  - ${code(change.field)}: removed (was ${code(showValue(change.old))})`;
  return `  - ${code(change.field)}: ${code(showValue(change.old))} → ${code(showValue(change.new))}`;
}

function capped<T>(items: T[], render: (item: T) => string[]): string[] {
  const lines = items.slice(0, MAX_ROWS).flatMap(render);
  if (items.length > MAX_ROWS) lines.push(`- … and ${items.length - MAX_ROWS} more (run \`npm run diff -- --json\` for all)`);
  return lines;
}

/** The diff as Markdown, for a GitHub job summary or a terminal. */
export function formatMarkdown(diff: DataDiff, options: { site?: string } = {}): string {
  const { site } = options;
  const sections = Object.entries(diff.collections) as [CollectionName, CollectionDiff][];
  const total = (k: keyof CollectionDiff) => sections.reduce((n, [, d]) => n + d[k].length, 0);
  const out = [`## Data changes: ${code(diff.base)} → ${code(diff.head)}`, ''];
  if (!sections.length) {
    out.push('No entries added, changed or removed.');
  } else {
    out.push(`${total('added')} added, ${total('changed')} changed, ${total('removed')} removed; ${diff.pages.length} page(s) affected.`, '');
    out.push('| Collection | Added | Changed | Removed |', '| --- | ---: | ---: | ---: |');
    for (const [name, d] of sections)
      out.push(`| ${collectionSpecs[name].label.zh} ${name} | ${d.added.length} | ${d.changed.length} | ${d.removed.length} |`);
    for (const [name, d] of sections) {
      out.push('', `### ${collectionSpecs[name].label.zh} ${name}`);
      if (d.added.length)
        out.push('', `**Added (${d.added.length})**`, '', ...capped(d.added, (e) => [`- ${code(e.id)} ${link(e.href, site)} — ${code(e.file)}`]));
      if (d.changed.length)
        out.push(
          '',
          `**Changed (${d.changed.length})**`,
          '',
          ...capped(d.changed, (e) => [`- ${code(e.id)} ${link(e.href, site)} — ${code(e.file)}`, ...e.fields.map(fieldLine)]),
        );
      if (d.removed.length)
        out.push(
          '',
          `**Removed (${d.removed.length})**`,
          '',
          ...capped(d.removed, (e) => [`- ${code(e.id)} (was ${code(e.href)}) — ${code(e.file)}`]),
        );
    }
    out.push('', `### Pages affected (${diff.pages.length})`, '', ...capped(diff.pages, (p) => [`- ${link(p, site)}`]));
  }
  if (diff.problems.length) out.push('', '### Files not read', '', ...diff.problems.map((p) => `- ${code(p)}`));
  return out.join('\n') + '\n';
}
