/**
 * The two projects a size builds, in a temp folder: ours (a copy of the project's
 * skeleton with the synthetic corpus) and the bare baseline (bare.ts). node_modules
 * is a folder of links to the project's packages, so Astro's and Vite's caches stay
 * in the temp folder and every build starts clean.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBareProject } from '../bare.ts';

export const MAIN = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const SKELETON = ['astro.config.mjs', 'src', 'public', 'tsconfig.json', 'package.json'];
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache', '.tmp']);

/** node_modules as a folder of links to the project's packages, so Astro/Vite caches stay in the temp folder. */
export function linkNodeModules(dir: string): void {
  const nm = join(dir, 'node_modules');
  mkdirSync(nm, { recursive: true });
  for (const name of readdirSync(join(MAIN, 'node_modules'))) {
    if (CACHE_ENTRIES.has(name)) continue;
    symlinkSync(join(MAIN, 'node_modules', name), join(nm, name));
  }
}

export function prepareOurs(dir: string, corpusDir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of SKELETON) cpSync(join(MAIN, entry), join(dir, entry), { recursive: true });
  cpSync(join(corpusDir, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(corpusDir, 'content'), join(dir, 'content'), { recursive: true });
  linkNodeModules(dir);
}

export function prepareBare(dir: string, corpusDir: string): void {
  mkdirSync(dir, { recursive: true });
  writeBareProject(dir, corpusDir);
  linkNodeModules(dir);
}

export function cleanBuild(dir: string): void {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, p), { recursive: true, force: true });
}
