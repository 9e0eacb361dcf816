/**
 * The text of an SVG, checked for anything that can run or fetch: <script>, on* event
 * attributes, javascript: URLs, <foreignObject> and other embedding elements, external
 * references (href, CSS url() and @import, <?xml-stylesheet?>), non-image data: URLs,
 * entity and attribute-list declarations, and XML too broken to read the same way twice.
 *
 * An SVG served from our own origin is a document that can run script when opened
 * directly, so "no scripts" is not a style rule; the CSP helps, this check keeps
 * such files out in the first place.
 *
 * The file is read by saxes, a conforming XML parser, rather than by regular
 * expressions: elements inside comments or CDATA are not elements, and text and
 * attribute values are what a parser makes of them. What each element, attribute or
 * piece of CSS may hold is in svg-rules.ts.
 *
 * Values are decoded with the HTML rules (the `entities` package), from the file's own
 * characters: a browser opening the file reads it as XML, whose few entities HTML also
 * has, but an SVG inlined into a page (as Astro does with imported SVGs) is read by
 * the HTML parser, which knows &colon;, &Tab; and two thousand more. Checking the HTML
 * reading therefore sees every character either reading would see.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { SaxesParser } from 'saxes';
import type { Bilingual } from '../problems.ts';
import { attributeHits, CLEAN_FIX, cssHits, elementHit, localName, type RuleHit } from './svg-rules.ts';

export interface AssetFinding {
  rule: string;
  line: number;
  column: number;
  message: Bilingual;
  fix: Bilingual;
}

function positionAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const REEXPORT_FIX: Bilingual = { zh: '用设计软件或 SVGO 重新导出', en: 'export the file again (design tool or SVGO)' };

/**
 * Errors the check reads past, as an HTML parser would and as the regex version did:
 * a value without quotes ends at the next space or ">", and an entity XML does not
 * know (&colon;) stays in the text, to be decoded with the HTML rules. Either way the
 * rules above still see the attribute and its decoded value. Every other
 * well-formedness error is a finding: a file a browser will not render as XML is
 * one we cannot be sure to read as a browser would.
 */
const READ_PAST = new Set(['unquoted attribute value.', 'undefined entity.']);

/** saxes's words for the usual structure errors, in both languages. */
function xmlMessage(error: string): Bilingual {
  const unclosed = /^unclosed tag: (.*)$/.exec(error);
  if (unclosed) return { zh: `XML 结构错误：<${unclosed[1]}> 没有结束标签`, en: `malformed XML: <${unclosed[1]}> is never closed` };
  if (error === 'unexpected close tag.')
    return { zh: 'XML 结构错误：结束标签与开始标签不对应', en: 'malformed XML: a closing tag does not match the open element' };
  if (error === 'documents may contain only one root.')
    return { zh: 'XML 结构错误：根元素 <svg> 之后还有其他元素', en: 'malformed XML: more elements after the root <svg>' };
  return { zh: `XML 格式错误：${error}`, en: `malformed XML: ${error}` };
}

