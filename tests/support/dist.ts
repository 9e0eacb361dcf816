/** Helpers for tests that read the built site; npm test builds dist/ before running them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (npm test does this first)');
}

export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && !name.startsWith('.')) out.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** "/claims/x/" for dist/claims/x/index.html */
export function urlOf(file: string): string {
  return (
    '/' +
    relative(DIST, file)
      .replace(/index\.html$/, '')
      .split('\\')
      .join('/')
  );
}
