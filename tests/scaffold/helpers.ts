/** A throwaway copy of the project's data and content, for tests that write. */
import { loadCorpus } from '../../src/lib/check/corpus/load.ts';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewIo } from '../../src/cli/scaffold/cli.ts';
import type { Question } from '../../src/cli/scaffold/prompt.ts';
import { afterAll, beforeAll } from 'vitest';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Copy data/ and content/ (all loadCorpus reads) into a new temp folder. */
export function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
  for (const dir of ['data', 'content']) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  return root;
}

export function removeTemp(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Every file under root with its text, for "nothing changed" assertions. */
export function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else files.set(relative(root, abs), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** A question as one short line: "id:", "aliases（可空 optional）:", "qualifier [exact]:", "写入 …? [Y/n]". */
export function questionLine(q: Question): string {
  if (q.kind === 'confirm') return `${q.message} [Y/n]`;
  return `${q.field}${q.initial !== undefined ? ` [${q.initial}]` : q.optional ? '（可空 optional）' : ''}:`;
}

/** An io for runNew that records output; `answers` feed interactive questions in order. */
export function fakeIo(root: string, answers?: string[]): NewIo & { stdout: string[]; stderr: string[]; questions: string[]; asked: Question[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const questions: string[] = [];
  const asked: Question[] = [];
  const queue = answers ? [...answers] : undefined;
  return {
    cwd: root,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    interactive: queue !== undefined,
    ask: queue
      ? async (q) => {
          questions.push(questionLine(q));
          asked.push(q);
          if (!queue.length) throw new Error(`unexpected question: ${questionLine(q)}`);
          return queue.shift()!;
        }
      : undefined,
    stdout,
    stderr,
    questions,
    asked,
  };
}

/** Ids that already exist in a project, to collide with or to refer to. */
export interface Existing {
  claim: string;
  claimFile: string;
  source: string;
  term: string;
  case: string;
  measure: string;
}

export function existingIds(root: string): Existing {
  const { corpus } = loadCorpus(root);
  const aov = corpus.measures.find((m) => m.data.unit === 'cny')!;
  return {
    claim: corpus.claims[0].id,
    claimFile: corpus.claims[0].file,
    source: corpus.sources[0].id,
    term: corpus.terms[0].id,
    case: corpus.cases[0].id,
    measure: aov.id,
  };
}

/** Flags of a complete, valid claim about an existing case; `change` replaces (or, with undefined, drops) fields. */
export function claimArgs(existing: Existing, id: string, change: Record<string, string | undefined> = {}): string[] {
  const fields: Record<string, string | undefined> = {
    id,
    subject: `case/${existing.case}`,
    measure: existing.measure,
    value: '3000万',
    qualifier: 'more-than',
    period: '2022-06',
    claimant: '测试媒体',
    kind: 'media',
    source: existing.source,
    quote: '成交超过3000万元',
    ...change,
  };
  return ['claim', ...Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]))];
}

/**
 * For a test file: a fresh copy of the project before its tests, removed after. Read
 * `project.root` and call `project.claimArgs(id)` inside tests (set in beforeAll).
 */
export function useTempProject(): {
  root: string;
  existing: Existing;
  claimArgs: (id: string, change?: Record<string, string | undefined>) => string[];
} {
  const project = {
    root: '',
    existing: undefined as unknown as Existing,
    claimArgs: (id: string, change?: Record<string, string | undefined>) => claimArgs(project.existing, id, change),
  };
  beforeAll(() => {
    project.root = tempProject();
    project.existing = existingIds(project.root);
  });
  afterAll(() => removeTemp(project.root));
  return project;
}