/** Problems in the text of an SVG file. */
export function checkSvgText(text: string): AssetFinding[] {
  const findings: AssetFinding[] = [];
  const at = (index: number, rule: string, message: Bilingual, fix: Bilingual = CLEAN_FIX) =>
    findings.push({ rule, ...positionAt(text, index), message, fix });
  const hits = (base: number, list: RuleHit[]) => list.forEach((h) => at(base + h.offset, h.rule, h.message, h.fix));

  const parser = new SaxesParser({ xmlns: false, position: true });
  /** Local names of the open elements, innermost last. */
  const open: string[] = [];
  let root: { name: string; index: number } | undefined;
  let xmlError: { index: number; message: string } | undefined;
  /** Where the node read last ends: the start of the text that follows it. */
  let cursor = 0;
  /** Where the next attribute's name is looked for: after the tag name or the previous attribute. */
  let attrCursor = 0;

  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+: /, '');
    if (!READ_PAST.has(message)) xmlError ??= { index: parser.position - 1, message };
  });
  parser.on('doctype', (doctype) => {
    const start = text.lastIndexOf('<!DOCTYPE', parser.position);
    const entity = /<!ENTITY/i.exec(doctype);
    if (entity)
      at(start + '<!DOCTYPE'.length + entity.index, 'svg-entity', {
        zh: 'SVG 中声明了 <!ENTITY>（可被用于实体扩展攻击或读取外部文件）',
        en: 'the SVG declares an <!ENTITY> (usable for entity-expansion attacks or reading external files)',
      });
    const attlist = /<!ATTLIST/i.exec(doctype);
    if (attlist)
      at(start + '<!DOCTYPE'.length + attlist.index, 'svg-attlist', {
        zh: 'SVG 中声明了 <!ATTLIST>（可给元素添加文件中看不到的属性，如 onload）',
        en: 'the SVG declares an <!ATTLIST> (it can give elements attributes the file does not show, such as onload)',
      });
    cursor = parser.position;
  });
  parser.on('processinginstruction', (pi) => {
    // <?xml-stylesheet?> loads a stylesheet, or XSLT that can turn the file into a page with scripts.
    if (pi.target.toLowerCase() === 'xml-stylesheet')
      at(
        text.lastIndexOf('<?', parser.position),
        'svg-external-ref',
        { zh: 'SVG 用 <?xml-stylesheet?> 加载另一个文件中的样式表', en: 'the SVG loads a stylesheet from another file with <?xml-stylesheet?>' },
        {
          zh: '把样式写进 SVG 的 <style> 中，删除 <?xml-stylesheet?>',
          en: 'put the styles in a <style> inside the SVG and remove <?xml-stylesheet?>',
        },
      );
    cursor = parser.position;
  });
  parser.on('opentagstart', (tag) => {
    // saxes has read "<name" and the character after it.
    const start = text.lastIndexOf(`<${tag.name}`, parser.position - 1);
    attrCursor = start + 1 + tag.name.length;
    root ??= { name: tag.name, index: start };
    const hit = elementHit(tag.name);
    if (hit) hits(start, [hit]);
  });
  parser.on('attribute', ({ name, value }) => {
    // Between the previous attribute and this one's name there is only white space.
    const start = text.indexOf(name, attrCursor);
    const end = parser.position;
    if (start < 0) return hits(attrCursor, attributeHits(name, decodeHTMLAttribute(value)));
    attrCursor = end;
    // The value as written (after "=", without its quotes), decoded once, by the HTML rules.
    let raw = text.slice(start + name.length, end).replace(/^\s*=?\s*/, '');
    raw = /^["']/.test(raw) ? raw.slice(1, raw.lastIndexOf(raw[0])) : raw.replace(/[\s>]$/, '');
    hits(start, attributeHits(name, decodeHTMLAttribute(raw)));
  });
  parser.on('opentag', (tag) => {
    open.push(localName(tag.name));
    cursor = parser.position;
  });
  parser.on('closetag', () => {
    open.pop();
    cursor = parser.position;
  });
  parser.on('text', () => {
    // saxes reports text when it meets the "<" after it.
    const start = cursor;
    cursor = parser.position - 1;
    if (open.at(-1) === 'style') hits(start, cssHits(decodeHTML(text.slice(start, cursor))));
  });
  parser.on('cdata', (cdata) => {
    if (open.at(-1) === 'style') hits(cursor + '<![CDATA['.length, cssHits(cdata));
    cursor = parser.position;
  });
  parser.on('comment', () => (cursor = parser.position));
  parser.write(text).close();

  if (!root || localName(root.name) !== 'svg') {
    at(
      root?.index ?? 0,
      'svg-root',
      { zh: '不是 SVG：根元素不是 <svg>', en: 'not an SVG: the root element is not <svg>' },
      {
        zh: '确认文件确实是 SVG 图形；其他格式请用对应的扩展名',
        en: 'make sure the file really is an SVG drawing; give other formats their own extension',
      },
    );
  }
  if (xmlError) at(xmlError.index, 'svg-xml', xmlMessage(xmlError.message), REEXPORT_FIX);
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
