/**
 * Command-line arguments of `npm run new -- <kind> [--field value …] [options]`, read by
 * node:util parseArgs. Options are --dry-run, --yes (-y), --help (-h), --root DIR and
 * --file NAME (claims only); every other --name value (or --name=value) is a field. The
 * fields of every kind are known options; an unknown one still takes the next argument
 * as its value, so the scaffolder can name it and list the fields there are.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Bilingual } from '../../lib/check/problems.ts';
import { allFieldNames } from './kinds.ts';

export interface NewArgs {
  kind?: string;
  /** Field values as typed, in order; a field may be repeated (lists). */
  fields: Record<string, string[]>;
  dryRun: boolean;
  yes: boolean;
  help: boolean;
  root?: string;
  /** Claims: the file in data/claims/ to append to. */
  file?: string;
  errors: Bilingual[];
}

const FLAGS = { 'dry-run': 'dryRun', yes: 'yes', help: 'help' } as const;

function options(): NonNullable<ParseArgsConfig['options']> {
  return {
    'dry-run': { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    help: { type: 'boolean', short: 'h' },
    root: { type: 'string' },
    file: { type: 'string' },
    ...Object.fromEntries(allFieldNames().map((name) => [name, { type: 'string', multiple: true } as const])),
  };
}

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const out: NewArgs = { fields: {}, dryRun: false, yes: false, help: false, errors: [] };
  const { tokens } = parseArgs({ args: [...argv], options: options(), strict: false, allowPositionals: true, tokens: true });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (out.kind === undefined) out.kind = token.value;
      else
        out.errors.push({
          zh: `多余的参数 "${token.value}"（含空格的值要加引号）`,
          en: `unexpected argument "${token.value}" (quote values that contain spaces)`,
        });
      continue;
    }
    const flag = FLAGS[token.name as keyof typeof FLAGS];
    if (flag) {
      out[flag] = true;
      continue;
    }
    let value = token.value;
    const next = tokens[i + 1];
    if (value === undefined && next?.kind === 'positional') {
      value = next.value;
      i++;
    }
    if (value === undefined) {
      out.errors.push({ zh: `${token.rawName} 后面缺少值`, en: `${token.rawName} needs a value` });
    } else if (token.name === 'root') {
      out.root = value;
    } else if (token.name === 'file') {
      out.file = value;
    } else {
      (out.fields[token.name] ??= []).push(value);
    }
  }
  return out;
}
