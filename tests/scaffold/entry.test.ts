import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseNewArgs } from '../../src/cli/scaffold/args.ts';
import { applyDefaults, buildEntry, missingFields, parseList, parseNumber, validateEntry } from '../../src/cli/scaffold/entry.ts';
import { kindSpecs, scaffoldKinds, type ScaffoldKind } from '../../src/cli/scaffold/kinds.ts';
import { fieldsOf } from '../../src/schemas/walk.ts';
import { appendYamlItem, renderCaseMdx, renderYamlItem } from '../../src/cli/scaffold/render.ts';
import { claimKinds, claimSchema, collectionSpecs } from '../../src/schemas/index.ts';
import { guardMdx } from '../../src/lib/check/mdx/guard.ts';
import { bareNumbers } from '../../src/lib/check/mdx/bare-numbers.ts';

describe('field specs come from the schemas', () => {
  for (const kind of scaffoldKinds) {
    it(`${kind}: the schema's fields in its order, every required one marked required`, () => {
      const spec = kindSpecs[kind];
      const collection = collectionSpecs[spec.collection];
      const schema = collection.schema as unknown as z.ZodObject;
      const specTop = [...new Set(spec.fields.map((f) => f.name.split('.')[0]))].filter((n) => collection.format === 'yaml' || n !== 'id');
      expect(specTop).toEqual(Object.keys(schema.shape));
      const json = z.toJSONSchema(collection.schema, { io: 'input', unrepresentable: 'any' }) as { required: string[] };
      const required = spec.fields.filter((f) => f.required).map((f) => f.name);
      for (const name of json.required) expect(required).toContain(name);
    });
  }
  it('takes enum values, defaults, descriptions and alternatives from the schema metadata', () => {
    const field = (kind: ScaffoldKind, name: string) => kindSpecs[kind].fields.find((f) => f.name === name)!;
    expect(field('claim', 'kind').values).toEqual(claimKinds);
    expect(field('claim', 'qualifier')).toMatchObject({ type: 'enum', default: 'exact', required: true });
    expect(field('claim', 'quote').label.en).toBe(fieldsOf(claimSchema).find((f) => f.name === 'quote')!.meta.doc!.en);
    expect(field('source', 'text.file').type).toBe('string');
    expect(field('case', 'platforms')).toMatchObject({ type: 'list', example: 'shipinhao,wecom' });
    expect(kindSpecs.claim.alternatives.map((a) => a.options)).toEqual([
      [['value'], ['low', 'high']],
      [['period'], ['periodNote']],
    ]);
  });
});

