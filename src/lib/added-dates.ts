/**
 * When each content file was first added, from one `git log` call per build, for
 * "latest additions" and the feed. Without git history (a tarball) every file gets
 * the fallback date.
 */
import { execFileSync } from 'node:child_process';

/** Parse `git log --diff-filter=A --name-only --format=@%aI` output into file → YYYY-MM-DD (earliest wins). */
export function parseAddedLog(log: string): Map<string, string> {
  const added = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1, 11);
    else if (line.trim() && date) added.set(line.trim(), date); // log is newest first: later lines are older
  }
  return added;
}

export function addedDates(root: string): Map<string, string> {
  try {
    const log = execFileSync('git', ['log', '--diff-filter=A', '--name-only', '--format=@%aI', '--', 'content', 'data'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return parseAddedLog(log);
  } catch {
    return new Map();
  }
}
