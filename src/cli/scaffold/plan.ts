/**
 * Work out what `npm run new` would write, without writing: the entry, the file
 * and its complete new text, what is missing, and what `npm run check` would say
 * about the new entry. `applyPlan` then writes it. Reading the project goes
 * through loadCorpus/readCollection, the same code the checker uses.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSeq, type Node } from 'yaml';
import { collectionSpecs, parseSubject } from '../../schemas/index.ts';
import { loadCorpus, readCollection, type Corpus, type Entry } from '../../lib/check/corpus/load.ts';
import { nodeAtPath, parseYamlWithPositions, positionOf } from '../../lib/check/corpus/yaml-positions.ts';
import { runRules } from '../../lib/check/integrity/index.ts';
import { sortProblems, type Bilingual, type Problem } from '../../lib/check/problems.ts';
import {
  applyDefaults,
  buildEntry,
  givenValues,
  idProblem,
  missingFields,
  validateEntry,
  withoutId,
  type EntryObject,
  type Given,
  type MissingField,
} from './entry.ts';
import { kindSpecs, type KindSpec, type ScaffoldKind } from './kinds.ts';
import { appendYamlItem, placeholderClaimId, renderCaseMdx, renderYamlItem } from './render.ts';
import { splitFrontMatter } from '../../lib/check/corpus/front-matter.ts';

export const DEFAULT_CLAIMS_FILE = 'contrib';

export interface ScaffoldPlan {
  kind: ScaffoldKind;
  spec: KindSpec;
  id: string;
  /** The entry as it will be written. */
  entry: EntryObject;
  /** Target file relative to the root, and absolute. */
  file: string;
  absFile: string;
  /** create: a new file; append: added to the end of an existing list file. */
  mode: 'create' | 'append';
  /** Line of the file where the new entry starts. */
  line: number;
  /** The text that is new (the item, or the whole new file). */
  added: string;
  /** The complete text of the file after writing. */
  text: string;
  /** Defaults filled in and other things worth saying. */
  notes: Bilingual[];
  /** What `npm run check` would report about the new entry (missing references …). */
  problems: Problem[];
}

export interface PlanResult {
  plan?: ScaffoldPlan;
  missing: MissingField[];
  errors: Bilingual[];
  /** Set when the only error is that the id is taken (interactive mode asks again). */
  idTaken?: boolean;
}

/** data/claims/<name>.yaml from --file zb, zb.yaml or data/claims/zb.yaml. */
export function claimsFileFor(file: string | undefined): { file?: string; error?: Bilingual } {
  const name = (file ?? DEFAULT_CLAIMS_FILE).replace(/^(\.\/)?data\/claims\//, '').replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    return {
      error: {
        zh: `--file "${file}" 不合法：写 data/claims/ 下的文件名，如 --file zb（小写英文、数字和连字符）`,
        en: `--file "${file}" is not valid: name a file in data/claims/, e.g. --file zb (lowercase ASCII kebab-case)`,
      },
    };
  }
  return { file: `data/claims/${name}.yaml` };
}

function targetFile(kind: ScaffoldKind, id: string, fileOption: string | undefined): { file?: string; error?: Bilingual } {
  if (fileOption !== undefined && kind !== 'claim') {
    return { error: { zh: '--file 只用于 claim（选择 data/claims/ 下的文件）', en: '--file is only for claims (it picks a file in data/claims/)' } };
  }
  switch (kind) {
    case 'claim':
      return claimsFileFor(fileOption);
    case 'source':
      return { file: collectionSpecs.sources.patterns[0] };
    case 'term':
      return { file: collectionSpecs.terms.patterns[0] };
    case 'case':
      return { file: `${collectionSpecs.cases.dir}/${id}.mdx` };
  }
}