describe('typed values', () => {
  it('reads numbers as contributors type them', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber('30,000')).toBe(30000);
    expect(parseNumber('3000万')).toBe(30000000);
    expect(parseNumber('1.2亿')).toBe(120000000);
    expect(parseNumber('30%')).toBe(30);
    expect(parseNumber('三成')).toBeUndefined();
    expect(parseNumber('3万多')).toBeUndefined();
  });

  it('splits lists on commas (ASCII and Chinese) and accepts [a, b]', () => {
    expect(parseList(['shipinhao, wecom'])).toEqual(['shipinhao', 'wecom']);
    expect(parseList(['红人，达人、网红'])).toEqual(['红人', '达人', '网红']);
    expect(parseList(['[a, b]', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('parses --name value, --name=value, flags and the kind', () => {
    const a = parseNewArgs(['claim', '--id', 'x', '--value=30', '--dry-run', '--file', 'zb', '-y', '--aliases', 'a', '--aliases', 'b']);
    expect(a).toMatchObject({ kind: 'claim', dryRun: true, yes: true, file: 'zb', fields: { id: ['x'], value: ['30'], aliases: ['a', 'b'] } });
    expect(parseNewArgs(['term', '--id']).errors[0].en).toContain('--id needs a value');
    // An unknown field still takes its value, so the scaffolder can name it; a stray word is an error.
    expect(parseNewArgs(['term', '--colour', 'red']).fields).toEqual({ colour: ['red'] });
    expect(parseNewArgs(['term', 'extra']).errors[0].en).toContain('unexpected argument "extra"');
  });
});

describe('building a claim', () => {
  const given = () => ({
    id: ['shunzi-shuocha-aov-test'],
    subject: ['case/shunzi-shuocha'],
    measure: ['aov'],
    value: ['3000'],
    unit: ['cny'],
    period: ['2022'],
    claimant: ['窄播'],
    kind: ['media'],
    source: ['zhaibo-2023-04-shipinhao-status'],
    quote: ['客单价达到3000元'],
  });

  it('builds an entry that passes claimSchema, in the schema order', () => {
    const g = given();
    expect(applyDefaults(kindSpecs.claim, g).map((n) => n.en)).toEqual(['qualifier not given, using the default exact']);
    const { entry, errors } = buildEntry(kindSpecs.claim, g);
    expect(errors).toEqual([]);
    expect(Object.keys(entry)).toEqual(['id', 'subject', 'measure', 'value', 'qualifier', 'unit', 'period', 'claimant', 'kind', 'source', 'quote']);
    expect(claimSchema.safeParse(entry).success).toBe(true);
    expect(validateEntry(kindSpecs.claim, entry).errors).toEqual([]);
  });

  it('treats value | low + high and period | periodNote as alternatives', () => {
    const g: Record<string, string[]> = given();
    delete g.value;
    delete g.period;
    g.low = ['70'];
    const missing = missingFields(kindSpecs.claim, g);
    expect(missing.map((m) => m.flags)).toEqual(['--qualifier', '--value 或 or --low + --high', '--period 或 or --periodNote']);
    g.high = ['80'];
    g.periodNote = ['截至发文'];
    g.qualifier = ['about'];
    expect(missingFields(kindSpecs.claim, g)).toEqual([]);
  });

  it('reports the schema message for a value the schema rejects', () => {
    const g = { ...given(), low: ['90'], high: ['80'], value: [] as string[] };
    const { entry } = buildEntry(kindSpecs.claim, g);
    expect(
      validateEntry(kindSpecs.claim, entry)
        .errors.map((e) => e.en)
        .join('\n'),
    ).toContain('low (90) is greater than high (80)');
  });

  it('rejects a number it cannot read and an unknown field', () => {
    const { errors } = buildEntry(kindSpecs.claim, { ...given(), value: ['几万'], colour: ['red'] });
    expect(errors.map((e) => e.en).join('\n')).toMatch(/--colour[\s\S]*--value "几万" is not a number/);
  });
});

describe('rendering', () => {
  it('writes items in the house style', () => {
    const text = renderYamlItem({ id: 'a', aliases: ['@x', 'y'], period: '2022', quote: '原文: 30%', text: { file: 'f.txt' } });
    expect(text).toBe('- id: a\n  aliases: ["@x", y]\n  period: "2022"\n  quote: "原文: 30%"\n  text:\n    file: f.txt\n');
  });

  it('appends without touching earlier text, with or without a final newline and comments', () => {
    for (const existing of ['# header\n- id: a\n  x: 1 # note\n', '- id: a\n  x: 1', '', '# only a comment\n']) {
      const r = appendYamlItem(existing, { id: 'b', y: [1, 2] });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.text.startsWith(existing)).toBe(true);
      const items = parseYaml(r.text) as unknown[];
      expect(items.at(-1)).toEqual({ id: 'b', y: [1, 2] });
      expect(r.text.split('\n')[r.line - 1]).toBe('- id: b');
    }
  });

  it('falls back to the Document API for a flow list, and refuses a file that is not a list', () => {
    const r = appendYamlItem('[{id: a}]\n', { id: 'b' });
    expect(r.ok && parseYaml(r.text)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(appendYamlItem('id: a\n', { id: 'b' }).ok).toBe(false);
    expect(appendYamlItem('- id: a\n  x: [\n', { id: 'b' }).ok).toBe(false);
  });

  it('writes a case skeleton the MDX guard and the bare-number rule accept', () => {
    const text = renderCaseMdx({ name: '测试', kind: 'brand', category: '茶叶', summary: '一句。', depth: 'in-depth' }, [], 'ce-shi');
    const body = text.split('---\n').slice(2).join('---\n');
    expect(guardMdx(body)).toEqual([]);
    expect(bareNumbers(body)).toEqual([]);
    expect(body).toContain('<Claim id="ce-shi-todo-claim" />');
  });
});
