/**
 * What changed in the atlas's data between two git refs: for every collection of the
 * registry, the entries added, removed and changed (with each changed field's old and
 * new value), and the pages those changes touch. Files are read from git itself
 * (`git ls-tree`, `git show <ref>:<path>`), so neither ref needs to be checked out.
 * Used by `npm run diff` (scripts/diff.ts) and its test.
 *
 * This file pairs the two refs' entries and finds the pages to review; reading entries
 * at a commit, comparing two versions of an entry and the Markdown report are in
 * data-diff/, one file each. Scripts and tests import all of it from here.
 */
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
import { changedFields, type FieldChange } from './data-diff/fields.ts';
import { readEntriesAt, resolveRef, type StoredEntry } from './data-diff/read-at-ref.ts';

export { changedFields, type FieldChange } from './data-diff/fields.ts';
export { formatMarkdown, showValue } from './data-diff/markdown.ts';
export { matchesPattern, readEntriesAt, resolveRef, type StoredEntry } from './data-diff/read-at-ref.ts';

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
