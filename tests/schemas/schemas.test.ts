/**
 * Every schema parses a valid entry and rejects a typical mistake with a message
 * that says what is wrong in both languages.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  claimSchema,
  sourceSchema,
  measureSchema,
  eventSchema,
  termSchema,
  disagreementSchema,
  caseSchema,
  platformSchema,
  modelSchema,
  isPeriod,
  isPartialDate,
} from '../../src/schemas/index.ts';
import { VALID_FILES } from '../support/fixture-project.ts';

const firstYaml = (path: string) => (parseYaml(VALID_FILES[path]) as Record<string, unknown>[])[0];
const frontMatter = (path: string) => parseYaml(VALID_FILES[path].split('---')[1]) as Record<string, unknown>;
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join('\n') ?? '';

describe('claim schema', () => {
  const valid = firstYaml('data/claims/a.yaml');
  it('accepts a valid claim and defaults the qualifier to exact', () => {
    expect(claimSchema.parse(valid).qualifier).toBe('exact');
  });
  it('rejects both value and a range', () => {
    const r = claimSchema.safeParse({ ...valid, low: 1, high: 2 });
    expect(messages(r)).toContain('both value and low/high given');
  });
  it('rejects a range with low above high', () => {
    const { value: _v, ...rest } = valid;
    expect(messages(claimSchema.safeParse({ ...rest, low: 9, high: 2 }))).toContain('low (9) is greater than high (2)');
  });
  it('rejects a subject without its collection', () => {
    expect(messages(claimSchema.safeParse({ ...valid, subject: 'shop' }))).toContain(
      'subject must be platform/<id>, case/<id>, model/<id>, market/<id> or company/<id>',
    );
  });
  it('rejects a missing period without a periodNote', () => {
    const { period: _p, ...rest } = valid;
    expect(messages(claimSchema.safeParse(rest))).toContain('period is missing');
    expect(claimSchema.safeParse({ ...rest, periodNote: '原文无日期' }).success).toBe(true);
  });
  it('rejects an unknown field (a typo) instead of dropping it', () => {
    expect(claimSchema.safeParse({ ...valid, qoute: 'x' }).success).toBe(false);
  });
  it('rejects a quote longer than 160 characters', () => {
    expect(messages(claimSchema.safeParse({ ...valid, quote: '字'.repeat(161) }))).toContain('at most 160 characters');
  });
});

describe('source schema', () => {
  const valid = firstYaml('data/sources.yaml');
  it('accepts a valid source and a YAML date object', () => {
    expect(sourceSchema.parse({ ...valid, published: new Date('2023-04-13') }).published).toBe('2023-04-13');
  });
  it('requires a date or a note explaining its absence', () => {
    const { published: _p, ...rest } = valid;
    expect(messages(sourceSchema.safeParse(rest))).toContain('published is missing');
  });
  it('rejects an unknown language', () => {
    expect(sourceSchema.safeParse({ ...valid, language: 'zh' }).success).toBe(false);
  });
});

describe('measure, event, term and disagreement schemas', () => {
  it('accept the fixture entries', () => {
    expect(measureSchema.safeParse(firstYaml('data/measures/core.yaml')).success).toBe(true);
    expect(eventSchema.safeParse(firstYaml('data/events/a.yaml')).success).toBe(true);
    expect(termSchema.safeParse(firstYaml('data/terms.yaml')).success).toBe(true);
  });
  it('reject a measure with an unknown unit', () => {
    expect(measureSchema.safeParse({ ...firstYaml('data/measures/core.yaml'), unit: 'rmb' }).success).toBe(false);
  });
  it('reject an event on 31 April', () => {
    expect(messages(eventSchema.safeParse({ ...firstYaml('data/events/a.yaml'), date: '2022-04-31' }))).toContain('must be a real date');
  });
  it('reject a disagreement with fewer than two items', () => {
    expect(messages(disagreementSchema.safeParse({ id: 'd', title: 't', claims: ['a'], why: 'w' }))).toContain('needs at least two');
  });
});

describe('front matter schemas', () => {
  it('accept the fixture case, platform and model', () => {
    expect(caseSchema.safeParse(frontMatter('content/cases/shop.mdx')).success).toBe(true);
    expect(platformSchema.safeParse(frontMatter('content/platforms/plat.mdx')).success).toBe(true);
    expect(modelSchema.safeParse(frontMatter('content/models/mod.mdx')).success).toBe(true);
  });
  it('reject a case without a category', () => {
    const { category: _c, ...rest } = frontMatter('content/cases/shop.mdx');
    expect(caseSchema.safeParse(rest).success).toBe(false);
  });
  it('reject a model trait on an unknown dimension', () => {
    const model = { ...frontMatter('content/models/mod.mdx'), traits: [{ dimension: 'price-level', text: '高' }] };
    expect(modelSchema.safeParse(model).success).toBe(false);
  });
});

describe('period and date grammar', () => {
  it.each(['2022', '2022-06', '2022-06-18', '2022-Q2', '2022-H1', '2022-01/2022-06', '2020-02-29'])('accepts %s', (p) => {
    expect(isPeriod(p)).toBe(true);
  });
  it.each(['22', '2022-13', '2022-Q5', '2022-06/2022-01', '2021-02-29', '2022/06'])('rejects %s', (p) => {
    expect(isPeriod(p)).toBe(false);
  });
  it('treats 2023-02-29 as impossible but 2024-02-29 as real', () => {
    expect([isPartialDate('2023-02-29'), isPartialDate('2024-02-29')]).toEqual([false, true]);
  });
});

describe('bilingual messages', () => {
  it('our refinements carry { zh, en } in the issue params, not one string to split', () => {
    const issue = claimSchema.safeParse({ ...firstYaml('data/claims/a.yaml'), subject: 'shop', period: '2022-13' }).error!.issues;
    const params = issue.map((i) => (i as { params?: unknown }).params);
    expect(params).toContainEqual({ zh: expect.stringContaining('subject 须写成'), en: expect.stringContaining('subject must be') });
    expect(params).toContainEqual({ zh: expect.stringContaining('时期格式应为'), en: expect.stringContaining('period must be') });
  });
});
