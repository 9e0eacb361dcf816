/**
 * A tiny valid project in a temp folder, for tests that plant one mistake and
 * check the exact problem reported. `write` replaces a file; `read` returns it.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VALID_FILES: Record<string, string> = {
  'data/sources.yaml': `- id: src-a
  title: 测试文章
  outlet: 测试媒体
  authors: [张三]
  published: 2023-04-13
  language: zh-Hans
  accessed: 2026-11-22
  kind: analysis
`,
  'data/evidence/src-a.yaml': `# 测试文章: stored sentences.
- "他说客单价达到2680元，第一场直播的粉丝至今有30%在持续购买。"
`,
  'data/measures/core.yaml': `- id: aov
  name: 客单价
  en: Average order value
  unit: cny
  definition: 平均每笔订单金额。
- id: repurchase-rate
  name: 复购率
  en: Repurchase rate
  unit: percent
  definition: 再次购买的顾客比例。
`,
  'data/claims/a.yaml': `- id: shop-aov-a
  subject: case/shop
  measure: aov
  value: 2680
  unit: cny
  period: 2022
  claimant: 张三
  kind: self-reported
  source: src-a
  quote: 客单价达到2680元
- id: shop-repurchase-a
  subject: case/shop
  measure: repurchase-rate
  value: 30
  unit: percent
  period: 2022-04/2023-02
  claimant: 张三
  kind: self-reported
  source: src-a
  quote: 粉丝至今有30%在持续购买
`,
  'data/events/a.yaml': `- id: shop-first-live
  date: 2022-04
  title: 首次开播
  summary: 商家首次在平台开播。
  platforms: [plat]
  source: src-a
`,
  'data/terms.yaml': `- id: siyu
  term: 私域
  en: Private domain
  definition: 品牌可以反复触达的用户关系。
  source: src-a
`,
  'data/disagreements.yaml': '',
  'content/platforms/plat.mdx': `---
name: 测试平台
en: Test platform
owner: 测试公司
kind: platform
models: [mod]
summary: 一个测试平台。
---

平台介绍。
`,
  'content/models/mod.mdx': `---
name: 测试电商
en: Test commerce
definition: 测试用的模式。
platforms: [plat]
---

模式介绍。
`,
  'content/cases/shop.mdx': `---
name: 测试商家
kind: merchant
category: 茶叶
platforms: [plat]
models: [mod]
summary: 一个测试商家。
---

## 关键数字

- 客单价 <Claim id="shop-aov-a" />
- 复购 <Claim id="shop-repurchase-a" />
`,
};

export interface FixtureProject {
  root: string;
  write(path: string, text: string): void;
  read(path: string): string;
  /** Replace `from` with `to` in a file; throws if `from` is absent so tests cannot silently test nothing. */
  replace(path: string, from: string, to: string): void;
  cleanup(): void;
}

export function fixtureProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [path, text] of Object.entries(VALID_FILES)) write(path, text);
  return {
    root,
    write,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    replace(path, from, to) {
      const text = readFileSync(join(root, path), 'utf8');
      if (!text.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
      writeFileSync(join(root, path), text.replace(from, to));
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
