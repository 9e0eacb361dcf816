/**
 * `npm run new -- case|claim|source|term [--id ID] [--field value …] [--dry-run] [--yes]`
 * as a function of its arguments and its input/output, so tests can run it on a
 * copy of the project. scripts/new.ts connects it to the terminal.
 */
import { relative, resolve } from 'node:path';
import { formatProblem, type Bilingual } from '../../lib/check/problems.ts';
import { parseNewArgs } from './args.ts';
import type { Given } from './entry.ts';
import { isScaffoldKind, kindSpecs, scaffoldKinds, type KindSpec } from './kinds.ts';
import { applyPlan, DEFAULT_CLAIMS_FILE, planScaffold, type ScaffoldPlan } from './plan.ts';
import { askMissing, type Ask } from './prompt.ts';

export interface NewIo {
  /** Folder the command runs in (the project root unless --root is given). */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdin is a terminal: missing fields are asked for. */
  interactive: boolean;
  ask?: Ask;
}

const bi = (b: Bilingual) => `${b.zh} | ${b.en}`;

export function usage(): string {
  const fields = (spec: KindSpec) =>
    spec.fields.map((f) => (f.required && f.default === undefined && !f.derived ? `--${f.name}` : `[--${f.name}]`)).join(' ');
  return [
    '用法 usage: npm run new -- <kind> [--field value …] [--dry-run] [--yes]',
    '',
    `  kind: ${scaffoldKinds.join(' | ')}`,
    ...scaffoldKinds.map((k) => `  ${k}: ${fields(kindSpecs[k])}`),
    '',
    '  --dry-run       只显示将写入的内容和位置，不写文件 | print what would be written and where, write nothing',
    '  --yes, -y       不再确认，直接写入 | do not ask for confirmation',
    `  --file NAME     claim 写入 data/claims/NAME.yaml（默认 ${DEFAULT_CLAIMS_FILE}）| claims: append to data/claims/NAME.yaml (default ${DEFAULT_CLAIMS_FILE})`,
    '  --root DIR      项目根目录（默认当前目录）| project root (default: the current folder)',
    '',
    '  列表字段用逗号分隔：--platforms shipinhao,wecom | list fields are comma-separated',
    '  数字可写 3000万、1.2亿、30%：会换算成完整数字 | numbers may be written 3000万, 1.2亿, 30%: they are expanded',
    '  字段说明 fields: npm run new -- <kind> --help, docs/data-format.md',
    '',
    '例 example:',
    '  npm run new -- term --id zhibo-daihuo --term 直播带货 --en "Live-stream selling" --definition "主播在直播中介绍并销售商品。"',
  ].join('\n');
}

/** `npm run new -- claim --help`: every field of one kind, as the schema documents it. */
export function kindUsage(spec: KindSpec): string {
  const lines = [`${spec.name.zh} | ${spec.name.en}: npm run new -- ${spec.kind} [--field value …]`, ''];
  for (const f of spec.fields) {
    const mark = f.default !== undefined ? `默认 default ${f.default}` : f.required ? '必填 required' : '可选 optional';
    lines.push(`  --${f.name}  (${mark}${f.type === 'list' ? ', 逗号分隔 comma-separated' : ''})`, `      ${f.label.zh}`, `      ${f.label.en}`);
    if (f.values) lines.push(`      ${f.values.join(' | ')}`);
    if (f.example !== undefined) lines.push(`      例 e.g. ${f.example}`);
  }
  for (const alt of spec.alternatives) lines.push('', `  ${bi(alt.label)}`);
  return lines.join('\n');
}

