/**
 * Field types shared by every schema. Plain TypeScript over `astro/zod`, with no
 * `astro:content` import, so scripts and tests can use the schemas directly.
 * Refinement messages carry both languages as "中文 | English" so the checker can
 * show them as they are.
 */
import { z } from 'astro/zod';
import { daysInMonth, isPartialDate, isPeriod, isPeriodPoint } from '../lib/periods.ts';

export { daysInMonth, isPartialDate, isPeriod, isPeriodPoint };

/** A permalink-safe id: lowercase ASCII words joined by hyphens. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'id 只能用小写英文字母、数字和连字符，如 shunzi-shuocha | id must be lowercase ASCII kebab-case, e.g. shunzi-shuocha',
});

/** Non-empty trimmed text. */
export const text = z.string().trim().min(1, { message: '不能为空 | must not be empty' });

/** A list of ids; defaults to empty. */
export const idList = z.array(id).default([]);

/**
 * YAML turns an unquoted 2022-08-22 into a Date; accept that and give the string back,
 * so contributors need not quote dates.
 */
const dateInput = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v), z.string());

/** A date with year, month or day precision: 2022, 2022-08, 2022-08-22. */
export const partialDate = dateInput.refine(isPartialDate, {
  message:
    '日期须为真实日期，格式 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2022-08-22） | must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-08-22)',
});

/** A day: 2026-12-01 (an access date needs the day). */
export const fullDate = partialDate.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), {
  message: '须写到日：YYYY-MM-DD（如 2026-12-01） | must name the day: YYYY-MM-DD (e.g. 2026-12-01)',
});

/** When a figure applies: 2022, 2022-06, 2022-06-18, 2022-Q2, 2022-H1 or a range A/B. */
export const period = dateInput.refine(isPeriod, {
  message:
    '时期格式应为 2022、2022-06、2022-06-18、2022-Q2、2022-H1 或区间 2022-01/2022-06（起点不晚于终点） | period must be 2022, 2022-06, 2022-06-18, 2022-Q2, 2022-H1 or a range 2022-01/2022-06 (start not after end)',
});

/** Languages a source can be written in. */
export const language = z.enum(['zh-Hans', 'zh-Hant', 'en']);

/** A short verbatim quote from a source. */
export const quote = z
  .string()
  .trim()
  .min(2, { message: '引文太短 | quote is too short' })
  .max(160, { message: '引文最多160字，只摘录含数字的短句 | quote must be at most 160 characters: keep only the short passage with the number' });
