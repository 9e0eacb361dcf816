import { closest, distance } from 'fastest-levenshtein';
import type { Entry } from '../corpus/load.ts';
import type { Bilingual, Problem, Severity } from '../problems.ts';

/** A problem located at a field of an entry. */
export function problemAt(
  entry: Entry<unknown>,
  collection: string,
  path: ReadonlyArray<PropertyKey>,
  rule: string,
  message: Bilingual,
  fix: Bilingual,
  severity: Severity = 'error',
): Problem {
  return {
    severity,
    rule,
    file: entry.file,
    ...entry.locate(path),
    field: `${collection}[${entry.id}]${path.length ? '.' + path.map(String).join('.') : ''}`,
    message,
    fix,
  };
}

/** Up to three existing ids closest to a missing one, best first. */
export function closestIds(missing: string, existing: Iterable<string>, count = 3): string[] {
  const all = [...existing];
  if (!all.length) return [];
  const best = closest(missing, all);
  const ranked = all
    .map((id) => ({ id, d: id.includes(missing) || missing.includes(id) ? 0.5 : distance(missing, id) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .map((r) => r.id);
  return [...new Set([best, ...ranked])].slice(0, count);
}

/** The message and fix for a reference that does not resolve. */
export function missingReference(
  kind: { zh: string; en: string; where: string },
  missing: string,
  existing: Iterable<string>,
): { message: Bilingual; fix: Bilingual } {
  const near = closestIds(missing, existing);
  const nearText = near.length ? near.join(', ') : '—';
  return {
    message: {
      zh: `${kind.zh} "${missing}" 不存在；最接近的已有 id：${nearText}`,
      en: `${kind.en} "${missing}" does not exist; closest existing ids: ${nearText}`,
    },
    fix: {
      zh: `改成已有的 id（如 ${near[0] ?? '…'}），或在 ${kind.where} 中新建该条目`,
      en: `use an existing id (e.g. ${near[0] ?? '…'}) or add the entry in ${kind.where}`,
    },
  };
}