function describePlan(plan: ScaffoldPlan, dryRun: boolean): string {
  const action = plan.mode === 'create' ? { zh: '新建', en: 'create' } : { zh: '追加到', en: 'append to' };
  const where = `${plan.file}${plan.mode === 'append' || plan.kind !== 'case' ? `:${plan.line}` : ''}`;
  const lines = [
    dryRun
      ? `试运行：不写入任何文件。将${action.zh} ${where} | dry run, nothing written. Would ${action.en} ${where}:`
      : `将${action.zh} ${where} | will ${action.en} ${where}:`,
    '',
    plan.added.trimEnd(),
    '',
  ];
  for (const note of plan.notes) lines.push(`说明 note: ${bi(note)}`);
  if (plan.problems.length) {
    lines.push('', `写入后 npm run check 会报告 | once written, npm run check will report:`, '');
    for (const p of plan.problems) lines.push(formatProblem(p), '');
  }
  return lines.join('\n');
}

export async function runNew(argv: readonly string[], io: NewIo): Promise<number> {
  const args = parseNewArgs(argv);
  if (args.help) {
    io.out(isScaffoldKind(args.kind) ? kindUsage(kindSpecs[args.kind]) : usage());
    return 0;
  }
  if (args.errors.length) {
    for (const e of args.errors) io.err(`错误 error: ${bi(e)}`);
    io.err('\n' + usage());
    return 1;
  }
  if (!isScaffoldKind(args.kind)) {
    io.err(
      args.kind === undefined
        ? `错误 error: 请指定要新建的类型 | say what to create: ${scaffoldKinds.join(', ')}`
        : `错误 error: 无法新建 "${args.kind}"，可选 | cannot create "${args.kind}"; choose: ${scaffoldKinds.join(', ')}`,
    );
    io.err('\n' + usage());
    return 1;
  }
  const kind = args.kind;
  const spec = kindSpecs[kind];
  const root = resolve(io.cwd, args.root ?? '.');
  const given: Given = args.fields;
  const canAsk = io.interactive && io.ask !== undefined;

  let result = planScaffold(root, kind, given, { file: args.file });
  for (let round = 0; canAsk && round < 4 && !result.plan; round++) {
    if (result.missing.length) {
      if (round === 0) io.out(`新建${spec.name.zh} | new ${spec.name.en}（回车跳过可空字段 | press Enter to skip optional fields）\n`);
      await askMissing(spec, given, result.missing, io.ask!, io.out, { firstRound: round === 0 });
    } else if (result.idTaken) {
      io.err(`错误 error: ${bi(result.errors[0])}`);
      delete given.id;
      await askMissing(spec, given, [{ options: [['id']], flags: '--id', message: spec.fields[0].label }], io.ask!, io.out, { firstRound: false });
    } else {
      break;
    }
    result = planScaffold(root, kind, given, { file: args.file });
  }

  if (!result.plan) {
    if (result.missing.length) {
      io.err(`缺少必填字段 | missing required fields:`);
      for (const m of result.missing) io.err(`  ${m.flags}\n      ${m.message.zh}\n      ${m.message.en}`);
      io.err(
        `\n用 --字段 值 给出，或在终端中运行以逐项填写；所有字段见 npm run new -- ${kind} --help\ngive them as --field value, or run in a terminal to be asked; all fields: npm run new -- ${kind} --help`,
      );
    }
    for (const e of result.errors) io.err(`错误 error: ${bi(e)}`);
    return 1;
  }

  const plan = result.plan;
  io.out(describePlan(plan, args.dryRun));
  if (args.dryRun) return 0;

  if (canAsk && !args.yes) {
    const answer = (await io.ask!({ kind: 'confirm', message: `写入 ${plan.file}？Write ${plan.file}?`, optional: true, initial: 'y' }))
      .trim()
      .toLowerCase();
    if (answer !== '' && !['y', 'yes', '是', '好'].includes(answer)) {
      io.out('已取消，没有写入 | cancelled, nothing written');
      return 1;
    }
  }
  applyPlan(plan);
  const shown = relative(io.cwd, plan.absFile) || plan.file;
  io.out(`已写入 wrote ${shown}${plan.kind === 'case' ? '' : `:${plan.line}`}`);
  io.out('下一步 next: npm run check（并补全占位内容 | and fill in the placeholders）');
  return 0;
}
