/**
 * npm run schemas — write the files generated from the Zod schemas (src/schemas):
 * public/schemas/<collection>.schema.json (YAML collections: a list of entries; MDX
 * collections: the front-matter object), their mapping to the data files in
 * .vscode/settings.json (yaml.schemas, for the Red Hat YAML extension), and
 * docs/data-format.md (from the fields' metadata and docs/data-format.template.md).
 *   --check   write nothing; exit 1 naming every generated file that is missing or out of date
 *   --root    another project folder
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedDataFormat } from '../src/cli/schemas/data-format.ts';
import { generatedSchemaFiles, JSON_SCHEMA_DIR, mergeVscodeSettings, VSCODE_SETTINGS } from '../src/cli/schemas/json-schema.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const read = (rel: string) => (existsSync(join(root, rel)) ? readFileSync(join(root, rel), 'utf8') : undefined);

const files = new Map([...generatedSchemaFiles(), ...generatedDataFormat(root)]);
try {
  files.set(VSCODE_SETTINGS, mergeVscodeSettings(read(VSCODE_SETTINGS)));
} catch (error) {
  console.error(
    `${VSCODE_SETTINGS} 不是纯 JSON（可能含注释），无法合并 yaml.schemas：${(error as Error).message}\n` +
      `${VSCODE_SETTINGS} is not plain JSON (comments?), cannot merge yaml.schemas into it. Remove the comments and run again.`,
  );
  process.exit(1);
}

/** Schema files of collections that no longer exist. */
function leftovers(): string[] {
  const dir = join(root, JSON_SCHEMA_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json') && !files.has(`${JSON_SCHEMA_DIR}/${f}`))
    .map((f) => `${JSON_SCHEMA_DIR}/${f}`);
}

if (values.check) {
  const stale = [...files].filter(([rel, text]) => read(rel) !== text).map(([rel]) => rel);
  const extra = leftovers();
  if (stale.length || extra.length) {
    console.error('生成的文件已过期 | generated files are out of date:');
    for (const rel of stale) console.error(`  ${rel}${read(rel) === undefined ? '（缺失 missing）' : '（过期 stale）'}`);
    for (const rel of extra) console.error(`  ${rel}（多余 no longer generated）`);
    console.error('\n修改：运行 npm run schemas 并提交结果 | Fix: run npm run schemas and commit the result');
    process.exit(1);
  }
  console.log(`生成的文件是最新的 | generated files are up to date (${files.size} files)`);
  process.exit(0);
}

let changed = 0;
for (const [rel, text] of files) {
  if (read(rel) === text) continue;
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
  console.log(`写入 wrote ${rel}`);
  changed++;
}
for (const rel of leftovers()) {
  rmSync(join(root, rel));
  console.log(`删除 removed ${rel}`);
  changed++;
}
console.log(`${changed} 个文件已更新，${files.size - changed} 个未变 | ${changed} file(s) updated, ${files.size - changed} unchanged`);
