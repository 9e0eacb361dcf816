/**
 * Interactive questions for `npm run new` on a terminal. The question function is
 * passed in (@clack/prompts in terminal.ts, a fake in tests), so the order and
 * content of the questions can be tested; a question is data, not text.
 */
import { isGiven, type Given, type MissingField } from './entry.ts';
import type { FieldSpec, KindSpec } from './kinds.ts';

export interface Question {
  /** text: type a value; select: pick one of `choices`; confirm: yes or no (answered "y" or "n"). */
  kind: 'text' | 'select' | 'confirm';
  /** The field asked for (not for a confirmation). */
  field?: string;
  /** "subject — 这个数字说的是谁… | What the number is about …". */
  message: string;
  choices?: readonly string[];
  /** An example, shown as a placeholder. */
  example?: string;
  /** Empty answers are allowed. */
  optional: boolean;
  /** The value an empty answer stands for. */
  initial?: string;
}

export type Ask = (question: Question) => Promise<string>;
export type Say = (line: string) => void;

const MAX_TRIES = 5;

export function questionFor(field: FieldSpec, optional: boolean): Question {
  return {
    kind: field.values ? 'select' : 'text',
    field: field.name,
    message: `${field.name} — ${field.label.zh} | ${field.label.en}`,
    ...(field.values ? { choices: field.values } : {}),
    ...(field.example !== undefined ? { example: field.example } : {}),
    optional,
    ...(field.default !== undefined ? { initial: field.default } : {}),
  };
}

/** Ask until answered (or, when optional, once); an enum's answer must be one of its values. */
async function askField(field: FieldSpec, ask: Ask, say: Say, optional: boolean): Promise<string> {
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = (await ask(questionFor(field, optional))).trim();
    if (answer === '') {
      if (optional) return '';
      say('  必填，请输入 | required, please type a value');
      continue;
    }
    if (field.values && !field.values.includes(answer)) {
      say(`  请输入以下之一 | type one of: ${field.values.join(', ')}`);
      continue;
    }
    return answer;
  }
  return '';
}

/**
 * Ask, in field order, for what `planScaffold` reported missing and, in the first
 * round, for the commonly wanted optional fields and those with a default
 * (empty keeps the default). Alternatives are asked option by option: leaving
 * the first field of an option empty moves on to the next option. Answers go
 * into `given`.
 */
export async function askMissing(
  spec: KindSpec,
  given: Given,
  missing: readonly MissingField[],
  ask: Ask,
  say: Say,
  options: { firstRound: boolean },
): Promise<void> {
  const required = new Set(missing.filter((m) => m.options.length === 1).flatMap((m) => m.options[0]));
  const alternatives = missing.filter((m) => m.options.length > 1);
  const inAnyAlternative = new Set(spec.alternatives.flatMap((a) => a.options.flat()));
  const handled = new Set<string>();
  const put = (name: string, answer: string) => {
    if (answer !== '') given[name] = [answer];
  };

  for (const field of spec.fields) {
    if (handled.has(field.name) || isGiven(given, field.name)) continue;
    const alt = alternatives.find((a) => a.options.some((o) => o.includes(field.name)));
    if (alt) {
      alt.options.flat().forEach((n) => handled.add(n));
      for (const [index, option] of alt.options.entries()) {
        const last = index === alt.options.length - 1;
        for (const [j, name] of option.entries()) {
          if (isGiven(given, name)) continue;
          const answer = await askField(
            spec.fields.find((f) => f.name === name)!,
            ask,
            say,
            !last && j === 0,
          );
          if (answer === '') break;
          put(name, answer);
        }
        if (option.every((n) => isGiven(given, n))) break;
      }
    } else if (required.has(field.name)) {
      put(field.name, await askField(field, ask, say, Boolean(field.derived && options.firstRound)));
    } else if (options.firstRound && !inAnyAlternative.has(field.name) && (field.ask || field.default !== undefined)) {
      put(field.name, await askField(field, ask, say, true));
    }
  }
}
