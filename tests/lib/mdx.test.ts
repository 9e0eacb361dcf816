/** The MDX guard rejects anything that could run code, before MDX is compiled; the bare-number and <Claim> scans; where front matter ends. */
import { describe, expect, it } from 'vitest';
import { guardMdx } from '../../src/lib/check/mdx/guard.ts';
import { bareNumbers } from '../../src/lib/check/mdx/bare-numbers.ts';
import { claimIdsInBody } from '../../src/lib/check/mdx/claim-refs.ts';
import { splitFrontMatter } from '../../src/lib/check/corpus/front-matter.ts';

const rules = (body: string) => guardMdx(body).map((f) => `${f.line}:${f.rule}`);

describe('guardMdx', () => {
  it('accepts Markdown, GFM tables, web and site links and the allowed components', () => {
    expect(
      rules(
        '## 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n客单价 <Claim id="x" />\n\n<Note title="注意">自述数据。</Note>\n\n[来源](https://example.org/a) [站内](/cases/x/) [锚点](#y) [邮件](mailto:a@b.c) ![图](/images/a.png) ![图](https://example.org/b.png)\n',
      ),
    ).toEqual([]);
  });
  it.each([
    ['import fs from "node:fs"\n', '1:mdx-esm'],
    ['export const x = 1\n', '1:mdx-esm'],
    ['正文\n\n{process.env.HOME}\n', '3:mdx-expression'],
    ['行内 {1 + 1} 表达式\n', '1:mdx-expression'],
    ['<script>alert(1)</script>\n', '1:mdx-script'],
    ['<img src="x" onerror="alert(1)" />\n', '1:mdx-component'],
    ['<Claim id="x" onClick="alert(1)" />\n', '1:mdx-event-handler'],
    ['<Claim id={"x"} />\n', '1:mdx-expression'],
    ['<Claim {...props} />\n', '1:mdx-expression'],
    ['<Claim />\n', '1:mdx-prop'],
    ['<Claim id="x" label="y" />\n', '1:mdx-prop'],
    ['<Fragment>x</Fragment>\n', '1:mdx-component'],
    ['[点我](javascript:alert(1))\n', '1:mdx-url'],
    ['![图](data:image/svg+xml;base64,PHN2Zz4=)\n', '1:mdx-url'],
    ['[x][r]\n\n[r]: vbscript:msgbox\n', '3:mdx-url'],
    ['![x](../../scripts/json-schema.ts)\n', '1:mdx-url'],
    ['![x](child_process)\n', '1:mdx-url'],
    ['![x](/images/a.svg?raw)\n', '1:mdx-url'],
    ['<Claim id />\n', '1:mdx-prop'],
    ['<Claim id="a" id="b" />\n', '1:mdx-prop'],
  ])('rejects %j', (body, expected) => {
    expect(rules(body)).toContain(expected);
  });
  it('reports a syntax error with its position instead of crashing', () => {
    const [f] = guardMdx('正文\n\n<Claim id="x"\n');
    expect(f.rule).toBe('mdx-syntax');
    expect(f.message.en).toContain('MDX syntax error');
  });
});

describe('bareNumbers', () => {
  it('finds quantities typed into prose, with line and column', () => {
    expect(bareNumbers('成立18年的企业\n\n月销5500万元，复购三成。\n')).toEqual([
      { text: '18年', line: 1, column: 3 },
      { text: '5500万元', line: 3, column: 3 },
      { text: '三成', line: 3, column: 12 },
    ]);
  });
  it('finds Chinese-numeral quantities with 多/余, 百分之 and counted people, and numbers in Note titles and inline code', () => {
    expect(bareNumbers('月销三千多万元，用户十多亿人，占百分之三十，团队三百人。\n').map((n) => n.text)).toEqual([
      '三千多万元',
      '十多亿',
      '百分之三十',
      '三百人',
    ]);
    expect(bareNumbers('<Note title="增长30%">正文</Note>\n\n见 `30万` 一说\n').map((n) => n.text)).toEqual(['30%', '30万']);
    expect(bareNumbers('一家企业的一位顾客说了两个想法。\n')).toEqual([]);
  });
  it('ignores dates, names with numerals, component props and code blocks', () => {
    expect(bareNumbers('2022年4月8日首播，4月8日复盘；三妈六娃、双十一。<Claim id="a-2022" />\n\n```\nx = 1\n```\n')).toEqual([]);
  });
});

describe('claimIdsInBody', () => {
  it('lists every <Claim id> with its line', () => {
    expect(claimIdsInBody('a <Claim id="one" />\n\n- b <Claim id="two" />\n')).toEqual([
      { id: 'one', line: 1, column: 3 },
      { id: 'two', line: 3, column: 5 },
    ]);
  });
});

describe('bare numbers inside known names', () => {
  it('does not flag digits inside a name the atlas knows, but still flags a quantity beside it', async () => {
    const { bareNumbers } = await import('../../src/lib/check/mdx/bare-numbers.ts');
    expect(bareNumbers('据36氪报道，88VIP会员增长。', ['36氪', '88VIP'])).toEqual([]);
    expect(bareNumbers('据36氪报道，会员达3000万人。', ['36氪']).map((n) => n.text)).toEqual(['3000万人']);
    expect(bareNumbers('据36氪报道。').map((n) => n.text)).toEqual(['36']);
  });
});

describe('splitFrontMatter (the checker and the data diff read MDX through it)', () => {
  it('takes the YAML between the first two --- lines and says where the body starts', () => {
    expect(splitFrontMatter('---\nname: 顺子说茶\ntags: [a]\n---\n\n正文 --- 不是分隔\n')).toEqual({
      yaml: 'name: 顺子说茶\ntags: [a]',
      body: '\n正文 --- 不是分隔\n',
      bodyLine: 5,
    });
    expect(splitFrontMatter('---\r\nname: a\r\n---\r\nbody')).toEqual({ yaml: 'name: a', body: 'body', bodyLine: 4 });
  });
  it('finds none unless the file starts with ---', () => {
    expect(splitFrontMatter('name: a\n---\nbody')).toBeUndefined();
    expect(splitFrontMatter(' ---\nname: a\n---\n')).toBeUndefined();
  });
});
