import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchema, fieldDocs, generatedSchemaFiles, mergeVscodeSettings, VSCODE_SETTINGS } from '../../src/cli/scaffold/json-schema.ts';
import { projectRoot } from './helpers.ts';

const schemaDir = join(projectRoot, 'src/schemas');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking arbitrary JSON Schema documents
type Json = Record<string, any>;

describe('JSON Schema for editors', () => {
  it('committed files are up to date (run npm run schemas)', () => {
    for (const [rel, text] of generatedSchemaFiles(projectRoot)) {
      expect(existsSync(join(projectRoot, rel)), `${rel} is missing: run npm run schemas`).toBe(true);
      expect(readFileSync(join(projectRoot, rel), 'utf8'), `${rel} is out of date: run npm run schemas`).toBe(text);
    }
    const settings = readFileSync(join(projectRoot, VSCODE_SETTINGS), 'utf8');
    expect(mergeVscodeSettings(settings)).toBe(settings);
  });

  it('YAML collections are lists of entries; MDX collections are one front-matter object', () => {
    const claims = collectionSchema('claims', schemaDir) as Json;
    expect(claims.type).toBe('array');
    expect(claims.items.additionalProperties).toBe(false);
    const cases = collectionSchema('cases', schemaDir) as Json;
    expect(cases.type).toBe('object');
    expect(cases.properties.depth.enum).toEqual(['in-depth', 'brief']);
  });

  it('dates and periods accept the integer YAML reads from `date: 2021`, with a pattern for strings', () => {
    const events = (collectionSchema('events', schemaDir) as Json).items;
    expect(events.properties.date.type).toEqual(['string', 'integer']);
    expect(new RegExp(events.properties.date.pattern).test('2022-08-22')).toBe(true);
    expect(new RegExp(events.properties.date.pattern).test('2022/08')).toBe(false);
    const claims = (collectionSchema('claims', schemaDir) as Json).items;
    const period = new RegExp(claims.properties.period.pattern);
    for (const ok of ['2022', '2022-06', '2022-06-18', '2022-Q2', '2022-H1', '2022-01/2022-06']) expect(period.test(ok)).toBe(true);
    expect(period.test('2022-Q5')).toBe(false);
  });

  it('carries the refinements and their bilingual messages', () => {
    const claims = (collectionSchema('claims', schemaDir) as Json).items;
    expect(claims.allOf.map((r: Json) => r.errorMessage)).toEqual([
      expect.stringContaining('缺少数值'),
      expect.stringContaining('同时写了 value 和 low/high'),
      expect.stringContaining('缺少 period'),
    ]);
    expect(claims.properties.id.patternErrorMessage).toContain('kebab-case');
    const sources = (collectionSchema('sources', schemaDir) as Json).items;
    expect(sources.allOf[0].anyOf).toEqual([{ required: ['published'] }, { required: ['publishedNote'] }]);
  });

  it('describes fields with the JSDoc of the schema source', () => {
    const docs = fieldDocs(readFileSync(join(schemaDir, 'claim.ts'), 'utf8'));
    expect(docs.get('quote')).toBe('Verbatim passage from the source that contains the number.');
    expect(docs.get('id')).toBe('Permalink id: /claims/<id>/.');
  });

  it('keeps other VS Code settings when adding yaml.schemas', () => {
    const merged = JSON.parse(mergeVscodeSettings('{"editor.tabSize": 2}'));
    expect(merged['editor.tabSize']).toBe(2);
    expect(merged['yaml.schemas']['./public/schemas/claims.schema.json']).toEqual(['data/claims/*.yaml']);
  });
});
