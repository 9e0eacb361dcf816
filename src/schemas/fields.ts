/**
 * Field types shared by every schema. Plain TypeScript over `astro/zod`, with no
 * `astro:content` import, so scripts and tests can use the schemas directly.
 * Refinement messages carry both languages as "中文 | English" so the checker can
 * show them as they are.
 */
import { z } from 'astro/zod';

/** A permalink-safe id: lowercase ASCII words joined by hyphens. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'id 只能用小写英文字母、数字和连字符，如 shunzi-shuocha | id must be lowercase ASCII kebab-case, e.g. shunzi-shuocha',
  });

/** Non-empty trimmed text. */
export const text = z.string().trim().min(1, { message: '不能为空 | must not be empty' });

/** A list of ids; defaults to empty. */
export const idList = z.array(id).default([]);

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month, with leap years, so 2023-02-29 is rejected. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * YAML turns an unquoted 2022-08-22 into a Date; accept that and give the string back,
 * so contributors need not quote dates.
 */
const dateInput = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string(),
);

/** A date with year, month or day precision: 2022, 2022-08, 2022-08-22. */
export const partialDate = dateInput.refine(isPartialDate, {
  message:
    '日期须为真实日期，格式 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2022-08-22） | must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-08-22)',
});

/** A day: 2026-12-01 (an access date needs the day). */
export const fullDate = partialDate.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), {
  message: '须写到日：YYYY-MM-DD（如 2026-12-01） | must name the day: YYYY-MM-DD (e.g. 2026-12-01)',
});

const PERIOD_POINT_RE = /^(\d{4})-(Q[1-4]|H[12])$/;

/** One point of a period: a partial date, a quarter (2022-Q2) or a half year (2022-H1). */
export function isPeriodPoint(value: string): boolean {
  return isPartialDate(value) || PERIOD_POINT_RE.test(value);
}

/** A period: a point, or a range "start/end" whose end is not before its start. */
export function isPeriod(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isPeriodPoint(parts[0]);
  if (parts.length !== 2 || !parts.every(isPeriodPoint)) return false;
  return parts[0] <= parts[1];
}

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
