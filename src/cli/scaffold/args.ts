/**
 * Command-line arguments of `npm run new -- <kind> [--field value …] [options]`.
 * Options are --dry-run, --yes (-y), --help (-h), --root DIR and --file NAME
 * (claims only); every other --name value (or --name=value) is a field.
 */
import type { Bilingual } from '../../lib/check/problems.ts';

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

const BOOLEAN_OPTIONS: Record<string, 'dryRun' | 'yes' | 'help'> = {
  '--dry-run': 'dryRun',
  '--yes': 'yes',
  '-y': 'yes',
  '--help': 'help',
  '-h': 'help',
};

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const out: NewArgs = { fields: {}, dryRun: false, yes: false, help: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg in BOOLEAN_OPTIONS) {
      out[BOOLEAN_OPTIONS[arg]] = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (out.kind === undefined) out.kind = arg;
      else
        out.errors.push({ zh: `多余的参数 "${arg}"（含空格的值要加引号）`, en: `unexpected argument "${arg}" (quote values that contain spaces)` });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      value = argv[++i];
    } else {
      out.errors.push({ zh: `--${name} 后面缺少值`, en: `--${name} needs a value` });
      continue;
    }
    if (name === '') {
      out.errors.push({ zh: `无法识别的参数 "${arg}"`, en: `cannot read argument "${arg}"` });
    } else if (name === 'root') {
      out.root = value;
    } else if (name === 'file') {
      out.file = value;
    } else {
      (out.fields[name] ??= []).push(value);
    }
  }
  return out;
}
