/**
 * What an SVG may not hold, rule by rule, for one thing at a time: an element's name,
 * one attribute with its value already decoded, or a piece of CSS. svg-safety.ts reads
 * the file with an XML parser and asks these; nothing here parses XML.
 */
import type { Bilingual } from '../problems.ts';

/** One problem found, at an offset into the text that was checked. */
export interface RuleHit {
  rule: string;
  /** Offset into the text given to the rule. */
  offset: number;
  message: Bilingual;
  fix: Bilingual;
}

export const CLEAN_FIX: Bilingual = {
  zh: '用 SVGO 或设计软件重新导出为"纯图形"SVG，删去脚本、事件属性和外部链接；或改用 PNG/WebP',
  en: 'export the SVG again as plain graphics (e.g. with SVGO), without scripts, event attributes or external links; or use PNG/WebP',
};

const EXTERNAL_FIX: Bilingual = {
  zh: '把引用的图形或字体直接画进 SVG，或删除该引用；站点不从其他网站加载资源',
  en: 'draw the referenced graphic or font into the SVG, or remove the reference; the site loads nothing from other hosts',
};

const FORBIDDEN_ELEMENTS: Record<string, Bilingual> = {
  script: { zh: 'SVG 中含有 <script>', en: 'the SVG contains <script>' },
  foreignobject: { zh: 'SVG 中含有 <foreignObject>（可嵌入任意 HTML）', en: 'the SVG contains <foreignObject> (it embeds arbitrary HTML)' },
  iframe: { zh: 'SVG 中含有 <iframe>', en: 'the SVG contains <iframe>' },
  embed: { zh: 'SVG 中含有 <embed>', en: 'the SVG contains <embed>' },
  object: { zh: 'SVG 中含有 <object>', en: 'the SVG contains <object>' },
};

/** Attributes whose value is a URL (namespace prefix removed: xlink:href is href). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data']);

/** A name without its namespace prefix, lower-cased: svg:script and SCRIPT are script. */
export const localName = (name: string) => name.toLowerCase().replace(/^[\w.-]+:/, '');

/** A URL as a browser would read its scheme: whitespace and controls removed (entities are decoded before). */
function normalizedUrl(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      .replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
      .toLowerCase()
  );
}

const EXTERNAL_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/;
const SAFE_DATA_RE = /^data:image\/(?:png|jpe?g|gif|webp|avif);/;

/** Why a URL is not allowed in an SVG, or undefined when it is a same-document or relative reference. */
export function badUrl(value: string): 'javascript' | 'external' | 'data' | undefined {
  const url = normalizedUrl(value);
  if (/^(?:javascript|vbscript):/.test(url)) return 'javascript';
  if (url.startsWith('data:')) return SAFE_DATA_RE.test(url) ? undefined : 'data';
  if (EXTERNAL_RE.test(url)) return 'external';
  return undefined;
}

/** The problem with an element of this name (any namespace prefix, any case), if any. */
export function elementHit(name: string): RuleHit | undefined {
  const local = localName(name);
  const forbidden = FORBIDDEN_ELEMENTS[local];
  return forbidden && { rule: local === 'script' ? 'svg-script' : 'svg-element', offset: 0, message: forbidden, fix: CLEAN_FIX };
}

/** Problems with one attribute; `value` has its character references decoded. */
export function attributeHits(name: string, value: string): RuleHit[] {
  const local = localName(name);
  const hit = (rule: string, message: Bilingual, fix = CLEAN_FIX): RuleHit[] => [{ rule, offset: 0, message, fix }];
  if (/^on/.test(local)) return hit('svg-event-handler', { zh: `SVG 中含有事件属性 ${name}`, en: `the SVG has an event attribute ${name}` });
  const javascript = () => hit('svg-javascript-url', { zh: `${name} 中含有 javascript: 链接`, en: `${name} contains a javascript: URL` });
  if (URL_ATTRIBUTES.has(local)) {
    const kind = badUrl(value);
    if (kind === 'javascript') return javascript();
    if (kind === 'external')
      return hit(
        'svg-external-ref',
        { zh: `${name} 引用了外部资源：${value.slice(0, 80)}`, en: `${name} references an external resource: ${value.slice(0, 80)}` },
        EXTERNAL_FIX,
      );
    if (kind === 'data')
      return hit('svg-data-url', { zh: `${name} 含有非图片的 data: 链接`, en: `${name} contains a data: URL that is not an image` });
    return [];
  }
  // e.g. <set attributeName="href" to="javascript:…">
  if (/(?:java|vb)script:/.test(normalizedUrl(value))) return javascript();
  // style="…" and presentation attributes such as fill="url(…)".
  if (local === 'style' || /url\(|@import/i.test(value)) return cssHits(value).map((h) => ({ ...h, offset: 0 }));
  return [];
}

/** Problems in CSS (a <style> element's text, or a style attribute), at offsets into `css`. */
export function cssHits(css: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of css.matchAll(/@import\b|url\(\s*(['"]?)([^'")]*)\1\s*\)|(?:java|vb)script:|expression\(/gi)) {
    const url = m[2];
    const kind = url !== undefined ? badUrl(url) : m[0].toLowerCase().startsWith('@import') ? 'external' : 'javascript';
    const offset = m.index;
    if (kind === 'javascript')
      hits.push({
        rule: 'svg-javascript-url',
        offset,
        message: { zh: 'CSS 中含有 javascript: 或 expression()', en: 'CSS contains javascript: or expression()' },
        fix: CLEAN_FIX,
      });
    else if (kind === 'external')
      hits.push({
        rule: 'svg-external-ref',
        offset,
        message: { zh: `CSS 引用了外部资源：${m[0].slice(0, 80)}`, en: `CSS references an external resource: ${m[0].slice(0, 80)}` },
        fix: { zh: '删除 @import 和外部 url()，把样式写进 SVG', en: 'remove @import and external url(), keep styles inside the SVG' },
      });
    else if (kind === 'data')
      hits.push({
        rule: 'svg-data-url',
        offset,
        message: { zh: 'CSS 中含有非图片的 data: 链接', en: 'CSS contains a data: URL that is not an image' },
        fix: CLEAN_FIX,
      });
  }
  return hits;
}
