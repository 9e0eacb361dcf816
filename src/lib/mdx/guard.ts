/**
 * MDX executes at build time, so contributed MDX must not contain code. Before
 * anything compiles it, this guard rejects ESM import/export, {…} expressions,
 * <script> and every element that is not an allow-listed component, event-handler
 * and expression attributes, and unknown props.
 */
import type { Bilingual } from '../problems.ts';
import { parseMdx, walk } from './parse.ts';

/** The components contributors may use, with their props. */
export const allowedComponents: Record<string, { required: string[]; optional: string[]; description: string }> = {
  Claim: { required: ['id'], optional: [], description: '<Claim id="claim-id" />：带出处的数字 | a number with its citation' },
  Note: { required: [], optional: ['title'], description: '<Note title="…">…</Note>：提示框 | a caveat box' },
};

export interface GuardFinding {
  line: number;
  column: number;
  rule: string;
  message: Bilingual;
  fix: Bilingual;
}

const LIST = Object.values(allowedComponents)
  .map((c) => c.description.split('：')[0])
  .join('、');

function finding(node: { position?: { start: { line: number; column: number } } }, rule: string, message: Bilingual, fix: Bilingual): GuardFinding {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, rule, message, fix };
}

/** Everything in an MDX body that could run code or is not allowed. Positions are within the body. */
export function guardMdx(body: string): GuardFinding[] {
  const parsed = parseMdx(body);
  if (!parsed.ok) {
    return [
      {
        line: parsed.line,
        column: parsed.column,
        rule: 'mdx-syntax',
        message: { zh: `MDX 语法错误：${parsed.reason}`, en: `MDX syntax error: ${parsed.reason}` },
        fix: {
          zh: '检查 < 和 { 字符：正文里的 < 要写成 &lt;，不要用 HTML 注释 <!-- -->，组件要闭合（<Claim id="…" />）',
          en: 'check < and { characters: write < as &lt; in prose, do not use HTML comments <!-- -->, and close components (<Claim id="…" />)',
        },
      },
    ];
  }
  const findings: GuardFinding[] = [];
  walk(parsed.tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push(
          finding(node, 'mdx-esm',
            { zh: 'MDX 中不允许 import 或 export（构建时会执行代码）', en: 'import and export are not allowed in MDX (they run code at build time)' },
            { zh: `删除这一行；可用的组件无需导入：${LIST}`, en: `remove the line; the allowed components need no import: ${LIST}` }),
        );
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push(
          finding(node, 'mdx-expression',
            { zh: 'MDX 中不允许 {…} 表达式（构建时会执行代码）', en: '{…} expressions are not allowed in MDX (they run code at build time)' },
            { zh: '删除花括号；正文中需要花括号时写成 \\{', en: 'remove the braces; write \\{ for a literal brace in prose' }),
        );
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '(fragment)';
        const spec = allowedComponents[name];
        if (!spec) {
          const isScript = name.toLowerCase() === 'script';
          findings.push(
            finding(node, isScript ? 'mdx-script' : 'mdx-component',
              isScript
                ? { zh: '不允许 <script>', en: '<script> is not allowed' }
                : { zh: `不允许的元素或组件 <${name}>`, en: `element or component <${name}> is not allowed` },
              { zh: `只能使用 Markdown 语法和这些组件：${LIST}`, en: `use Markdown and only these components: ${LIST}` }),
          );
          return false;
        }
        const seen = new Set<string>();
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            findings.push(
              finding(node, 'mdx-expression',
                { zh: `<${name}> 上不允许 {…} 展开属性`, en: `spread attributes {…} are not allowed on <${name}>` },
                { zh: '改成 属性="文字" 的形式', en: 'write attributes as name="text"' }),
            );
            continue;
          }
          seen.add(attr.name);
          if (/^on/i.test(attr.name)) {
            findings.push(
              finding(node, 'mdx-event-handler',
                { zh: `不允许事件处理属性 ${attr.name}`, en: `event-handler attribute ${attr.name} is not allowed` },
                { zh: `删除 ${attr.name}`, en: `remove ${attr.name}` }),
            );
          } else if (![...spec.required, ...spec.optional].includes(attr.name)) {
            findings.push(
              finding(node, 'mdx-prop',
                { zh: `<${name}> 没有属性 ${attr.name}`, en: `<${name}> has no prop ${attr.name}` },
                { zh: `可用属性：${[...spec.required, ...spec.optional].join(', ') || '无'}`, en: `allowed props: ${[...spec.required, ...spec.optional].join(', ') || 'none'}` }),
            );
          }
          if (attr.value !== null && typeof attr.value === 'object') {
            findings.push(
              finding(node, 'mdx-expression',
                { zh: `属性 ${attr.name} 的值不能是 {…} 表达式`, en: `attribute ${attr.name} must not be a {…} expression` },
                { zh: `写成 ${attr.name}="文字"`, en: `write ${attr.name}="text"` }),
            );
          }
        }
        for (const required of spec.required) {
          if (!seen.has(required)) {
            findings.push(
              finding(node, 'mdx-prop',
                { zh: `<${name}> 缺少属性 ${required}`, en: `<${name}> is missing prop ${required}` },
                { zh: `加上 ${required}="…"`, en: `add ${required}="…"` }),
            );
          }
        }
        return;
      }
      case 'link':
      case 'image':
      case 'definition': {
        // Only web, mail and in-site links: javascript:, data:, vbscript: … could run code or smuggle content.
        const url = node.url.trim();
        if (!/^(https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/)/i.test(url) && /^[a-z][a-z0-9+.-]*:/i.test(url)) {
          findings.push(
            finding(node, 'mdx-url',
              { zh: `不允许的链接协议：${url.slice(0, 40)}`, en: `link scheme not allowed: ${url.slice(0, 40)}` },
              { zh: '只能链接 https://、http://、mailto: 或站内路径', en: 'link only to https://, http://, mailto: or paths on this site' }),
          );
        }
        return;
      }
      case 'html':
        findings.push(
          finding(node, 'mdx-component',
            { zh: '不允许原始 HTML', en: 'raw HTML is not allowed' },
            { zh: '改用 Markdown 语法', en: 'use Markdown instead' }),
        );
        return false;
    }
  });
  return findings;
}