/** Where an id is already used in its collection, or undefined. */
export function existingId(root: string, corpus: Corpus, spec: KindSpec, id: string): { file: string; line: number } | undefined {
  const valid = (corpus[spec.collection] as Entry<unknown>[]).find((e) => e.id === id);
  if (valid) return { file: valid.file, line: valid.line };
  // Entries that fail their schema are not in the corpus but still own their id.
  const raw = readCollection(root, spec.collection).entries.find((e) => e.id === id);
  if (raw) return { file: raw.file, line: raw.line };
  const collection = collectionSpecs[spec.collection];
  if (collection.format === 'mdx' && existsSync(join(root, collection.dir, `${id}.mdx`))) return { file: `${collection.dir}/${id}.mdx`, line: 1 };
  return undefined;
}

export function idTakenMessage(spec: KindSpec, id: string, where: { file: string; line: number }): Bilingual {
  return {
    zh: `id "${id}" 已存在（${where.file}:${where.line}）：每个${spec.name.zh}的 id 必须唯一，换一个 id，或直接编辑已有条目`,
    en: `id "${id}" already exists (${where.file}:${where.line}): each ${spec.name.en} id must be unique; choose another id or edit the existing entry`,
  };
}

/** A corpus entry for the new item, located in the new text of its file. */
function newYamlEntry(text: string, file: string, id: string, data: unknown): Entry<unknown> {
  const { doc, lineCounter } = parseYamlWithPositions(text);
  const item = isSeq(doc.contents) ? (doc.contents.items[doc.contents.items.length - 1] as Node) : undefined;
  const start = positionOf(lineCounter, item?.range?.[0] ?? 0);
  return {
    id,
    data,
    file,
    ...start,
    locate(path) {
      const found = nodeAtPath(item, path);
      const target = found?.key ?? found?.node;
      return target?.range ? positionOf(lineCounter, target.range[0]) : start;
    },
  };
}

function newMdxEntry(text: string, file: string, id: string, data: unknown): Entry<unknown> {
  const front = splitFrontMatter(text)!;
  const { doc, lineCounter } = parseYamlWithPositions(front.yaml);
  return {
    id,
    data,
    file,
    line: 1,
    column: 1,
    body: front.body,
    bodyLine: front.bodyLine,
    locate(path) {
      const found = nodeAtPath(doc.contents as Node, path);
      const target = found?.key ?? found?.node;
      return target?.range ? positionOf(lineCounter, target.range[0], 1) : { line: 1, column: 1 };
    },
  };
}

/** What `npm run check` would report about the new entry once it is written. */
function problemsOfNewEntry(corpus: Corpus, spec: KindSpec, entry: Entry<unknown>): Problem[] {
  const withNew = { ...corpus, [spec.collection]: [...(corpus[spec.collection] as Entry<unknown>[]), entry] } as Corpus;
  return sortProblems(runRules(withNew).filter((p) => p.file === entry.file && p.line >= entry.line));
}

/**
 * Everything `npm run new` needs to know before writing, from the values typed
 * (`typed` is not changed; defaults are filled in on a copy).
 */
