/**
 * A problem found in the content: where it is, what is wrong and how to fix it, in
 * Chinese and English. Every check produces these; the checker prints them all at once.
 */
import type { Bilingual } from '../../schemas/meta.ts';

export type Severity = 'error' | 'warning';

/** A text in both languages; the schemas' own messages use the same type. */
export type { Bilingual };

export interface Problem {
  severity: Severity;
  /** Short rule name, e.g. "schema", "reference", "quote-value". */
  rule: string;
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path inside the entry, e.g. "claims[zb-1].source". */
  field?: string;
  message: Bilingual;
  fix: Bilingual;
}

/** Where a thing is in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Sort by file, then position, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/** Render one problem as a block of text (first line is grep- and editor-friendly). */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}  ${p.severity === 'error' ? '错误 error' : '警告 warning'}  [${p.rule}]${p.field ? ` ${p.field}` : ''}`;
  return [head, `  问题：${p.message.zh}`, `  Problem: ${p.message.en}`, `  修改：${p.fix.zh}`, `  Fix: ${p.fix.en}`].join('\n');
}

/** The closing summary line of a check run. */
export function summarize(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} 个错误，${warnings} 个警告 | ${errors} error(s), ${warnings} warning(s)`;
}

/** GitHub's workflow-command escaping: % CR LF in the message, and also : , in properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as a GitHub workflow command (::error file=…,line=…,col=…,title=…::…), shown on the pull request's diff. */
export function formatGithub(p: Problem): string {
  const title = `[${p.rule}]${p.field ? ` ${p.field}` : ''}`;
  const message = `${p.message.zh} | ${p.message.en}\n修改：${p.fix.zh}\nFix: ${p.fix.en}`;
  return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(title)}::${escapeData(message)}`;
}
