/**
 * The Nu HTML Checker (vnu.jar, the W3C validator's engine) over every built page, in
 * one Java process: zero errors. It also checks a deliberately broken page, so a pass
 * means something.
 *
 * Skipped, with the reason shown, when ATLAS_SKIP_VNU is set: scripts/year-ahead.ts sets
 * it for its second pass over a site built a year ahead (it says there why that pass
 * does not need vnu).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { DIST, htmlFiles, requireDist } from '../support/dist.ts';

/** The path of vnu.jar, as the package exports it (a String object). */
const JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA ?? 'java';
/** Why vnu does not run in this pass, when it does not. */
const SKIP_VNU = process.env.ATLAS_SKIP_VNU;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Run vnu once over a folder (or file); errors as "file:line:column message". */
function vnuErrors(target: string): { errors: string[]; checked: boolean } {
  // vnu writes its JSON report to stderr; exit status 1 just means "errors found".
  const run = spawnSync(JAVA, ['-Xss4m', '-jar', JAR, '--errors-only', '--format', 'json', '--skip-non-html', target], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const json = run.stderr.slice(run.stderr.indexOf('{'));
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(json) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`vnu did not print a JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
      return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.message}${m.extract ? `  [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
    });
  return { errors, checked: run.status === 0 || run.status === 1 };
}

describe('Nu HTML Checker (vnu.jar)', () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'vnu-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('catches a broken page (so a pass means something)', (ctx) => {
    if (SKIP_VNU) ctx.skip(SKIP_VNU);
    writeFileSync(
      join(temp, 'broken.html'),
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div></p><a href="x" href="y">z</a><img src="a.png"></body></html>',
    );
    writeFileSync(join(temp, 'data.json'), '{"not": "html"}');
    const { errors, checked } = vnuErrors(temp);
    expect(checked).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((e) => /^.*broken\.html:1:\d+ /.test(e))).toBe(true);
    expect(errors.join('\n')).toMatch(/Duplicate attribute/);
    expect(errors.join('\n')).toMatch(/alt/);
  });

  it('reports zero errors on every built page', { timeout: 600_000 }, (ctx) => {
    if (SKIP_VNU) ctx.skip(SKIP_VNU);
    requireDist();
    expect(htmlFiles().length).toBeGreaterThan(500);
    const { errors } = vnuErrors(DIST + '/');
    expect(errors).toEqual([]);
  });
});
