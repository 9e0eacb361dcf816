/**
 * Turn a Zod issue into a bilingual problem with a fix. Our own refinements carry
 * `{ zh, en }` in the issue's params (src/schemas/meta.ts `says`); built-in issues
 * are translated here.
 */
import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { bilingualOf, type FieldDoc } from '../../../schemas/meta.ts';
import type { Bilingual } from '../problems.ts';

type Issue = z.core.$ZodIssue;

function fieldName(issue: Issue): string {
  const last = issue.path[issue.path.length - 1];
  return last === undefined ? '(entry)' : String(last);
}

/** The field's name in the schema's documentation: labels.0.by → labels[].by. */
export function docName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((k) => (typeof k === 'number' ? '[]' : `.${String(k)}`))
    .join('')
    .replace(/^\./, '')
    .replaceAll('.[]', '[]');
}

/** What the schema says a field is, so a message can tell a contributor what to write. */
export interface FieldHelp {
  doc?: FieldDoc;
}

function exampleText(example: FieldDoc['example']): string | undefined {
  if (example === undefined) return undefined;
  return Array.isArray(example) ? `[${example.join(', ')}]` : String(example);
}

export function describeIssue(
  issue: Issue,
  received: unknown,
  knownFields: string[] = [],
  help: FieldHelp = {},
): { message: Bilingual; fix: Bilingual } {
  const field = fieldName(issue);
  const own = bilingualOf(issue);
  if (own) return { message: own, fix: own };
  const doc = help.doc;
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) {
        const example = exampleText(doc?.example);
        return {
          message: {
            zh: `缺少必填字段 ${field}${doc ? `（${doc.zh}）` : ''}`,
            en: `required field ${field} is missing${doc ? ` (${doc.en})` : ''}`,
          },
          fix: {
            zh: `添加 ${field}${example ? `，例如 ${field}: ${example}` : `（类型：${issue.expected}）`}，参照 docs/data-format.md`,
            en: `add ${field}${example ? `, e.g. ${field}: ${example}` : ` (a ${issue.expected})`}, see docs/data-format.md`,
          },
        };
      }
      return {
        message: {
          zh: `${field} 的类型应为 ${issue.expected}，实际是 ${describe(received)}`,
          en: `${field} must be a ${issue.expected}, got ${describe(received)}`,
        },
        fix: {
          zh: issue.expected === 'number' ? `写成不带引号和单位的数字（万、亿换算成完整数字）` : `把 ${field} 改成 ${issue.expected}`,
          en:
            issue.expected === 'number'
              ? 'write a plain number without quotes or units (expand 万 and 亿)'
              : `change ${field} to a ${issue.expected}`,
        },
      };
    case 'invalid_value': {
      // Each allowed value with what it means, when the schema says.
      const values = issue.values.map(String);
      const allowedZh = values.map((v) => (doc?.values?.[v] ? `${v}（${doc.values[v].zh}）` : v)).join('、');
      const allowedEn = values.map((v) => (doc?.values?.[v] ? `${v} (${doc.values[v].en})` : v)).join(', ');
      const guess = typeof received === 'string' && values.length ? closest(received, values) : undefined;
      return {
        message: {
          zh: `${field} 的值 ${JSON.stringify(received)} 不在允许范围内`,
          en: `${field} has value ${JSON.stringify(received)}, which is not allowed`,
        },
        fix: {
          zh: `${guess ? `是不是想写 ${guess}？` : ''}改成以下之一：${allowedZh}`,
          en: `${guess ? `did you mean ${guess}? ` : ''}use one of: ${allowedEn}`,
        },
      };
    }
    case 'unrecognized_keys': {
      const guess = knownFields.length ? closest(issue.keys[0], knownFields) : undefined;
      return {
        message: { zh: `未知字段：${issue.keys.join(', ')}`, en: `unknown field(s): ${issue.keys.join(', ')}` },
        fix: {
          zh: `${guess ? `是不是想写 ${guess}？` : ''}检查拼写（区分大小写），或删除该字段；可用字段见 docs/data-format.md`,
          en: `${guess ? `did you mean ${guess}? ` : ''}check the spelling (case matters) or remove it; the fields are listed in docs/data-format.md`,
        },
      };
    }
    case 'too_small':
    case 'too_big':
      return {
        message: {
          zh: `${field} ${issue.code === 'too_small' ? '太短或太小' : '太长或太大'}：${issue.message}`,
          en: `${field} is ${issue.code === 'too_small' ? 'too short or too small' : 'too long or too large'}: ${issue.message}`,
        },
        fix: { zh: `调整 ${field}`, en: `adjust ${field}` },
      };
    default:
      return {
        message: { zh: `${field}：${issue.message}`, en: `${field}: ${issue.message}` },
        fix: { zh: `按 docs/data-format.md 修改 ${field}`, en: `fix ${field} as described in docs/data-format.md` },
      };
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'date';
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`.trim();
}

/** Read the value at a path so messages can say what was received. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
