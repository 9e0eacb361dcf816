import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, readCollection } from '../../src/lib/check/corpus/load.ts';
import { checkProject } from '../../src/lib/check/integrity/index.ts';
import { bareNumbers } from '../../src/lib/check/mdx/bare-numbers.ts';
import { guardMdx } from '../../src/lib/check/mdx/guard.ts';
import { runNew } from '../../src/cli/scaffold/cli.ts';
import { placeholderClaimId } from '../../src/cli/scaffold/render.ts';
import { caseSchema, claimSchema } from '../../src/schemas/index.ts';
import { fakeIo, removeTemp, snapshot, tempProject } from './helpers.ts';

let root: string;
let existing: { claim: string; claimFile: string; source: string; term: string; case: string; measure: string };

beforeAll(() => {
  root = tempProject();
  const { corpus } = loadCorpus(root);
  const aov = corpus.measures.find((m) => m.data.unit === 'cny')!;
  existing = {
    claim: corpus.claims[0].id,
    claimFile: corpus.claims[0].file,
    source: corpus.sources[0].id,
    term: corpus.terms[0].id,
    case: corpus.cases[0].id,
    measure: aov.id,
  };
});
afterAll(() => removeTemp(root));

/** Flags of a complete, valid claim about an existing case; `change` replaces (or, with undefined, drops) fields. */
function claimArgs(id: string, change: Record<string, string | undefined> = {}): string[] {
  const fields: Record<string, string | undefined> = {
    id,
    subject: `case/${existing.case}`,
    measure: existing.measure,
    value: '3000万',
    qualifier: 'more-than',
    period: '2022-06',
    claimant: '测试媒体',
    kind: 'media',
    source: existing.source,
    quote: '成交超过3000万元',
    ...change,
  };
  return ['claim', ...Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]))];
}

describe('npm run new --dry-run', () => {
  it('writes nothing for any kind, and says what and where', async () => {
    const before = snapshot(root);
    const runs: [string[], string, string][] = [
      [[...claimArgs('dry-run-claim'), '--dry-run'], 'data/claims/contrib.yaml', '- id: dry-run-claim'],
      [
        ['term', '--id', 'dry-run-term', '--term', '试运行', '--en', 'Dry run', '--definition', '只看不写。', '--dry-run'],
        'data/terms.yaml',
        '- id: dry-run-term',
      ],
      [
        ['source', '--id', 'dry-run-source', '--title', '标题', '--outlet', '某媒体', '--published', '2023-04-13', '--kind', 'news', '--dry-run'],
        'data/sources.yaml',
        '- id: dry-run-source',
      ],
      [
        ['case', '--id', 'dry-run-case', '--name', '试运行', '--kind', 'brand', '--category', '茶叶', '--summary', '一句话。', '--dry-run'],
        'content/cases/dry-run-case.mdx',
        'name: 试运行',
      ],
    ];
    for (const [argv, target, snippet] of runs) {
      const io = fakeIo(root);
      expect(await runNew(argv, io)).toBe(0);
      const out = io.stdout.join('\n');
      expect(out).toContain(target);
      expect(out).toMatch(/试运行：不写入任何文件.*dry run, nothing written/);
      expect(out).toContain(snippet);
    }
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, 'data/claims/contrib.yaml'))).toBe(false);
  });
});

