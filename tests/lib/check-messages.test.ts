/** What the checker tells a contributor about a field comes from the schema's own documentation. */
import { describe, expect, it } from 'vitest';
import { validateEntries } from '../../src/lib/check/corpus/load.ts';
import type { RawEntry } from '../../src/lib/check/corpus/read-entries.ts';

function problemsFor(data: Record<string, unknown>) {
  const raw = { id: String(data.id), data, file: 'data/claims/x.yaml', locate: () => ({ line: 3, column: 5 }) } as unknown as RawEntry;
  return validateEntries('claims', [raw]).problems;
}

describe('schema messages', () => {
  const problems = problemsFor({ id: 'x', subject: 'platform/douyin', measure: 'gmv', value: 1, unit: 'cny', kind: 'offical', claimant: '抖音电商' });
  const at = (field: string) => problems.find((p) => p.field === `claims[x].${field}`)!;

  it('says what a missing field is and shows an example to copy', () => {
    const quote = at('quote');
    expect(quote.message.zh).toMatch(/^缺少必填字段 quote（.*原文.*）$/);
    expect(quote.message.en).toMatch(/^required field quote is missing \(.*[Vv]erbatim.*\)$/);
    expect(quote.fix.zh).toMatch(/例如 quote: \S+/);
    expect(quote.fix.en).toMatch(/e\.g\. quote: \S+/);
  });

  it('lists what each allowed value means and guesses the intended one', () => {
    const kind = at('kind');
    expect(kind.fix.zh).toContain('是不是想写 official？');
    expect(kind.fix.en).toContain('did you mean official?');
    expect(kind.fix.zh).toMatch(/estimate（[^）]*第三方/);
    expect(kind.fix.en).toMatch(/forecast \([^)]*predict/);
    expect([kind.line, kind.column]).toEqual([3, 5]);
  });
});
