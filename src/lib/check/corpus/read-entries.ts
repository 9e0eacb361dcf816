/**
 * Read raw entries from disk with positions: every item of a YAML list file, and
 * the front matter and body of an MDX file. Nothing here validates; it only makes
 * sure each entry can later point at its file, line and field.
 */
import { readFileSync } from 'node:fs';
import { isSeq, isMap, type Node } from 'yaml';
import type { Position, Problem } from '../problems.ts';
import { splitFrontMatter } from './front-matter.ts';
import { nodeAtPath, parseYamlWithPositions, positionOf } from './yaml-positions.ts';

export interface RawEntry {
  /** The entry's id: the `id` field for YAML, the file name for MDX. */
  id: string | undefined;
  data: Record<string, unknown>;
  /** Path relative to the project root. */
  file: string;
  /** Where the entry starts. */
  line: number;
  column: number;
  /** Where a field of this entry is (falls back to the entry itself). */
  locate(path: ReadonlyArray<PropertyKey>): Position;
  /** MDX only: the text after the front matter, and the line it starts on. */
  body?: string;
  bodyLine?: number;
}

function yamlProblem(file: string, pos: Position, message: string): Problem {
  return {
    severity: 'error',
    rule: 'yaml-syntax',
    file,
    ...pos,
    message: { zh: `YAML 语法错误：${message}`, en: `YAML syntax error: ${message}` },
    fix: {
      zh: '检查缩进（用空格，不用 Tab）、冒号后的空格，以及含冒号或 # 的文字是否加了引号',
      en: 'check indentation (spaces, not tabs), a space after each colon, and quotes around text containing ":" or "#"',
    },
  };
}

function entryFromNode(
  file: string,
  node: Node,
  data: unknown,
  lineCounter: Parameters<typeof positionOf>[0],
  lineOffset: number,
  id: string | undefined,
): RawEntry {
  const start = positionOf(lineCounter, node.range?.[0] ?? 0, lineOffset);
  return {
    id,
    data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown>,
    file,
    ...start,
    locate(path) {
      const found = nodeAtPath(node, path);
      const target = found?.key ?? found?.node;
      return target?.range ? positionOf(lineCounter, target.range[0], lineOffset) : start;
    },
  };
}

/** Every item of a YAML file whose top level is a list. */
export function readYamlList(absPath: string, file: string): { entries: RawEntry[]; problems: Problem[] } {
  const text = readFileSync(absPath, 'utf8');
  const { doc, lineCounter } = parseYamlWithPositions(text);
  const problems: Problem[] = doc.errors.map((e) => yamlProblem(file, positionOf(lineCounter, e.pos[0]), e.message.split('\n')[0]));
  if (problems.length) return { entries: [], problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { entries: [], problems };
  if (!isSeq(root)) {
    problems.push({
      severity: 'error',
      rule: 'yaml-shape',
      file,
      line: 1,
      column: 1,
      message: { zh: '文件顶层应是列表（每个条目以 "- id:" 开头）', en: 'the top level of the file must be a list (each entry starts with "- id:")' },
      fix: { zh: '参照 docs/data-format.md 的示例改写', en: 'follow the examples in docs/data-format.md' },
    });
    return { entries: [], problems };
  }
  const values = doc.toJS({ maxAliasCount: 100 }) as unknown[];
  const entries = root.items.map((item, index) => {
    const data = values[index];
    const id =
      isMap(item) && data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : undefined;
    return entryFromNode(file, item as Node, data, lineCounter, 0, id);
  });
  return { entries, problems };
}

/** The front matter and body of one MDX file; the id is the file name. */
export function readMdxEntry(absPath: string, file: string, id: string): { entry?: RawEntry; problems: Problem[] } {
  const text = readFileSync(absPath, 'utf8');
  const front = splitFrontMatter(text);
  if (!front) {
    return {
      problems: [
        {
          severity: 'error',
          rule: 'front-matter',
          file,
          line: 1,
          column: 1,
          message: { zh: '缺少以 --- 开头和结尾的 front matter', en: 'missing front matter between two --- lines at the top of the file' },
          fix: {
            zh: '在文件开头加上 front matter，参照 docs/data-format.md',
            en: 'add front matter at the top of the file, see docs/data-format.md',
          },
        },
      ],
    };
  }
  const { doc, lineCounter } = parseYamlWithPositions(front.yaml);
  // Front matter starts on line 2 (after the opening ---).
  const problems = doc.errors.map((e) => yamlProblem(file, positionOf(lineCounter, e.pos[0], 1), e.message.split('\n')[0]));
  if (problems.length) return { problems };
  const data = doc.toJS() ?? {};
  const root = (doc.contents ?? { range: [0, 0, 0] }) as Node;
  const entry = entryFromNode(file, root, data, lineCounter, 1, id);
  entry.line = 1;
  entry.column = 1;
  entry.body = front.body;
  entry.bodyLine = front.bodyLine;
  return { entry, problems };
}
