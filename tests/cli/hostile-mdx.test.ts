/**
 * A hostile MDX case that tries to read a file of the machine into the page must
 * fail `astro build` itself (not only npm scripts) before any MDX runs, naming the
 * file and line, and leave nothing of the file in dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const SECRET = `atlas-secret-${randomUUID()}`;
let work: string;
let secretFile: string;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'data', 'content'])
    cpSync(resolve(item), join(work, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'));
  secretFile = join(work, 'secret.txt');
  writeFileSync(secretFile, SECRET);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE = {
  'an ESM import that reads a file': (file: string) => `---
name: 恶意案例
kind: merchant
category: 测试
platforms: [douyin]
models: []
summary: 试图读取本机文件。
---
import { readFileSync } from 'node:fs'
export const stolen = readFileSync('${file}', 'utf8')

内容：{stolen}
`,
  'an image path the compiler would import as raw text': () => `---
name: 恶意案例
kind: merchant
category: 测试
platforms: [douyin]
models: []
summary: 试图把本机文件作为图片导入。
---
![x](../../secret.txt?raw)
`,
  'an expression that reads the environment': () => `---
name: 恶意案例
kind: merchant
category: 测试
platforms: [douyin]
models: []
summary: 试图读取环境变量。
---
正文 {globalThis.process.env.HOME}
`,
};

describe('astro build with hostile MDX', () => {
  it.each(Object.entries(HOSTILE))(
    'refuses %s, names the file and line, and leaves no trace',
    (_what, make) => {
      writeFileSync(join(work, 'content/cases/hostile.mdx'), make(secretFile));
      rmSync(join(work, 'dist'), { recursive: true, force: true });
      const run = spawnSync('astro', ['build'], { cwd: work, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      const output = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(output).toMatch(/content\/cases\/hostile\.mdx:(9|10):\d+ +错误 error +\[mdx-(esm|expression|url)\]/);
      expect(output).toContain('Content check failed');
      for (const file of filesUnder(join(work, 'dist'))) expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    },
    120_000,
  );
});
