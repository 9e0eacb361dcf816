/**
 * The atlas's entries as stored at one git commit, read from git itself (`git ls-tree`,
 * `git show <commit>:<path>`) so no ref needs to be checked out: every item of each
 * collection's YAML lists and every MDX file's front matter and body, in the order the
 * loader reads them. Files that cannot be read become problems, not errors.
 */
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../../schemas/index.ts';
import { splitFrontMatter } from '../corpus/front-matter.ts';

/** One entry as stored at a ref. */
export interface StoredEntry {
  id: string;
  file: string;
  /** Position in the collection at that ref (file order, then order in the file). */
  index: number;
  data: Record<string, unknown>;
  /** MDX only: the text after the front matter. */
  body?: string;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The commit a ref names; throws a readable error for an unknown ref. */
export function resolveRef(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`unknown git ref: ${ref} (in ${root})`);
  }
}

/** Does a path match a registry pattern ("dir/file.yaml" or "dir/*.yaml", one folder deep)? */
export function matchesPattern(path: string, pattern: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return path === pattern;
  const dir = pattern.slice(0, pattern.lastIndexOf('/', star) + 1);
  const suffix = pattern.slice(star + 1);
  if (!path.startsWith(dir) || !path.endsWith(suffix)) return false;
  const name = path.slice(dir.length);
  return !name.includes('/') && !name.startsWith('.') && name.length > suffix.length;
}

function patternsOf(spec: CollectionSpec): readonly string[] {
  return spec.format === 'yaml' ? spec.patterns : [`${spec.dir}/*.mdx`];
}

/** Every entry of every collection at a commit, by collection and id. */
export function readEntriesAt(root: string, commit: string, problems: string[] = []): Record<CollectionName, Map<string, StoredEntry>> {
  const names = Object.keys(collectionSpecs) as CollectionName[];
  const dirs = [...new Set(names.flatMap((n) => patternsOf(collectionSpecs[n]).map((p) => p.split('/')[0])))];
  const files = git(root, ['ls-tree', '-r', '--name-only', '-z', commit, '--', ...dirs])
    .split('\0')
    .filter(Boolean)
    .sort();
  const out = {} as Record<CollectionName, Map<string, StoredEntry>>;
  for (const name of names) {
    const spec: CollectionSpec = collectionSpecs[name];
    const entries = new Map<string, StoredEntry>();
    let index = 0;
    // File order as the loader reads them: pattern by pattern, files sorted within each.
    for (const pattern of patternsOf(spec)) {
      for (const file of files.filter((f) => matchesPattern(f, pattern))) {
        const text = git(root, ['show', `${commit}:${file}`]);
        try {
          if (spec.format === 'yaml') {
            const list = parseYaml(text) as unknown;
            if (list === null || list === undefined) continue;
            if (!Array.isArray(list)) throw new Error('the top level is not a list');
            for (const item of list) {
              const id =
                item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
              if (id === undefined) {
                problems.push(`${commit.slice(0, 7)}:${file}: an entry without an id is left out`);
                continue;
              }
              entries.set(id, { id, file, index: index++, data: item as Record<string, unknown> });
            }
          } else {
            const front = splitFrontMatter(text);
            if (!front) throw new Error('no front matter');
            const data = (parseYaml(front.yaml) ?? {}) as Record<string, unknown>;
            const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
            entries.set(id, { id, file, index: index++, data, body: front.body });
          }
        } catch (error) {
          problems.push(`${commit.slice(0, 7)}:${file}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    out[name] = entries;
  }
  return out;
}
