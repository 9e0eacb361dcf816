/**
 * Field types shared by every schema. Plain TypeScript over `astro/zod`, with no
 * `astro:content` import, so scripts and tests can use the schemas directly.
 * Our own checks are refinements whose messages carry both languages in the issue's
 * params (meta.ts `says`); what JSON Schema can say about them (a pattern, a length)
 * rides along as `json` metadata.
 */
import { z } from 'astro/zod';
import { daysInMonth, isPartialDate, isPeriod, isPeriodPoint, PERIOD_POINT_PATTERN } from '../lib/periods.ts';
import { doc, says, type Bilingual } from './meta.ts';

export { daysInMonth, isPartialDate, isPeriod, isPeriodPoint };
export { doc, says, bilingualOf, type Bilingual, type FieldDoc, type Alternative, type AtlasMeta, type RefTarget } from './meta.ts';

const both = (m: Bilingual) => `${m.zh}\n${m.en}`;

/** A string matching a pattern: checked by a refinement with a bilingual message; JSON Schema gets the pattern. */
export function matching(pattern: string, message: Bilingual) {
  const re = new RegExp(pattern);
  return z
    .string()
    .refine((v) => re.test(v), says(message))
    .meta({ json: { pattern, patternErrorMessage: both(message) } });
}

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const ID_MESSAGE = {
  zh: 'id 只能用小写英文字母、数字和连字符，如 shunzi-shuocha',
  en: 'id must be lowercase ASCII kebab-case, e.g. shunzi-shuocha',
};

/** A permalink-safe id: lowercase ASCII words joined by hyphens. */
export const id = matching(ID_PATTERN, ID_MESSAGE).meta(
  doc({
    zh: 'id：小写英文、数字和连字符，发布后不能再改（它是永久链接）',
    en: 'id: lowercase ASCII kebab-case, never changed once published (it is the permalink)',
  }),
);

/** The id of an entry in another collection: declared once here, found by the reference rule (walk.ts). */
export function ref(target: string) {
  return id.meta({ ref: target });
}

/** A list of ids of another collection; defaults to empty. */
export function refList(target: string) {
  return z.array(ref(target)).default([]);
}

const EMPTY = { zh: '不能为空', en: 'must not be empty' };

/** Non-empty trimmed text. */
export const text = z
  .string()
  .trim()
  .refine((s) => s.length > 0, says(EMPTY))
  .meta({ json: { minLength: 1 } });

/** A list of texts (aliases, authors); defaults to empty. */
export const textList = z.array(text).default([]);

/**
 * YAML turns an unquoted 2022-08-22 into a Date; accept that and give the string back,
 * so contributors need not quote dates.
 */
const dateInput = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v), z.string());

/** YAML reads `date: 2021` as a number: editors must accept the integer too. */
const yearOrString = { type: ['string', 'integer'], minimum: 1990, maximum: 2100 };
const DATE_MESSAGE = {
  zh: '日期须为真实日期，格式 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2022-08-22）',
  en: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-08-22)',
};

/** A date with year, month or day precision: 2022, 2022-08, 2022-08-22. */
export const partialDate = dateInput
  .refine(isPartialDate, says(DATE_MESSAGE))
  .meta({ format: 'date', json: { ...yearOrString, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', patternErrorMessage: both(DATE_MESSAGE) } });

const DAY_MESSAGE = { zh: '须写到日：YYYY-MM-DD（如 2026-12-01）', en: 'must name the day: YYYY-MM-DD (e.g. 2026-12-01)' };

/** A day: 2026-12-01 (an access date needs the day). */
export const fullDate = partialDate
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), says(DAY_MESSAGE))
  .meta({ format: 'day', json: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', patternErrorMessage: both(DAY_MESSAGE) } });

const PERIOD_MESSAGE = {
  zh: '时期格式应为 2022、2022-06、2022-06-18、2022-Q2、2022-H1 或区间 2022-01/2022-06（起点不晚于终点）',
  en: 'period must be 2022, 2022-06, 2022-06-18, 2022-Q2, 2022-H1 or a range 2022-01/2022-06 (start not after end)',
};

/** When a figure applies: 2022, 2022-06, 2022-06-18, 2022-Q2, 2022-H1 or a range A/B. */
export const period = dateInput.refine(isPeriod, says(PERIOD_MESSAGE)).meta({
  format: 'period',
  json: { ...yearOrString, pattern: `^${PERIOD_POINT_PATTERN}(/${PERIOD_POINT_PATTERN})?$`, patternErrorMessage: both(PERIOD_MESSAGE) },
});

/** Languages a source can be written in. */
export const language = z.enum(['zh-Hans', 'zh-Hant', 'en']);

/** A full web address. */
export const webAddress = z
  .string()
  .refine((v) => z.url().safeParse(v).success, says({ zh: '须为完整网址，如 https://…', en: 'must be a full URL such as https://…' }))
  .meta({ format: 'URL', json: { format: 'uri' } });

const QUOTE_SHORT = { zh: '引文太短', en: 'quote is too short' };
const QUOTE_LONG = {
  zh: '引文最多160字，只摘录含数字的短句',
  en: 'quote must be at most 160 characters: keep only the short passage with the number',
};

/** A short verbatim quote from a source. */
export const quote = z
  .string()
  .trim()
  .refine((s) => s.length >= 2, says(QUOTE_SHORT))
  .refine((s) => s.length <= 160, says(QUOTE_LONG))
  .meta({ json: { minLength: 2, maxLength: 160 } });
