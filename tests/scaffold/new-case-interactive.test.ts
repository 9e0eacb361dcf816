/** npm run new for cases, with fields missing, and on a terminal (questions from the schemas). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/check/corpus/load.ts';
import { checkProject } from '../../src/lib/check/integrity/index.ts';
import { bareNumbers } from '../../src/lib/check/mdx/bare-numbers.ts';
import { guardMdx } from '../../src/lib/check/mdx/guard.ts';
import { runNew } from '../../src/cli/scaffold/cli.ts';
import { placeholderClaimId } from '../../src/cli/scaffold/render.ts';
import { caseSchema } from '../../src/schemas/index.ts';
import { fakeIo, snapshot, useTempProject } from './helpers.ts';

const project = useTempProject();
const claimArgs = project.claimArgs;

describe('cases', () => {
  it('writes front matter that passes caseSchema and a body the MDX guard accepts', async () => {
    const io = fakeIo(project.root);
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
    const file = join(project.root, 'content/cases/ceshi-anli.mdx');
    const entry = readCollection(project.root, 'cases').entries.find((e) => e.id === 'ceshi-anli')!;
    expect(caseSchema.parse(entry.data)).toMatchObject({ name: '测试案例', aliases: ['@测试案例'], depth: 'in-depth' });
    expect(guardMdx(entry.body!)).toEqual([]);
    expect(bareNumbers(entry.body!)).toEqual([]);
    for (const heading of ['是谁', '怎么做', '关键数字', '品牌可以学什么', '注意事项']) expect(readFileSync(file, 'utf8')).toContain(`## ${heading}`);
    expect(entry.body).toContain(`<Claim id="${placeholderClaimId('ceshi-anli')}" />`);
    expect(entry.body).not.toMatch(/<!--|\{/);
    // The placeholder is the one thing npm run check reports, and the tool said so.
    const errors = checkProject(project.root).problems.filter((p) => p.file === 'content/cases/ceshi-anli.mdx' && p.severity === 'error');
    expect(errors.map((p) => p.rule)).toEqual(['reference']);
    expect(io.stdout.join('\n')).toContain('占位符');
  });

  it('lists the claims that already exist about the case instead of a placeholder', async () => {
    const io = fakeIo(project.root);
    // A claim about a case that has no page yet, then the page.
    expect(await runNew(claimArgs('about-new-case', { subject: 'case/ceshi-anli-two' }), io)).toBe(0);
    const io2 = fakeIo(project.root);
    expect(
      await runNew(['case', '--id', 'ceshi-anli-two', '--name', '第二个', '--kind', 'brand', '--category', '服装', '--summary', '一句话。'], io2),
    ).toBe(0);
    const body = readCollection(project.root, 'cases').entries.find((e) => e.id === 'ceshi-anli-two')!.body!;
    expect(body).toContain('<Claim id="about-new-case" />');
    expect(body).not.toContain('todo-claim');
  });
});

describe('missing fields without a terminal', () => {
  it('fails listing every missing required field in Chinese and English, writing nothing', async () => {
    const before = snapshot(project.root);
    const io = fakeIo(project.root);
    expect(await runNew(['claim', '--id', 'half-a-claim', '--subject', `case/${project.existing.case}`], io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain('缺少必填字段');
    expect(err).toContain('missing required fields');
    for (const flag of ['--measure', '--claimant', '--kind', '--source', '--quote', '--value 或 or --low + --high', '--period 或 or --periodNote'])
      expect(err).toContain(flag);
    expect(err).toContain('谁说的');
    expect(err).toContain('Who said it');
    expect(err).not.toContain('--subject\n');
    expect(snapshot(project.root)).toEqual(before);
  });

  it('--help after a kind lists its fields as the schema documents them', async () => {
    const io = fakeIo(project.root);
    expect(await runNew(['claim', '--help'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('--qualifier  (默认 default exact)');
    expect(out).toContain('Verbatim passage from the source');
    expect(out).toContain('official | estimate | self-reported | media | forecast');
    expect(out).toContain('value, or low and high for a range');
  });

  it('rejects values the schema would reject, with its message', async () => {
    const io = fakeIo(project.root);
    expect(await runNew(['term', '--id', 'Bad_Id', '--term', 't', '--en', 'e', '--definition', 'd'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('id "Bad_Id" 不合法');
    const io2 = fakeIo(project.root);
    expect(await runNew(claimArgs('bad-period', { period: '2022-13' }), io2)).toBe(1);
    expect(io2.stderr.join('\n')).toContain('时期格式应为');
    const io3 = fakeIo(project.root);
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
    const io = fakeIo(project.root, answers);
    expect(await runNew(['term'], io)).toBe(0);
    expect(io.questions).toEqual([
      'id:',
      'term:',
      'en:',
      'aliases（可空 optional）:',
      'definition:',
      'related（可空 optional）:',
      'source（可空 optional）:',
      '写入 data/terms.yaml？Write data/terms.yaml? [Y/n]',
    ]);
    expect(readCollection(project.root, 'terms').entries.at(-1)!.data).toEqual({
      id: 'jiaohu-shuyu',
      term: '交互',
      en: 'Interactive',
      definition: '在终端里逐项填写。',
    });
  });

  it('asks for value, then low and high when value is left empty', async () => {
    const io = fakeIo(project.root, ['', '70', '80', 'n']);
    expect(await runNew(claimArgs('range-claim', { value: undefined, claimantRole: '记者' }), io)).toBe(1); // answered "n" at the end
    expect(io.questions).toEqual([
      'value（可空 optional）:',
      'low:',
      'high:',
      '写入 data/claims/contrib.yaml？Write data/claims/contrib.yaml? [Y/n]',
    ]);
    expect(io.stdout.join('\n')).toContain('low: 70');
    // Questions come from the schema: its description and, for an enum, its values to pick from.
    expect(io.asked[0]).toMatchObject({ kind: 'text', field: 'value', message: expect.stringContaining('base units'), example: '30' });
    expect(io.stdout.join('\n')).toContain('已取消');
  });
});
