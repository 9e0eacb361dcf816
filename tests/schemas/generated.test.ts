/**
 * The files generated from the schemas' metadata: JSON Schema for editors and
 * docs/data-format.md. Both are committed and must be up to date (npm run schemas).
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchema, generatedSchemaFiles, mergeVscodeSettings, VSCODE_SETTINGS } from '../../src/cli/schemas/json-schema.ts';
import { dataFormatDoc, DATA_FORMAT_TEMPLATE, generatedDataFormat } from '../../src/cli/schemas/data-format.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';
import { fieldsOf } from '../../src/schemas/walk.ts';

const projectRoot = new URL('../../', import.meta.url).pathname;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking arbitrary JSON Schema documents
type Json = Record<string, any>;
const names = Object.keys(collectionSpecs) as CollectionName[];

describe('generated files', () => {
  it('are committed and up to date (run npm run schemas)', () => {
    for (const [rel, text] of [...generatedSchemaFiles(), ...generatedDataFormat(projectRoot)]) {
      expect(existsSync(join(projectRoot, rel)), `${rel} is missing: run npm run schemas`).toBe(true);
      expect(readFileSync(join(projectRoot, rel), 'utf8'), `${rel} is out of date: run npm run schemas`).toBe(text);
    }
    const settings = readFileSync(join(projectRoot, VSCODE_SETTINGS), 'utf8');
    expect(mergeVscodeSettings(settings)).toBe(settings);
  });

  it('npm run schemas:check names a stale file and the command that fixes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-schemas-'));
    try {
      for (const dir of ['public/schemas', 'docs', '.vscode', 'src/cli/schemas'])
        cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
      const run = () => spawnSync('tsx', ['scripts/json-schema.ts', '--check', '--root', root], { encoding: 'utf8', cwd: projectRoot });
      expect(run().status).toBe(0);
      writeFileSync(join(root, 'docs/data-format.md'), 'stale\n');
      rmSync(join(root, 'public/schemas/terms.schema.json'));
      const stale = run();
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('docs/data-format.md');
      expect(stale.stderr).toContain('public/schemas/terms.schema.json（缺失 missing）');
      expect(stale.stderr).toContain('run npm run schemas');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('field metadata', () => {
  it.each(names)('every field of %s is documented in both languages', (name) => {
    for (const field of fieldsOf(collectionSpecs[name].schema)) {
      expect(field.meta.doc?.zh, `${name}.${field.name}`).toBeTruthy();
      expect(field.meta.doc?.en, `${name}.${field.name}`).toBeTruthy();
    }
  });

  it('every reference names a collection of the registry, or subject', () => {
    const targets = names.flatMap((n) => fieldsOf(collectionSpecs[n].schema).flatMap((f) => (f.meta.ref ? [f.meta.ref] : [])));
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) expect([...names, 'subject']).toContain(t);
  });
});

describe('JSON Schema for editors', () => {
  it('YAML collections are lists of entries; MDX collections are one front-matter object', () => {
    const claims = collectionSchema('claims') as Json;
    expect(claims.type).toBe('array');
    expect(claims.items.additionalProperties).toBe(false);
    const cases = collectionSchema('cases') as Json;
    expect(cases.type).toBe('object');
    expect(cases.properties.depth.enum).toEqual(['in-depth', 'brief']);
  });

  it('dates and periods accept the integer YAML reads from `date: 2021`, with a pattern for strings', () => {
    const events = (collectionSchema('events') as Json).items;
    expect(events.properties.date.type).toEqual(['string', 'integer']);
    expect(new RegExp(events.properties.date.pattern).test('2022-08-22')).toBe(true);
    expect(new RegExp(events.properties.date.pattern).test('2022/08')).toBe(false);
    const claims = (collectionSchema('claims') as Json).items;
    const period = new RegExp(claims.properties.period.pattern);
    for (const ok of ['2022', '2022-06', '2022-06-18', '2022-Q2', '2022-H1', '2022-01/2022-06']) expect(period.test(ok)).toBe(true);
    expect(period.test('2022-Q5')).toBe(false);
  });

  it('carries the refinements and their bilingual messages, and no metadata of ours', () => {
    const claims = (collectionSchema('claims') as Json).items;
    expect(claims.allOf.map((r: Json) => r.errorMessage)).toEqual([
      expect.stringContaining('缺少数值'),
      expect.stringContaining('同时写了 value 和 low/high'),
      expect.stringContaining('缺少 period'),
    ]);
    expect(claims.properties.id.patternErrorMessage).toContain('kebab-case');
    expect(claims.properties.quote.description).toContain('Verbatim passage');
    expect(claims.properties.quote.description).toContain('逐字照抄');
    const sources = (collectionSchema('sources') as Json).items;
    expect(sources.allOf[0].anyOf).toEqual([{ required: ['published'] }, { required: ['publishedNote'] }]);
    const text = JSON.stringify(names.map((n) => collectionSchema(n)));
    for (const key of ['"doc"', '"json"', '"ref"', '"alternatives"', '"jsonRules"']) expect(text).not.toContain(key + ':');
  });

  it('keeps other VS Code settings when adding yaml.schemas', () => {
    const merged = JSON.parse(mergeVscodeSettings('{"editor.tabSize": 2}'));
    expect(merged['editor.tabSize']).toBe(2);
    expect(merged['yaml.schemas']['./public/schemas/claims.schema.json']).toEqual(['data/claims/*.yaml']);
  });
});

describe('docs/data-format.md', () => {
  const template = readFileSync(join(projectRoot, DATA_FORMAT_TEMPLATE), 'utf8');
  it('has a table row for every field, with the hand-written explanations kept', () => {
    const doc = dataFormatDoc(template);
    for (const name of names) for (const f of fieldsOf(collectionSpecs[name].schema)) expect(doc).toContain(`\`${f.name}\` |`);
    for (const text of ['data/evidence/<source-id>.yaml', 'readAt', '<Claim id="…" />', 'official` — 平台或公司']) expect(doc).toContain(text);
  });
  it('refuses a template that leaves out a collection', () => {
    expect(() => dataFormatDoc(template.replace('{{collection:terms}}', ''))).toThrow(/terms/);
  });
});
