/**
 * Each integrity rule: the valid fixture passes, and one planted mistake fails with
 * the expected rule, file, line and message (both languages).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/lib/check/integrity/index.ts';
import type { Problem } from '../../src/lib/check/problems.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture-project.ts';

let project: FixtureProject;
beforeEach(() => (project = fixtureProject()));
afterEach(() => project.cleanup());

const errors = () => checkProject(project.root).problems.filter((p) => p.severity === 'error');
const only = (rule: string): Problem => {
  const list = errors();
  expect(list.map((p) => p.rule)).toEqual([rule]);
  return list[0];
};

describe('the valid fixture', () => {
  it('has no problems at all', () => {
    expect(checkProject(project.root).problems).toEqual([]);
  });
});

describe('references', () => {
  it('names a missing source, its line, and the closest existing id', () => {
    project.replace('data/claims/a.yaml', 'source: src-a\n  quote: 客单价', 'source: src-b\n  quote: 客单价');
    const p = only('reference');
    expect(p.file).toBe('data/claims/a.yaml');
    expect(p.line).toBe(9);
    expect(p.field).toBe('claims[shop-aov-a].source');
    expect(p.message.zh).toContain('来源 "src-b" 不存在');
    expect(p.message.en).toContain('closest existing ids: src-a');
  });

  it('catches a dangling subject, which Astro itself would let through', () => {
    project.replace('data/claims/a.yaml', 'subject: case/shop\n  measure: aov', 'subject: case/shopp\n  measure: aov');
    const p = only('reference');
    expect(p.message.en).toContain('case "shopp" does not exist');
    expect(p.fix.en).toContain('shop');
  });

  it('catches a <Claim id> in MDX prose that does not exist, at its line in the file', () => {
    project.replace('content/cases/shop.mdx', 'id="shop-aov-a"', 'id="shop-aov-x"');
    const p = only('reference');
    expect(p.file).toBe('content/cases/shop.mdx');
    expect(p.line).toBe(12);
  });
});

describe('duplicate ids', () => {
  it('points at the second entry and names the first', () => {
    project.replace('data/claims/a.yaml', 'id: shop-repurchase-a', 'id: shop-aov-a');
    const problems = errors();
    const dup = problems.find((p) => p.rule === 'duplicate-id')!;
    expect(dup.line).toBe(11);
    expect(dup.message.en).toContain('already used at data/claims/a.yaml:1');
  });
});

describe('claim values', () => {
  it('fails when the quote does not contain the value, listing the numbers it does contain', () => {
    project.replace('data/claims/a.yaml', 'value: 2680', 'value: 2860');
    const p = only('quote-value');
    expect(p.message.zh).toContain('引文中找不到 value = 2860');
    expect(p.message.en).toContain('numbers in the quote: 2680');
  });

  it('accepts 万/亿 and full-width digits in the quote', () => {
    project.replace('data/claims/a.yaml', 'value: 2680\n  unit: cny', 'value: 55000000\n  unit: cny');
    project.replace('data/claims/a.yaml', 'quote: 客单价达到2680元', 'quote: 月GMV达到５５００万');
    project.write('data/evidence/src-a.yaml', project.read('data/evidence/src-a.yaml') + '- "去年月GMV达到５５００万。"\n');
    expect(errors()).toEqual([]);
  });

  it('rejects a percent outside 0–100', () => {
    project.replace('data/claims/a.yaml', 'value: 30', 'value: 300');
    project.replace('data/claims/a.yaml', '有30%在', '有300%在');
    project.replace('data/evidence/src-a.yaml', '有30%在', '有300%在');
    const p = only('range');
    expect(p.field).toBe('claims[shop-repurchase-a].value');
    expect(p.fix.en).toContain('write 30 for 30%');
  });

  it('rejects a unit that differs from the measure', () => {
    project.replace('data/claims/a.yaml', 'value: 2680\n  unit: cny', 'value: 2680\n  unit: people');
    expect(only('unit').message.en).toContain("unit people differs from measure aov's unit cny");
  });
});

describe('dates', () => {
  it('rejects an impossible calendar date through the schema, with its line', () => {
    project.replace('data/sources.yaml', 'published: 2023-04-13', 'published: 2023-02-30');
    // Only the schema error: claims citing the now-invalid source are not reported again.
    const p = only('schema');
    expect(p.line).toBe(5);
    expect(p.message.en).toContain('must be a real date');
  });

  it('rejects a reported figure for a period after the source was published', () => {
    project.replace('data/claims/a.yaml', 'period: 2022\n', 'period: 2024\n');
    expect(only('date').message.en).toContain('starts after the source was published');
  });

  it('accepts the same period when the claim is a forecast', () => {
    project.replace(
      'data/claims/a.yaml',
      'period: 2022\n  claimant: 张三\n  kind: self-reported',
      'period: 2024\n  claimant: 张三\n  kind: forecast',
    );
    expect(errors()).toEqual([]);
  });
});

describe('warnings', () => {
  it('warns about a source nothing cites, without failing', () => {
    project.write(
      'data/sources.yaml',
      project.read('data/sources.yaml') +
        `- id: src-unused
  title: 没人引用
  outlet: 某媒体
  published: 2022
  language: zh-Hans
  accessed: 2026-11-22
  kind: news
`,
    );
    const { problems } = checkProject(project.root);
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['unused-source', 'warning']]);
  });

  it("warns when a case's own claim is missing from its prose", () => {
    project.replace('content/cases/shop.mdx', '- 复购 <Claim id="shop-repurchase-a" />\n', '');
    const { problems } = checkProject(project.root);
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['claim-not-in-case', 'warning']]);
  });
});

describe('MDX prose', () => {
  it('flags a bare number with its line and column', () => {
    project.replace('content/cases/shop.mdx', '## 关键数字', '成立18年的老店。\n\n## 关键数字');
    const p = only('bare-number');
    expect(p.line).toBe(10);
    expect(p.message.zh).toContain('"18年"');
  });

  it('allows dates written 2022年4月 and 4月8日', () => {
    project.replace('content/cases/shop.mdx', '## 关键数字', '2022年4月首播，4月8日复盘，2017年到2022年间持续经营。\n\n## 关键数字');
    expect(errors()).toEqual([]);
  });

  it('reports every problem at once, across files', () => {
    project.replace('data/claims/a.yaml', 'source: src-a\n  quote: 客单价', 'source: nope\n  quote: 客单价');
    project.replace('data/claims/a.yaml', 'value: 30', 'value: 31');
    project.replace('content/cases/shop.mdx', '## 关键数字', '大约三成顾客会回购。\n\n## 关键数字');
    expect(errors().map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      'content/cases/shop.mdx:10 bare-number',
      'data/claims/a.yaml:9 reference',
      'data/claims/a.yaml:14 quote-value',
    ]);
  });
});

describe('stored evidence', () => {
  it('fails a quote that is in no stored passage, naming the claim and the closest passage with its line', () => {
    project.replace('data/claims/a.yaml', 'quote: 客单价达到2680元', 'quote: 客单价达到了2680元');
    const found = errors().filter((p) => p.rule === 'evidence');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/claims/a.yaml', line: 10 });
    expect(found[0].message.en).toContain('shop-aov-a');
    expect(found[0].message.en).toContain('data/evidence/src-a.yaml:2');
    expect(found[0].message.zh).toContain('他说客单价达到2680元');
  });

  it('fails a source whose quotes have no evidence file at all', () => {
    project.write('data/evidence/src-a.yaml', '');
    rmSync(join(project.root, 'data/evidence/src-a.yaml'));
    expect(
      errors()
        .filter((p) => p.rule === 'evidence')
        .map((p) => p.message.en),
    ).toEqual(['source src-a has no evidence file data/evidence/src-a.yaml', 'source src-a has no evidence file data/evidence/src-a.yaml']);
  });

  it('refuses a stored passage longer than one sentence should be', () => {
    project.write(
      'data/evidence/src-a.yaml',
      `- "他说客单价达到2680元，第一场直播的粉丝至今有30%在持续购买。${'后面还有很长的一段话。'.repeat(30)}"\n`,
    );
    const found = errors().filter((p) => p.rule === 'evidence');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/evidence/src-a.yaml', line: 1 });
  });
});

describe('derived claims', () => {
  const derived = (extra: string) => `- id: shop-ratio-a
  subject: case/shop
  measure: repurchase-rate
  value: 30
  unit: percent
  period: 2022
  claimant: 张三
  kind: self-reported
  source: src-a
  quote: 粉丝至今有30%在持续购买
  derivation: 比值，由两条数据相除
  derivedFrom: [shop-aov-a, shop-repurchase-a]
${extra}`;
  it('refuses a derivation from inputs of different measures or period lengths, at derivedFrom', () => {
    project.write('data/claims/b.yaml', derived(''));
    const p = only('derivation');
    expect(p).toMatchObject({ file: 'data/claims/b.yaml', line: 12 });
    expect(p.message.en).toContain('not comparable');
  });
  it('accepts it when notComparable says why it still means something', () => {
    project.write('data/claims/b.yaml', derived('  notComparable: 只作量级参考\n'));
    expect(errors()).toEqual([]);
  });
});
