/**
 * The prose of every MDX entry: no code (guard), no bare numbers, every
 * <Claim id> resolves, and the file name is a valid id (it is the permalink).
 */
import { id as idSchema } from '../../../schemas/fields.ts';
import { collectionSpecs, type CollectionName } from '../../../schemas/index.ts';
import type { Corpus, Entry } from '../corpus/load.ts';
import { bareNumbers } from '../mdx/bare-numbers.ts';
import { claimIdsInBody } from '../mdx/claim-refs.ts';
import { guardMdx } from '../mdx/guard.ts';
import type { Problem } from '../problems.ts';
import { missingReference } from './shared.ts';

/** Every MDX collection in the registry: MDX runs at build time, so none may skip the guard. */
const MDX_COLLECTIONS = (Object.keys(collectionSpecs) as CollectionName[]).filter((name) => collectionSpecs[name].format === 'mdx');

function at(entry: Entry<unknown>, line: number, column: number): { file: string; line: number; column: number } {
  return { file: entry.file, line: (entry.bodyLine ?? 1) + line - 1, column };
}

export function mdxBodies(corpus: Corpus, context: { invalidIds: Record<string, Set<string>> } = { invalidIds: {} }): Problem[] {
  const claimIds = new Set(corpus.claims.map((c) => c.id));
  const invalidClaims = context.invalidIds.claims ?? new Set<string>();
  const problems: Problem[] = [];
  const names = namesWithDigits(corpus);
  for (const collection of MDX_COLLECTIONS) {
    for (const entry of corpus[collection] as Entry<unknown>[]) {
      if (!idSchema.safeParse(entry.id).success) {
        problems.push({
          severity: 'error',
          rule: 'file-name',
          file: entry.file,
          line: 1,
          column: 1,
          message: {
            zh: `文件名 "${entry.id}" 不是合法的 id（它就是永久链接）`,
            en: `file name "${entry.id}" is not a valid id (it becomes the permalink)`,
          },
          fix: { zh: '改名为小写英文、数字和连字符，如 shunzi-shuocha.mdx', en: 'rename it to lowercase ASCII kebab-case, e.g. shunzi-shuocha.mdx' },
        });
      }
      const body = entry.body ?? '';
      for (const f of guardMdx(body)) {
        problems.push({
          severity: 'error',
          rule: f.rule,
          ...at(entry, f.line, f.column),
          field: `${collection}[${entry.id}].body`,
          message: f.message,
          fix: f.fix,
        });
      }
      for (const n of bareNumbers(body, names)) {
        problems.push({
          severity: 'error',
          rule: 'bare-number',
          ...at(entry, n.line, n.column),
          field: `${collection}[${entry.id}].body`,
          message: { zh: `正文中出现裸数字 "${n.text}"，读者无法知道出处`, en: `bare number "${n.text}" in prose: readers cannot tell who said it` },
          fix: {
            zh: '为它建一条 claim（data/claims/*.yaml），在正文中写 <Claim id="…" />；日期请写成 2022年4月 或 4月8日',
            en: 'record it as a claim (data/claims/*.yaml) and write <Claim id="…" />; write dates as 2022年4月 or 4月8日',
          },
        });
      }
      for (const ref of claimIdsInBody(body)) {
        if (claimIds.has(ref.id) || invalidClaims.has(ref.id)) continue;
        const { message, fix } = missingReference({ zh: '数据条目', en: 'claim', where: 'data/claims/*.yaml' }, ref.id, claimIds);
        problems.push({
          severity: 'error',
          rule: 'reference',
          ...at(entry, ref.line, ref.column),
          field: `${collection}[${entry.id}].body <Claim>`,
          message,
          fix,
        });
      }
    }
  }
  return problems;
}

/** Names the atlas knows (outlets, subjects, aliases, terms, measures) that contain digits: 36氪, 88VIP. */
function namesWithDigits(corpus: Corpus): string[] {
  const all = [
    ...corpus.sources.flatMap((s) => [s.data.outlet, s.data.originalOutlet ?? '']),
    ...[...corpus.platforms, ...corpus.cases, ...corpus.markets, ...corpus.companies, ...corpus.models].flatMap((e) => [
      e.data.name,
      ...(e.data.aliases ?? []),
    ]),
    ...corpus.measures.flatMap((m) => [m.data.name, ...m.data.aliases]),
    ...corpus.terms.map((t) => t.data.term),
  ];
  return [...new Set(all.filter((n) => /[0-9０-９]/.test(n)))];
}
