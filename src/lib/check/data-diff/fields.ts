/**
 * How two stored versions of one entry differ, field by field and down into nested
 * values (`traits[2].text`), with each side's value; equal values compare equal
 * whatever their key order.
 */
import type { StoredEntry } from './read-at-ref.ts';

export interface FieldChange {
  /** Top-level field name; `body` for the text of an MDX entry. */
  field: string;
  /** Absent when the field did not exist on that side. */
  old?: unknown;
  new?: unknown;
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
