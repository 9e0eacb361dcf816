/**
 * The text of an SVG, checked for anything that can run or fetch: <script>, on* event
 * attributes, javascript: URLs, <foreignObject> and other embedding elements, external
 * references (href, CSS url() and @import), non-image data: URLs, entity declarations,
 * and XML too broken to read the same way twice.
 *
 * An SVG served from our own origin is a document that can run script when opened
 * directly, so "no scripts" is not a style rule; the CSP helps, this check keeps
 * such files out in the first place.
 */
import type { Bilingual } from '../problems.ts';
import { PROLOG_RE } from './image-type.ts';

export interface AssetFinding {
  rule: string;
  line: number;
  column: number;
  message: Bilingual;
  fix: Bilingual;
}

function positionAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Decode character references so &#106;avascript: is seen as javascript:. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(colon|tab|newline|amp|lt|gt|quot|apos);/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name.toLowerCase()]!,
    );
}

/** A URL as a browser would read its scheme: entities decoded, whitespace and controls removed. */
function normalizedUrl(value: string): string {
  return (
    decodeEntities(value)
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      .replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
      .toLowerCase()
  );
}

const EXTERNAL_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/;
const SAFE_DATA_RE = /^data:image\/(?:png|jpe?g|gif|webp|avif);/;

/** Why a URL is not allowed in an SVG, or undefined when it is a same-document or relative reference. */
function badUrl(value: string): 'javascript' | 'external' | 'data' | undefined {
  const url = normalizedUrl(value);
  if (/^(?:javascript|vbscript):/.test(url)) return 'javascript';
  if (url.startsWith('data:')) return SAFE_DATA_RE.test(url) ? undefined : 'data';
  if (EXTERNAL_RE.test(url)) return 'external';
  return undefined;
}

const FORBIDDEN_ELEMENTS: Record<string, Bilingual> = {
  script: { zh: 'SVG 中含有 <script>', en: 'the SVG contains <script>' },
  foreignobject: { zh: 'SVG 中含有 <foreignObject>（可嵌入任意 HTML）', en: 'the SVG contains <foreignObject> (it embeds arbitrary HTML)' },
  iframe: { zh: 'SVG 中含有 <iframe>', en: 'the SVG contains <iframe>' },
  embed: { zh: 'SVG 中含有 <embed>', en: 'the SVG contains <embed>' },
  object: { zh: 'SVG 中含有 <object>', en: 'the SVG contains <object>' },
};

const CLEAN_FIX: Bilingual = {
  zh: '用 SVGO 或设计软件重新导出为"纯图形"SVG，删去脚本、事件属性和外部链接；或改用 PNG/WebP',
  en: 'export the SVG again as plain graphics (e.g. with SVGO), without scripts, event attributes or external links; or use PNG/WebP',
};

