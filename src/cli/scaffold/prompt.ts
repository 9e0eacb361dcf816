/**
 * Interactive questions for `npm run new` on a terminal. The question function is
 * passed in (node:readline/promises in the script, a fake in tests), so the
 * order and wording of the questions can be tested.
 */
import { isGiven, type Given, type MissingField } from './entry.ts';
import type { FieldSpec, KindSpec } from './kinds.ts';

export type Ask = (question: string) => Promise<string>;
export type Say = (line: string) => void;

const MAX_TRIES = 5;

export function questionFor(field: FieldSpec, optional: boolean): string {
  const lines = [`${field.name} — ${field.label.zh} | ${field.label.en}`];
  if (field.values) lines.push(`  可选 choices: ${field.values.join(' | ')}`);
  if (field.example) lines.push(`  例 e.g. ${field.example}`);
  const hint = field.default !== undefined ? ` [${field.default}]` : optional ? '（可空 optional）' : '';
  lines.push(`${field.name}${hint}: `);
  return lines.join('\n');
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
