/** npm run new with flags: --dry-run writes nothing, taken ids are refused, YAML files are only appended to. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/check/corpus/load.ts';
import { checkProject } from '../../src/lib/check/integrity/index.ts';
import { runNew } from '../../src/cli/scaffold/cli.ts';
import { claimSchema } from '../../src/schemas/index.ts';
import { fakeIo, removeTemp, snapshot, tempProject, useTempProject } from './helpers.ts';

const project = useTempProject();
const claimArgs = project.claimArgs;

describe('npm run new --dry-run', () => {
  it('writes nothing for any kind, and says what and where', async () => {
    const before = snapshot(project.root);
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
      const io = fakeIo(project.root);
      expect(await runNew(argv, io)).toBe(0);
      const out = io.stdout.join('\n');
      expect(out).toContain(target);
      expect(out).toMatch(/试运行：不写入任何文件.*dry run, nothing written/);
      expect(out).toContain(snippet);
    }
    expect(snapshot(project.root)).toEqual(before);
    expect(existsSync(join(project.root, 'data/claims/contrib.yaml'))).toBe(false);
  });
});

describe('existing ids', () => {
  it('refuses a claim id that is taken, naming the id and where it is', async () => {
    const before = snapshot(project.root);
    const io = fakeIo(project.root);
    expect(await runNew(claimArgs(project.existing.claim), io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain(`id "${project.existing.claim}" 已存在`);
    expect(err).toContain(`id "${project.existing.claim}" already exists`);
    expect(err).toContain(project.existing.claimFile);
    expect(snapshot(project.root)).toEqual(before);
  });

  it('refuses existing terms, sources and cases too', async () => {
    for (const argv of [
      ['term', '--id', project.existing.term, '--term', '词', '--en', 'Word', '--definition', '定义。'],
      ['source', '--id', project.existing.source, '--title', 't', '--outlet', 'o', '--publishedNote', '不详', '--kind', 'news'],
      ['case', '--id', project.existing.case, '--name', 'n', '--kind', 'brand', '--category', 'c', '--summary', 's'],
    ]) {
      const io = fakeIo(project.root);
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
    const io = fakeIo(project.root);
    expect(await runNew(claimArgs('new-claim-one'), io)).toBe(0);
    const { entries, problems } = readCollection(project.root, 'claims');
    expect(problems).toEqual([]);
    const added = entries.find((e) => e.id === 'new-claim-one')!;
    expect(added.file).toBe('data/claims/contrib.yaml');
    const parsed = claimSchema.parse(added.data);
    expect(parsed).toMatchObject({ value: 30000000, qualifier: 'more-than', unit: 'cny', period: '2022-06', kind: 'media' });
  });

  it('keeps the file parseable and every earlier entry intact (--file picks the file)', async () => {
    const target = project.existing.claimFile;
    const beforeText = readFileSync(join(project.root, target), 'utf8');
    const beforeEntries = readCollection(project.root, 'claims')
      .entries.filter((e) => e.file === target)
      .map((e) => e.data);
    const io = fakeIo(project.root);
    expect(await runNew([...claimArgs('new-claim-two'), '--file', target.replace('data/claims/', '').replace('.yaml', '')], io)).toBe(0);
    const afterText = readFileSync(join(project.root, target), 'utf8');
    expect(afterText.startsWith(beforeText.endsWith('\n') ? beforeText : beforeText + '\n')).toBe(true);
    const after = readCollection(project.root, 'claims');
    expect(after.problems).toEqual([]);
    const afterEntries = after.entries.filter((e) => e.file === target);
    expect(afterEntries.slice(0, -1).map((e) => e.data)).toEqual(beforeEntries);
    expect(afterEntries.at(-1)!.id).toBe('new-claim-two');
  });

  it('appends a term to data/terms.yaml and the project still checks clean for it', async () => {
    const beforeTerms = readCollection(project.root, 'terms').entries.map((e) => e.data);
    const io = fakeIo(project.root);
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
        project.existing.term,
        '--yes',
      ],
      io,
    );
    expect(code).toBe(0);
    const after = readCollection(project.root, 'terms').entries;
    expect(after.slice(0, -1).map((e) => e.data)).toEqual(beforeTerms);
    expect(after.at(-1)!.data).toEqual({
      id: 'ceshi-shuyu',
      term: '测试术语',
      en: 'Test term',
      aliases: ['测试', '试验'],
      definition: '只用于测试的术语。',
      related: [project.existing.term],
    });
    const problems = checkProject(project.root).problems.filter((p) => p.file === 'data/terms.yaml' && p.severity === 'error');
    expect(problems).toEqual([]);
  });

  it('appends a source with a nested text field', async () => {
    const io = fakeIo(project.root);
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
    const added = readCollection(project.root, 'sources').entries.find((e) => e.id === 'ceshi-laiyuan')!;
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