export function planScaffold(root: string, kind: ScaffoldKind, typed: Given, options: { file?: string; corpus?: Corpus } = {}): PlanResult {
  const spec = kindSpecs[kind];
  const given: Given = Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, [...v]]));
  const notes = applyDefaults(spec, given);
  const corpus = options.corpus ?? loadCorpus(root).corpus;

  // A claim's unit is its measure's unit: fill it in when left out.
  if (kind === 'claim' && !givenValues(given, 'unit').length) {
    const measureId = givenValues(given, 'measure')[0];
    const measure = corpus.measures.find((m) => m.id === measureId);
    if (measure) {
      given.unit = [measure.data.unit];
      notes.push({ zh: `unit 取自指标 ${measure.id}：${measure.data.unit}`, en: `unit taken from measure ${measure.id}: ${measure.data.unit}` });
    }
  }

  const { entry, errors } = buildEntry(spec, given);
  const missing = missingFields(spec, given);
  const id = typeof entry.id === 'string' ? entry.id : undefined;
  const badId = idProblem(id);
  if (badId) errors.push(badId);
  if (missing.length || errors.length || id === undefined) return { missing, errors };

  const taken = existingId(root, corpus, spec, id);
  if (taken) return { missing, errors: [idTakenMessage(spec, id, taken)], idTaken: true };

  const validated = validateEntry(spec, entry);
  if (validated.errors.length) return { missing, errors: validated.errors };

  const target = targetFile(kind, id, options.file);
  if (target.error) return { missing, errors: [target.error] };
  const file = target.file!;
  const absFile = join(root, file);

  if (kind === 'case') {
    const subject = `case/${id}`;
    const claimIds = corpus.claims.filter((c) => c.data.subject === subject).map((c) => c.id);
    const text = renderCaseMdx(withoutId(entry), claimIds, id);
    if (!claimIds.length) {
      notes.push({
        zh: `正文里的 <Claim id="${placeholderClaimId(id)}" /> 是占位符：先为这个案例添加数据条目（npm run new -- claim --subject ${subject} …），再换成真实的 id；在那之前 npm run check 会报错`,
        en: `<Claim id="${placeholderClaimId(id)}" /> in the body is a placeholder: add claims about the case (npm run new -- claim --subject ${subject} …) and use their ids; npm run check fails until then`,
      });
    } else {
      notes.push({
        zh: `正文已列出关于 ${subject} 的 ${claimIds.length} 条已有数据`,
        en: `the body lists the ${claimIds.length} existing claim(s) about ${subject}`,
      });
    }
    const newEntry = newMdxEntry(text, file, id, validated.data);
    return {
      missing,
      errors: [],
      plan: {
        kind,
        spec,
        id,
        entry,
        file,
        absFile,
        mode: 'create',
        line: 1,
        added: text,
        text,
        notes,
        problems: problemsOfNewEntry(corpus, spec, newEntry),
      },
    };
  }

  const exists = existsSync(absFile);
  const header = kind === 'claim' ? `# 用 npm run new -- claim 添加的数据条目 | Claims added with npm run new -- claim\n` : '';
  const existing = exists ? readFileSync(absFile, 'utf8') : header;
  const prefix = existing === '' || existing.endsWith('\n') ? existing : existing + '\n';
  const appended = appendYamlItem(existing, entry);
  if (!appended.ok) {
    return {
      missing,
      errors: [
        {
          zh: `无法安全地追加到 ${file}：${appended.reason}；请先运行 npm run check 修好这个文件`,
          en: `cannot append safely to ${file}: ${appended.reason}; run npm run check and fix the file first`,
        },
      ],
    };
  }
  const newEntry = newYamlEntry(appended.text, file, id, validated.data);
  if (kind === 'claim') {
    const subject = parseSubject(String(entry.subject));
    if (subject.type === 'case') {
      notes.push({
        zh: `记得在 content/cases/${subject.id}.mdx 的正文中写 <Claim id="${id}" />`,
        en: `remember to cite it in content/cases/${subject.id}.mdx with <Claim id="${id}" />`,
      });
    }
  }
  return {
    missing,
    errors: [],
    plan: {
      kind,
      spec,
      id,
      entry,
      file,
      absFile,
      mode: exists ? 'append' : 'create',
      line: appended.line,
      added: appended.text.startsWith(prefix) ? appended.text.slice(prefix.length) : renderYamlItem(entry),
      text: appended.text,
      notes,
      problems: problemsOfNewEntry(corpus, spec, newEntry),
    },
  };
}

/** Write the planned file. A new file is created exclusively (never overwritten). */
export function applyPlan(plan: ScaffoldPlan): void {
  mkdirSync(dirname(plan.absFile), { recursive: true });
  writeFileSync(plan.absFile, plan.text, { encoding: 'utf8', flag: plan.mode === 'create' ? 'wx' : 'w' });
}