describe('existing ids', () => {
  it('refuses a claim id that is taken, naming the id and where it is', async () => {
    const before = snapshot(root);
    const io = fakeIo(root);
    expect(await runNew(claimArgs(existing.claim), io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain(`id "${existing.claim}" 已存在`);
    expect(err).toContain(`id "${existing.claim}" already exists`);
    expect(err).toContain(existing.claimFile);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses existing terms, sources and cases too', async () => {
    for (const argv of [
      ['term', '--id', existing.term, '--term', '词', '--en', 'Word', '--definition', '定义。'],
      ['source', '--id', existing.source, '--title', 't', '--outlet', 'o', '--publishedNote', '不详', '--kind', 'news'],
      ['case', '--id', existing.case, '--name', 'n', '--kind', 'brand', '--category', 'c', '--summary', 's'],
    ]) {
      const io = fakeIo(root);
      expect(await runNew(argv, io)).toBe(1);
      expect(io.stderr.join('\n')).toContain(`"${argv[2]}"`);
    }
  });

  it('refuses an id used by an entry that fails its schema', async () => {
    const copy = tempProject();
    try {
      writeFileSync(join(copy, 'data/claims/broken.yaml'), '- id: broken-claim\n  subject: nowhere\n');
      const io = fakeIo(copy);
      expect(await runNew(claimArgs('broken-claim'), io)).toBe(1);
      expect(io.stderr.join('\n')).toContain('data/claims/broken.yaml');
    } finally {
      removeTemp(copy);
    }
  });
});

describe('appending', () => {
  it('appends a claim that passes claimSchema to data/claims/contrib.yaml by default', async () => {
    const io = fakeIo(root);
    expect(await runNew(claimArgs('new-claim-one'), io)).toBe(0);
    const { entries, problems } = readCollection(root, 'claims');
    expect(problems).toEqual([]);
    const added = entries.find((e) => e.id === 'new-claim-one')!;
    expect(added.file).toBe('data/claims/contrib.yaml');
    const parsed = claimSchema.parse(added.data);
    expect(parsed).toMatchObject({ value: 30000000, qualifier: 'more-than', unit: 'cny', period: '2022-06', kind: 'media' });
  });

  it('keeps the file parseable and every earlier entry intact (--file picks the file)', async () => {
    const target = existing.claimFile;
    const beforeText = readFileSync(join(root, target), 'utf8');
    const beforeEntries = readCollection(root, 'claims')
      .entries.filter((e) => e.file === target)
      .map((e) => e.data);
    const io = fakeIo(root);
    expect(await runNew([...claimArgs('new-claim-two'), '--file', target.replace('data/claims/', '').replace('.yaml', '')], io)).toBe(0);
    const afterText = readFileSync(join(root, target), 'utf8');
    expect(afterText.startsWith(beforeText.endsWith('\n') ? beforeText : beforeText + '\n')).toBe(true);
    const after = readCollection(root, 'claims');
    expect(after.problems).toEqual([]);
    const afterEntries = after.entries.filter((e) => e.file === target);
    expect(afterEntries.slice(0, -1).map((e) => e.data)).toEqual(beforeEntries);
    expect(afterEntries.at(-1)!.id).toBe('new-claim-two');
  });

  it('appends a term to data/terms.yaml and the project still checks clean for it', async () => {
    const beforeTerms = readCollection(root, 'terms').entries.map((e) => e.data);
    const io = fakeIo(root);
    const code = await runNew(
      [
        'term',
        '--id',
        'ceshi-shuyu',
        '--term',
        '测试术语',
        '--en',
        'Test term',
        '--aliases',
        '测试,试验',
        '--definition',
        '只用于测试的术语。',
        '--related',
        existing.term,
        '--yes',
      ],
      io,
    );
    expect(code).toBe(0);
    const after = readCollection(root, 'terms').entries;
    expect(after.slice(0, -1).map((e) => e.data)).toEqual(beforeTerms);
    expect(after.at(-1)!.data).toEqual({
      id: 'ceshi-shuyu',
      term: '测试术语',
      en: 'Test term',
      aliases: ['测试', '试验'],
      definition: '只用于测试的术语。',
      related: [existing.term],
    });
    const problems = checkProject(root).problems.filter((p) => p.file === 'data/terms.yaml' && p.severity === 'error');
    expect(problems).toEqual([]);
  });

  it('appends a source with a nested text field', async () => {
    const io = fakeIo(root);
    expect(
      await runNew(
        [
          'source',
          '--id',
          'ceshi-laiyuan',
          '--title',
          '测试: 标题',
          '--outlet',
          '某媒体',
          '--authors',
          '甲,乙',
          '--published',
          '2023-04-13',
          '--kind',
          'analysis',
          '--text.file',
          '009_test.txt',
        ],
        io,
      ),
    ).toBe(0);
    const added = readCollection(root, 'sources').entries.find((e) => e.id === 'ceshi-laiyuan')!;
    expect(added.file).toBe('data/sources.yaml');
    // A source is read the day it is added unless --accessed says otherwise.
    const today = new Date().toISOString().slice(0, 10);
    expect(added.data).toEqual({
      id: 'ceshi-laiyuan',
      title: '测试: 标题',
      outlet: '某媒体',
      authors: ['甲', '乙'],
      published: '2023-04-13',
      accessed: today,
      language: 'zh-Hans',
      kind: 'analysis',
      text: { file: '009_test.txt' },
    });
  });
});

describe('cases', () => {
  it('writes front matter that passes caseSchema and a body the MDX guard accepts', async () => {
    const io = fakeIo(root);
    expect(
      await runNew(
        [
          'case',
          '--id',
          'ceshi-anli',
          '--name',
          '测试案例',
          '--aliases',
          '@测试案例',
          '--kind',
          'merchant',
          '--category',
          '茶叶',
          '--summary',
          '一句话概括。',
          '--depth',
          'in-depth',
        ],
        io,
      ),
    ).toBe(0);
    const file = join(root, 'content/cases/ceshi-anli.mdx');
    const entry = readCollection(root, 'cases').entries.find((e) => e.id === 'ceshi-anli')!;
    expect(caseSchema.parse(entry.data)).toMatchObject({ name: '测试案例', aliases: ['@测试案例'], depth: 'in-depth' });
    expect(guardMdx(entry.body!)).toEqual([]);
    expect(bareNumbers(entry.body!)).toEqual([]);
    for (const heading of ['是谁', '怎么做', '关键数字', '品牌可以学什么', '注意事项']) expect(readFileSync(file, 'utf8')).toContain(`## ${heading}`);
    expect(entry.body).toContain(`<Claim id="${placeholderClaimId('ceshi-anli')}" />`);
    expect(entry.body).not.toMatch(/<!--|\{/);
    // The placeholder is the one thing npm run check reports, and the tool said so.
    const errors = checkProject(root).problems.filter((p) => p.file === 'content/cases/ceshi-anli.mdx' && p.severity === 'error');
    expect(errors.map((p) => p.rule)).toEqual(['reference']);
    expect(io.stdout.join('\n')).toContain('占位符');
  });

  it('lists the claims that already exist about the case instead of a placeholder', async () => {
    const io = fakeIo(root);
    // A claim about a case that has no page yet, then the page.
    expect(await runNew(claimArgs('about-new-case', { subject: 'case/ceshi-anli-two' }), io)).toBe(0);
    const io2 = fakeIo(root);
    expect(
      await runNew(['case', '--id', 'ceshi-anli-two', '--name', '第二个', '--kind', 'brand', '--category', '服装', '--summary', '一句话。'], io2),
    ).toBe(0);
    const body = readCollection(root, 'cases').entries.find((e) => e.id === 'ceshi-anli-two')!.body!;
    expect(body).toContain('<Claim id="about-new-case" />');
    expect(body).not.toContain('todo-claim');
  });
});

describe('missing fields without a terminal', () => {
  it('fails listing every missing required field in Chinese and English, writing nothing', async () => {
    const before = snapshot(root);
    const io = fakeIo(root);
    expect(await runNew(['claim', '--id', 'half-a-claim', '--subject', `case/${existing.case}`], io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain('缺少必填字段');
    expect(err).toContain('missing required fields');
    for (const flag of ['--measure', '--claimant', '--kind', '--source', '--quote', '--value 或 or --low + --high', '--period 或 or --periodNote'])
      expect(err).toContain(flag);
    expect(err).toContain('谁说的');
    expect(err).toContain('who said it');
    expect(err).not.toContain('--subject\n');
    expect(snapshot(root)).toEqual(before);
  });

  it('rejects values the schema would reject, with its message', async () => {
    const io = fakeIo(root);
    expect(await runNew(['term', '--id', 'Bad_Id', '--term', 't', '--en', 'e', '--definition', 'd'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('id "Bad_Id" 不合法');
    const io2 = fakeIo(root);
    expect(await runNew(claimArgs('bad-period', { period: '2022-13' }), io2)).toBe(1);
    expect(io2.stderr.join('\n')).toContain('时期格式应为');
    const io3 = fakeIo(root);
    expect(await runNew(['term', '--id', 'x-term', '--term', 't', '--en', 'e', '--definition', 'd', '--colour', 'red'], io3)).toBe(1);
    expect(io3.stderr.join('\n')).toContain('--colour');
  });
});

describe('interactive', () => {
  it('asks for what is missing, in field order, then writes after confirmation', async () => {
    const answers = [
      'jiaohu-shuyu', // id
      '交互', // term
      'Interactive', // en
      '', // aliases (optional)
      '在终端里逐项填写。', // definition
      '', // related (optional)
      '', // source (optional)
      'y', // write?
    ];
    const io = fakeIo(root, answers);
    expect(await runNew(['term'], io)).toBe(0);
    expect(io.questions.map((q) => q.trim().split('\n').pop())).toEqual([
      'id:',
      'term:',
      'en:',
      'aliases（可空 optional）:',
      'definition:',
      'related（可空 optional）:',
      'source（可空 optional）:',
      '写入 data/terms.yaml？Write data/terms.yaml? [Y/n]',
    ]);
    expect(readCollection(root, 'terms').entries.at(-1)!.data).toEqual({
      id: 'jiaohu-shuyu',
      term: '交互',
      en: 'Interactive',
      definition: '在终端里逐项填写。',
    });
  });

  it('asks for value, then low and high when value is left empty', async () => {
    const io = fakeIo(root, ['', '70', '80', 'n']);
    expect(await runNew(claimArgs('range-claim', { value: undefined, claimantRole: '记者' }), io)).toBe(1); // answered "n" at the end
    expect(io.questions.map((q) => q.trim().split('\n').pop())).toEqual([
      'value（可空 optional）:',
      'low:',
      'high:',
      '写入 data/claims/contrib.yaml？Write data/claims/contrib.yaml? [Y/n]',
    ]);
    expect(io.stdout.join('\n')).toContain('low: 70');
    expect(io.stdout.join('\n')).toContain('已取消');
  });
});
