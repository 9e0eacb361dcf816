/**
 * Render a new entry as text in the house style (flow lists [a, b], quotes in
 * double quotes, no line folding), append a YAML item to an existing list file
 * without touching what is there, and write the MDX skeleton of a case.
 */
import { Document, isScalar, isSeq, parseDocument, visit, Scalar } from 'yaml';
import type { EntryObject } from './entry.ts';

const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

function houseStyle(doc: Document): Document {
  visit(doc, {
    Seq(_, node, path) {
      // Lists inside an entry are written inline: aliases: [a, b].
      if (path.length > 1 && node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'quote' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

/** One entry as a YAML list item ("- id: …" and indented fields), ending in a newline. */
export function renderYamlItem(entry: EntryObject): string {
  return houseStyle(new Document([entry])).toString(TO_STRING);
}

/** A mapping as YAML (for front matter), ending in a newline. */
export function renderYamlMapping(data: EntryObject): string {
  return houseStyle(new Document(data)).toString(TO_STRING);
}

export type AppendResult = { ok: true; text: string; line: number } | { ok: false; reason: string };

function plainItems(text: string): { ok: true; items: unknown[] } | { ok: false; reason: string } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false, reason: doc.errors[0].message.split('\n')[0] };
  if (doc.contents === null) return { ok: true, items: [] };
  if (!isSeq(doc.contents)) return { ok: false, reason: 'the top level is not a list' };
  return { ok: true, items: doc.toJS({ maxAliasCount: 100 }) as unknown[] };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Append one entry to the text of a YAML list file. The existing text is kept
 * byte for byte (comments included) and the result is parsed again to prove
 * that every earlier item is unchanged and the new one reads back as given.
 * Files whose list cannot take a plain append (a flow list, say) fall back to
 * the yaml Document API, checked the same way.
 */
export function appendYamlItem(existing: string, entry: EntryObject): AppendResult {
  const before = plainItems(existing);
  if (!before.ok) return { ok: false, reason: `existing file does not parse: ${before.reason}` };
  const expected = [...before.items, JSON.parse(JSON.stringify(entry))];
  const verify = (text: string) => {
    const after = plainItems(text);
    return after.ok && sameJson(after.items, expected);
  };

  const prefix = existing === '' || existing.endsWith('\n') ? existing : existing + '\n';
  const appended = prefix + renderYamlItem(entry);
  if (verify(appended)) return { ok: true, text: appended, line: prefix.split('\n').length };

  const doc: Document = parseDocument(existing);
  if (doc.contents === null) doc.contents = doc.createNode([]);
  if (isSeq(doc.contents)) {
    doc.contents.flow = false;
    doc.contents.items.push(doc.createNode(entry));
    const text = houseStyle(doc).toString(TO_STRING);
    if (verify(text)) {
      const index = text.lastIndexOf('\n- ');
      return { ok: true, text, line: index === -1 ? 1 : text.slice(0, index + 1).split('\n').length };
    }
  }
  return { ok: false, reason: 'appending would change earlier entries' };
}

/** Section headings of a case page, as the in-depth cases use them. */
export const caseHeadings = ['是谁', '怎么做', '关键数字', '品牌可以学什么', '注意事项'] as const;

/** Placeholder claim id written into a new case when no claim about it exists yet. */
export function placeholderClaimId(caseId: string): string {
  return `${caseId}-todo-claim`;
}

/**
 * A case file: front matter plus a body skeleton with the usual headings and
 * <Claim id="…" /> lines. The prompts in brackets are prose with no numbers, no
 * comments and no HTML, so the guard accepts the body as it is.
 */
export function renderCaseMdx(frontMatter: EntryObject, claimIds: readonly string[], caseId: string): string {
  const ids = claimIds.length ? claimIds : [placeholderClaimId(caseId)];
  const claims = ids.map((id) => `- （这个数字是什么）：<Claim id="${id}" />`).join('\n');
  const body = [
    `## ${caseHeadings[0]}`,
    '',
    '（用自己的话写：它是谁，卖什么，在哪些平台经营。数字不要直接写进正文，先建数据条目再用 Claim 组件引用；日期写成 2022年4月 这样。）',
    '',
    `## ${caseHeadings[1]}`,
    '',
    '1. **（第一个做法）** 用自己的话写它具体怎么做。',
    '2. **（第二个做法）** 内容、流量、私域、转化，各写一点。',
    '',
    `## ${caseHeadings[2]}`,
    '',
    claims,
    '',
    `## ${caseHeadings[3]}`,
    '',
    '- **（一条经验）** 其他品牌可以借鉴什么。',
    '',
    `## ${caseHeadings[4]}`,
    '',
    '<Note>',
    '（数字来自哪些来源、是否经过核实。）',
    '</Note>',
    '',
    '- **（口径）** 数字的口径、时间点和局限。',
    '',
  ].join('\n');
  return `---\n${renderYamlMapping(frontMatter)}---\n\n${body}`;
}
