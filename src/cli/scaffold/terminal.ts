/**
 * The questions of `npm run new` on a real terminal, with @clack/prompts: a text input
 * for text, a list to pick from for an enum, yes/no for the confirmation. Ctrl-C
 * rejects with Cancelled, so nothing is written.
 */
import { confirm, isCancel, select, text } from '@clack/prompts';
import type { Ask } from './prompt.ts';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

const SKIP = '';

export const terminalAsk: Ask = async (q) => {
  let answer: unknown;
  if (q.kind === 'confirm') {
    answer = await confirm({ message: q.message, initialValue: true });
    if (!isCancel(answer)) return answer ? 'y' : 'n';
  } else if (q.kind === 'select') {
    const options = (q.choices ?? []).map((value) => ({ value, label: value, ...(value === q.initial ? { hint: '默认 default' } : {}) }));
    if (q.optional && q.initial === undefined) options.unshift({ value: SKIP, label: '（跳过 skip）' });
    answer = await select({ message: q.message, options, ...(q.initial !== undefined ? { initialValue: q.initial } : {}) });
  } else {
    answer = await text({
      message: q.message + (q.optional ? '（可空 optional）' : ''),
      ...(q.example !== undefined ? { placeholder: `例 e.g. ${q.example}` } : {}),
      ...(q.initial !== undefined ? { defaultValue: q.initial, placeholder: q.initial } : {}),
      validate: (value) =>
        q.optional || q.initial !== undefined || (value ?? '').trim() !== '' ? undefined : '必填，请输入 | required, please type a value',
    });
  }
  if (isCancel(answer)) throw new Cancelled();
  return String(answer);
};