/** Attributes whose value is a URL (namespace prefix removed: xlink:href is href). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data']);

const TAG_RE =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/gi;
const ATTR_RE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** Problems in the text of an SVG file. */
export function checkSvgText(text: string): AssetFinding[] {
  const findings: AssetFinding[] = [];
  const at = (index: number, rule: string, message: Bilingual, fix: Bilingual = CLEAN_FIX) =>
    findings.push({ rule, ...positionAt(text, index), message, fix });

  const prolog = PROLOG_RE.exec(text)?.[0] ?? '';
  if (!/^<svg[\s>/]/i.test(text.slice(prolog.length))) {
    at(
      prolog.length,
      'svg-root',
      { zh: '不是 SVG：根元素不是 <svg>', en: 'not an SVG: the root element is not <svg>' },
      {
        zh: '确认文件确实是 SVG 图形；其他格式请用对应的扩展名',
        en: 'make sure the file really is an SVG drawing; give other formats their own extension',
      },
    );
  }
  const entity = /<!ENTITY/i.exec(text);
  if (entity) {
    at(entity.index, 'svg-entity', {
      zh: 'SVG 中声明了 <!ENTITY>（可被用于实体扩展攻击或读取外部文件）',
      en: 'the SVG declares an <!ENTITY> (usable for entity-expansion attacks or reading external files)',
    });
  }

  const stack: { name: string; index: number }[] = [];
  let styleStart = -1;
  let rootSeen = false;
  for (const m of text.matchAll(TAG_RE)) {
    const index = m.index!;
    const [whole, closing, rawName, attrs = '', selfClosing] = m;
    if (rawName === undefined) {
      // Comment, CDATA, processing instruction or doctype.
      if (whole.startsWith('<![CDATA[') && styleStart !== -1) checkCss(whole, index);
      continue;
    }
    const name = rawName.toLowerCase().replace(/^[\w.-]+:/, '');
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== rawName) {
        at(
          index,
          'svg-xml',
          { zh: `XML 结构错误：</${rawName}> 没有对应的开始标签`, en: `malformed XML: </${rawName}> has no matching start tag` },
          { zh: '用设计软件或 SVGO 重新导出', en: 'export the file again (design tool or SVGO)' },
        );
        break;
      }
      if (name === 'style' && styleStart !== -1) {
        checkCss(text.slice(styleStart, index), styleStart);
        styleStart = -1;
      }
      continue;
    }
    if (stack.length === 0 && rootSeen) {
      at(
        index,
        'svg-xml',
        { zh: 'XML 结构错误：根元素 <svg> 之后还有其他元素', en: 'malformed XML: more elements after the root <svg>' },
        { zh: '用设计软件或 SVGO 重新导出', en: 'export the file again (design tool or SVGO)' },
      );
    }
    rootSeen = true;
    const forbidden = FORBIDDEN_ELEMENTS[name];
    if (forbidden) at(index, name === 'script' ? 'svg-script' : 'svg-element', forbidden);
    for (const a of attrs.matchAll(ATTR_RE)) {
      const attrName = a[1];
      const local = attrName.toLowerCase().replace(/^[\w.-]+:/, '');
      const value = a[2] === undefined ? '' : a[2].replace(/^["']|["']$/g, '');
      const attrIndex = index + whole.indexOf(attrs) + a.index!;
      if (/^on/.test(local)) {
        at(attrIndex, 'svg-event-handler', { zh: `SVG 中含有事件属性 ${attrName}`, en: `the SVG has an event attribute ${attrName}` });
        continue;
      }
      if (URL_ATTRIBUTES.has(local)) {
        const kind = badUrl(value);
        if (kind === 'javascript') {
          at(attrIndex, 'svg-javascript-url', { zh: `${attrName} 中含有 javascript: 链接`, en: `${attrName} contains a javascript: URL` });
        } else if (kind === 'external') {
          at(
            attrIndex,
            'svg-external-ref',
            { zh: `${attrName} 引用了外部资源：${value.slice(0, 80)}`, en: `${attrName} references an external resource: ${value.slice(0, 80)}` },
            {
              zh: '把引用的图形或字体直接画进 SVG，或删除该引用；站点不从其他网站加载资源',
              en: 'draw the referenced graphic or font into the SVG, or remove the reference; the site loads nothing from other hosts',
            },
          );
        } else if (kind === 'data') {
          at(attrIndex, 'svg-data-url', { zh: `${attrName} 含有非图片的 data: 链接`, en: `${attrName} contains a data: URL that is not an image` });
        }
      } else if (/(?:java|vb)script:/.test(normalizedUrl(value))) {
        // e.g. <set attributeName="href" to="javascript:…">
        at(attrIndex, 'svg-javascript-url', { zh: `${attrName} 中含有 javascript: 链接`, en: `${attrName} contains a javascript: URL` });
      } else if (local === 'style' || /url\(|@import/i.test(value)) {
        // style="…" and presentation attributes such as fill="url(…)".
        checkCss(decodeEntities(value), attrIndex);
      }
    }
    if (name === 'style' && !selfClosing) styleStart = index + whole.length;
    if (!selfClosing) stack.push({ name: rawName, index });
  }
  if (stack.length && !findings.some((f) => f.rule === 'svg-xml')) {
    const open = stack[stack.length - 1];
    at(
      open.index,
      'svg-xml',
      { zh: `XML 结构错误：<${open.name}> 没有结束标签`, en: `malformed XML: <${open.name}> is never closed` },
      { zh: '用设计软件或 SVGO 重新导出', en: 'export the file again (design tool or SVGO)' },
    );
  }
  return findings;

  function checkCss(css: string, offset: number) {
    for (const m of css.matchAll(/@import\b|url\(\s*(['"]?)([^'")]*)\1\s*\)|(?:java|vb)script:|expression\(/gi)) {
      const url = m[2];
      const kind = url !== undefined ? badUrl(url) : m[0].toLowerCase().startsWith('@import') ? 'external' : 'javascript';
      if (kind === 'javascript')
        at(offset + m.index!, 'svg-javascript-url', { zh: 'CSS 中含有 javascript: 或 expression()', en: 'CSS contains javascript: or expression()' });
      else if (kind === 'external') {
        at(
          offset + m.index!,
          'svg-external-ref',
          { zh: `CSS 引用了外部资源：${m[0].slice(0, 80)}`, en: `CSS references an external resource: ${m[0].slice(0, 80)}` },
          { zh: '删除 @import 和外部 url()，把样式写进 SVG', en: 'remove @import and external url(), keep styles inside the SVG' },
        );
      } else if (kind === 'data')
        at(offset + m.index!, 'svg-data-url', { zh: 'CSS 中含有非图片的 data: 链接', en: 'CSS contains a data: URL that is not an image' });
    }
  }
}
