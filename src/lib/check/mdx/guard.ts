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
          finding(
            node,
            'mdx-esm',
            { zh: 'MDX 中不允许 import 或 export（构建时会执行代码）', en: 'import and export are not allowed in MDX (they run code at build time)' },
            { zh: `删除这一行；可用的组件无需导入：${LIST}`, en: `remove the line; the allowed components need no import: ${LIST}` },
          ),
        );
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push(
          finding(
            node,
            'mdx-expression',
            { zh: 'MDX 中不允许 {…} 表达式（构建时会执行代码）', en: '{…} expressions are not allowed in MDX (they run code at build time)' },
            { zh: '删除花括号；正文中需要花括号时写成 \\{', en: 'remove the braces; write \\{ for a literal brace in prose' },
          ),
        );
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '(fragment)';
        const spec = allowedComponents[name];
        if (!spec) {
          const isScript = name.toLowerCase() === 'script';
          findings.push(
            finding(
              node,
              isScript ? 'mdx-script' : 'mdx-component',
              isScript
                ? { zh: '不允许 <script>', en: '<script> is not allowed' }
                : { zh: `不允许的元素或组件 <${name}>`, en: `element or component <${name}> is not allowed` },
              { zh: `只能使用 Markdown 语法和这些组件：${LIST}`, en: `use Markdown and only these components: ${LIST}` },
            ),
          );
          return false;
        }
        const seen = new Set<string>();
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            findings.push(
              finding(
                node,
                'mdx-expression',
                { zh: `<${name}> 上不允许 {…} 展开属性`, en: `spread attributes {…} are not allowed on <${name}>` },
                { zh: '改成 属性="文字" 的形式', en: 'write attributes as name="text"' },
              ),
            );
            continue;
          }
          if (seen.has(attr.name)) {
            findings.push(
              finding(
                node,
                'mdx-prop',
                { zh: `<${name}> 的属性 ${attr.name} 写了两次`, en: `<${name}> has prop ${attr.name} twice` },
                { zh: `只保留一个 ${attr.name}`, en: `keep one ${attr.name}` },
              ),
            );
          }
          seen.add(attr.name);
          if (attr.value === null || attr.value === undefined) {
            findings.push(
              finding(
                node,
                'mdx-prop',
                { zh: `<${name}> 的属性 ${attr.name} 没有值`, en: `<${name}> prop ${attr.name} has no value` },
                { zh: `写成 ${attr.name}="…"`, en: `write ${attr.name}="…"` },
              ),
            );
          }
          if (/^on/i.test(attr.name)) {
            findings.push(
              finding(
                node,
                'mdx-event-handler',
                { zh: `不允许事件处理属性 ${attr.name}`, en: `event-handler attribute ${attr.name} is not allowed` },
                { zh: `删除 ${attr.name}`, en: `remove ${attr.name}` },
              ),
            );
          } else if (![...spec.required, ...spec.optional].includes(attr.name)) {
            findings.push(
              finding(
                node,
                'mdx-prop',
                { zh: `<${name}> 没有属性 ${attr.name}`, en: `<${name}> has no prop ${attr.name}` },
                {
                  zh: `可用属性：${[...spec.required, ...spec.optional].join(', ') || '无'}`,
                  en: `allowed props: ${[...spec.required, ...spec.optional].join(', ') || 'none'}`,
                },
              ),
            );
          }
          if (attr.value !== null && typeof attr.value === 'object') {
            findings.push(
              finding(
                node,
                'mdx-expression',
                { zh: `属性 ${attr.name} 的值不能是 {…} 表达式`, en: `attribute ${attr.name} must not be a {…} expression` },
                { zh: `写成 ${attr.name}="文字"`, en: `write ${attr.name}="text"` },
              ),
            );
          }
        }
        for (const required of spec.required) {
          if (!seen.has(required)) {
            findings.push(
              finding(
                node,
                'mdx-prop',
                { zh: `<${name}> 缺少属性 ${required}`, en: `<${name}> is missing prop ${required}` },
                { zh: `加上 ${required}="…"`, en: `add ${required}="…"` },
              ),
            );
          }
        }
        return;
      }
      case 'image':
      case 'definition': {
        // The MDX compiler turns a relative image path into a build-time import (which runs
        // a .ts file or reads any file), so images — and definitions, which images can use —
        // may only point at the web or at absolute paths on this site.
        const url = node.url.trim();
        if (!/^(https?:\/\/|\/(?!\/))[^?]*$/i.test(url)) {
          findings.push(
            finding(
              node,
              'mdx-url',
              { zh: `图片或链接定义的地址不允许：${url.slice(0, 40)}`, en: `image or link-definition address not allowed: ${url.slice(0, 40)}` },
              {
                zh: '图片只能用 https:// 地址或站内绝对路径（如 /images/x.png），不能用相对路径或带 ? 的地址',
                en: 'images may use only https:// addresses or absolute site paths (e.g. /images/x.png): no relative paths, no ?query',
              },
            ),
          );
        }
        return;
      }
      case 'link': {
        // Only web, mail and in-site links: javascript:, data:, vbscript: … could run code or smuggle content.
        const url = node.url.trim();
        if (!/^(https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/)/i.test(url) && /^[a-z][a-z0-9+.-]*:/i.test(url)) {
          findings.push(
            finding(
              node,
              'mdx-url',
              { zh: `不允许的链接协议：${url.slice(0, 40)}`, en: `link scheme not allowed: ${url.slice(0, 40)}` },
              { zh: '只能链接 https://、http://、mailto: 或站内路径', en: 'link only to https://, http://, mailto: or paths on this site' },
            ),
          );
        }
        return;
      }
    }
  });
  return findings;
}
