/** `npm run check` on a deliberately broken copy lists every planted error with file and line, and exits 1. */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

let project: FixtureProject | undefined;
afterEach(() => project?.cleanup());

function runCheck(root: string, ...flags: string[]) {
  return spawnSync('tsx', ['scripts/check.ts', '--root', root, ...flags], { encoding: 'utf8' });
}

describe('npm run check', () => {
  it('exits 0 and says so on valid content', () => {
    project = fixtureProject();
    const run = runCheck(project.root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 error(s), 0 warning(s)');
  });

  it('lists all five planted mistakes with file:line, field, and a fix in both languages', () => {
    project = fixtureProject();
    project.replace('data/claims/a.yaml', 'source: src-a\n  quote: 客单价', 'source: src-x\n  quote: 客单价'); // dangling reference
    project.replace('data/claims/a.yaml', 'value: 30', 'value: 0.3'); // percent written as a fraction
    project.replace('data/sources.yaml', 'published: 2023-04-13', 'published: 2023-13-01'); // impossible date
    project.replace('content/cases/shop.mdx', '## 关键数字', '月销5500万元。\n\n## 关键数字'); // bare number
    project.replace('data/events/a.yaml', 'title: 首次开播', 'titel: 首次开播'); // misspelt field
    const run = runCheck(project.root);
    expect(run.status).toBe(1);
    const heads = run.stdout
      .split('\n')
      .filter((l) => /^\S+:\d+:\d+ /.test(l))
      .map((l) => l.replace(/\s+/g, ' '));
    expect(heads).toEqual(
      [
        'content/cases/shop.mdx:10:3 错误 error [bare-number] cases[shop].body',
        'data/claims/a.yaml:9:3 错误 error [reference] claims[shop-aov-a].source',
        'data/claims/a.yaml:14:3 错误 error [quote-value] claims[shop-repurchase-a].value',
        'data/events/a.yaml:1:3 错误 error [schema] events[shop-first-live].title',
        'data/events/a.yaml:3:3 错误 error [schema] events[shop-first-live].titel',
        'data/sources.yaml:5:3 错误 error [schema] sources[src-a].published',
      ].map((l) => l.replace(/\s+/g, ' ')),
    );
    expect(run.stdout).toContain('修改：');
    expect(run.stdout).toContain('Fix: ');
    expect(run.stdout).toContain('did you mean title?');
    expect(run.stdout).toContain('6 个错误');
  });

  it('prints machine-readable problems with --json', () => {
    project = fixtureProject();
    project.replace('data/claims/a.yaml', 'measure: aov', 'measure: aovv');
    const run = runCheck(project.root, '--json');
    expect(run.status).toBe(1);
    const problems = JSON.parse(run.stdout) as { rule: string; line: number; message: { en: string } }[];
    expect(problems.map((p) => [p.rule, p.line])).toEqual([['reference', 3]]);
    expect(problems[0].message.en).toContain('closest existing ids: aov');
  });

  it('--format github puts each problem on its file and line as a workflow command', () => {
    project = fixtureProject();
    project.replace('data/claims/a.yaml', 'value: 30', 'value: 0.3');
    const run = runCheck(project.root, '--format', 'github');
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^::error file=data\/claims\/a\.yaml,line=14,col=\d+,title=\[quote-value\] claims\[shop-repurchase-a\]\.value::/);
    // One line per problem: newlines inside the message are escaped.
    expect(commands[0]).toContain('%0AFix: ');
  });
});
