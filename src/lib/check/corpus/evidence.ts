/**
 * Stored evidence: for every source, the verbatim sentences its claims, events and
 * model cells quote (data/evidence/<source-id>.yaml, a YAML list of strings). They
 * travel with the repository, so a fresh clone can check every quote without the
 * source texts, and a reviewer sees each number in its sentence.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isScalar, isSeq } from 'yaml';
import type { Position, Problem } from '../problems.ts';
import { parseYamlWithPositions, positionOf } from './yaml-positions.ts';

export const EVIDENCE_DIR = 'data/evidence';
/** One sentence or table row, never a paragraph. */
export const MAX_PASSAGE_LENGTH = 300;

export interface Passage extends Position {
  text: string;
}
export interface EvidenceFile {
  /** The source id: the file name without .yaml. */
  source: string;
  /** Path relative to the project root. */
  file: string;
  passages: Passage[];
}

function problem(file: string, pos: Position, message: Problem['message'], fix: Problem['fix']): Problem {
  return { severity: 'error', rule: 'evidence', file, ...pos, message, fix };
}

/** Read every evidence file with the position of each passage. */
export function readEvidence(root: string): { evidence: EvidenceFile[]; problems: Problem[] } {
  const dir = join(root, EVIDENCE_DIR);
  const evidence: EvidenceFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { evidence, problems };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = `${EVIDENCE_DIR}/${name}`;
    const { doc, lineCounter } = parseYamlWithPositions(readFileSync(join(dir, name), 'utf8'));
    const top = { line: 1, column: 1 };
    if (doc.errors.length) {
      const at = positionOf(lineCounter, doc.errors[0].pos[0]);
      problems.push(
        problem(
          file,
          at,
          { zh: `YAML 语法错误：${doc.errors[0].message}`, en: `YAML syntax error: ${doc.errors[0].message}` },
          { zh: '每条原文写成一行带引号的字符串：- "……"', en: 'write each passage as one quoted string: - "…"' },
        ),
      );
      continue;
    }
    if (!isSeq(doc.contents)) {
      problems.push(
        problem(
          file,
          top,
          { zh: '证据文件应是原文句子的列表', en: 'an evidence file must be a YAML list of passages' },
          { zh: '每行写 - "原文句子"', en: 'write one line per passage: - "…"' },
        ),
      );
      continue;
    }
    const passages: Passage[] = [];
    for (const item of doc.contents.items) {
      const at = positionOf(lineCounter, item.range?.[0] ?? 0);
      if (!isScalar(item) || typeof item.value !== 'string' || !item.value.trim()) {
        problems.push(
          problem(
            file,
            at,
            { zh: '这一项不是一段文字', en: 'this item is not a passage of text' },
            { zh: '写成带引号的字符串：- "原文句子"', en: 'write it as a quoted string: - "…"' },
          ),
        );
        continue;
      }
      const text = item.value;
      if ([...text].length > MAX_PASSAGE_LENGTH) {
        problems.push(
          problem(
            file,
            at,
            {
              zh: `这段原文有 ${[...text].length} 字，超过 ${MAX_PASSAGE_LENGTH} 字`,
              en: `this passage has ${[...text].length} characters, more than ${MAX_PASSAGE_LENGTH}`,
            },
            {
              zh: '只保留含数字的那一句或那一行表格，不要整段摘录',
              en: 'keep only the one sentence or table row that holds the figure, not a paragraph',
            },
          ),
        );
      }
      passages.push({ text, ...at });
    }
    evidence.push({ source: basename(name, '.yaml'), file, passages });
  }
  return { evidence, problems };
}
