/**
 * Reading the text `git log` prints, nothing more: the commits, files and -U0 hunks of
 * `git log -p`, and applying hunks to a file's lines. No git is run here and nothing
 * is dated; added-dates.ts replays what this parses. Kept apart so the parser can be
 * tested on hand-written logs.
 */

/**
 * Per-file add dates from `git log --diff-filter=A --name-only --format=@%aI` (earliest
 * wins): the first version's parser, kept for its unit test; entries are dated by
 * `readHistory` instead.
 */
export function parseAddedLog(log: string): Map<string, string> {
  const added = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1, 11);
    else if (line.trim() && date) added.set(line.trim(), date);
  }
  return added;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  removed: string[];
  added: string[];
}

/** Apply -U0 hunks (in file order) to a file's lines. */
export function applyHunks(old: readonly string[], hunks: readonly Hunk[]): string[] {
  const out: string[] = [];
  let p = 0;
  for (const h of hunks) {
    const start = h.oldCount === 0 ? h.oldStart : h.oldStart - 1;
    out.push(...old.slice(p, start), ...h.added);
    p = start + h.oldCount;
  }
  out.push(...old.slice(p));
  return out;
}

export interface FilePatch {
  oldPath?: string;
  newPath?: string;
  hunks: Hunk[];
}

export interface Commit {
  sha: string;
  date: string;
  files: FilePatch[];
}

const pathOf = (s: string, prefix: string) => (s === '/dev/null' ? undefined : s.startsWith(prefix) ? s.slice(prefix.length) : s);

/** Split `git log -p -U0 --format=%x00%H %as` output into commits and file patches. */
export function parseLog(log: string): Commit[] {
  const commits: Commit[] = [];
  let commit: Commit | undefined;
  let file: FilePatch | undefined;
  let hunk: Hunk | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0000')) {
      const [sha, date] = line.slice(1).split(' ');
      commit = { sha, date, files: [] };
      commits.push(commit);
      file = hunk = undefined;
    } else if (!commit) {
      continue;
    } else if (line.startsWith('diff --git ')) {
      file = { hunks: [] };
      commit.files.push(file);
      hunk = undefined;
    } else if (file && !hunk && line.startsWith('--- ')) {
      file.oldPath = pathOf(line.slice(4), 'a/');
    } else if (file && !hunk && line.startsWith('+++ ')) {
      file.newPath = pathOf(line.slice(4), 'b/');
    } else if (file && line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      hunk = {
        oldStart: Number(m[1]),
        oldCount: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newCount: m[4] === undefined ? 1 : Number(m[4]),
        removed: [],
        added: [],
      };
      file.hunks.push(hunk);
    } else if (hunk && line.startsWith('-')) {
      hunk.removed.push(line.slice(1));
    } else if (hunk && line.startsWith('+')) {
      hunk.added.push(line.slice(1));
    }
    // "\ No newline at end of file", mode lines, index lines: nothing to record.
  }
  return commits;
}
