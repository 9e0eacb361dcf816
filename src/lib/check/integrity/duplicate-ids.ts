import type { Corpus } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { problemAt } from './shared.ts';

/** The same id twice in one collection would give two entries one permalink. */
export function duplicateIds(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(corpus)) {
    const first = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const earlier = first.get(entry.id);
      if (!earlier) {
        first.set(entry.id, entry);
        continue;
      }
      problems.push(
        problemAt(
          entry,
          collection,
          ['id'],
          'duplicate-id',
          {
            zh: `id "${entry.id}" 重复，已在 ${earlier.file}:${earlier.line} 使用`,
            en: `id "${entry.id}" is already used at ${earlier.file}:${earlier.line}`,
          },
          {
            zh: '给其中一条换一个唯一的 id（已发布的 id 是永久链接，不要改旧的）',
            en: 'give one of them a unique id (published ids are permalinks: rename the new one)',
          },
        ),
      );
    }
  }
  return problems;
}
