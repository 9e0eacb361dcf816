/** A throwaway copy of the project's data and content, for tests that write. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewIo } from '../../src/cli/scaffold/cli.ts';

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

/** An io for runNew that records output; `answers` feed interactive questions in order. */
export function fakeIo(root: string, answers?: string[]): NewIo & { stdout: string[]; stderr: string[]; questions: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const questions: string[] = [];
  const queue = answers ? [...answers] : undefined;
  return {
    cwd: root,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    interactive: queue !== undefined,
    ask: queue
      ? async (q) => {
          questions.push(q);
          if (!queue.length) throw new Error(`unexpected question: ${q}`);
          return queue.shift()!;
        }
      : undefined,
    stdout,
    stderr,
    questions,
  };
}
