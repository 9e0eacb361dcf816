import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAsset, checkSvgText, sniffType } from '../../src/lib/check/assets.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

// Smallest headers of each format (enough for the magic-byte check).
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
const WEBP = new TextEncoder().encode('RIFF\x1a\x00\x00\x00WEBPVP8L');
const enc = (s: string) => new TextEncoder().encode(s);
const CLEAN_SVG =
  '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>\n';

const rules = (file: string, text: string) => checkAsset(file, enc(text)).map((p) => p.rule);

describe('magic bytes', () => {
  it('recognises each format', () => {
    expect(sniffType(PNG)).toBe('png');
    expect(sniffType(JPEG)).toBe('jpeg');
    expect(sniffType(GIF)).toBe('gif');
    expect(sniffType(WEBP)).toBe('webp');
    expect(sniffType(enc(CLEAN_SVG))).toBe('svg');
    expect(sniffType(enc('hello'))).toBeUndefined();
  });

  it('accepts files whose content matches the extension', () => {
    expect(checkAsset('public/a.png', PNG)).toEqual([]);
    expect(checkAsset('public/a.jpg', JPEG)).toEqual([]);
    expect(checkAsset('public/a.JPEG', JPEG)).toEqual([]);
    expect(checkAsset('public/a.gif', GIF)).toEqual([]);
    expect(checkAsset('public/a.webp', WEBP)).toEqual([]);
    expect(checkAsset('public/a.svg', enc(CLEAN_SVG))).toEqual([]);
    expect(checkAsset('public/robots.txt', enc('User-agent: *'))).toEqual([]);
  });

  it('flags a PNG named .jpg, text named .png, and an image hiding under another extension', () => {
    const [renamed] = checkAsset('public/photo.jpg', PNG);
    expect(renamed.rule).toBe('asset-type');
    expect(renamed.message.en).toBe('the extension is .jpg but the content is png');
    expect(renamed.fix.zh).toContain('.png');
    expect(checkAsset('public/fake.png', enc('<html>not an image</html>')).map((p) => p.message.en)).toEqual([
      'the extension is .png but the content is not a png image (nor any known image format)',
    ]);
    expect(checkAsset('content/cases/notes.txt', GIF).map((p) => p.rule)).toEqual(['asset-type']);
  });

  it('flags files over the size limit', () => {
    const big = new Uint8Array(301 * 1024);
    big.set(PNG);
    const problems = checkAsset('public/big.png', big);
    expect(problems.map((p) => p.rule)).toEqual(['asset-size']);
    expect(problems[0].message.zh).toContain('上限 300 KB');
    expect(checkAsset('public/big.png', big, { maxBytes: 400 * 1024 })).toEqual([]);
  });
});

describe('hostile SVGs', () => {
  const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;

  it('rejects <script> in any spelling', () => {
    expect(rules('a.svg', svg('<script>alert(1)</script>'))).toContain('svg-script');
    expect(rules('a.svg', svg('<SCRIPT type="text/javascript"><![CDATA[alert(1)]]></SCRIPT>'))).toContain('svg-script');
    expect(rules('a.svg', svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'))).toContain('svg-script');
  });

  it('rejects event attributes', () => {
    expect(rules('a.svg', svg('', ' onload="alert(1)"'))).toEqual(['svg-event-handler']);
    expect(rules('a.svg', svg('<rect ONCLICK=alert(1) width="1"/>'))).toEqual(['svg-event-handler']);
  });

  it('rejects javascript: URLs, also when obfuscated or animated in', () => {
    expect(rules('a.svg', svg('<a href="javascript:alert(1)"><rect/></a>'))).toEqual(['svg-javascript-url']);
    expect(rules('a.svg', svg('<a xlink:href=" JaVa&#x09;Script&colon;alert(1)"><rect/></a>'))).toEqual(['svg-javascript-url']);
    expect(rules('a.svg', svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'))).toEqual(['svg-javascript-url']);
  });

  it('rejects <foreignObject>', () => {
    expect(rules('a.svg', svg('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'))).toEqual([
      'svg-element',
    ]);
  });

  it('rejects external references in href, CSS and presentation attributes', () => {
    expect(rules('a.svg', svg('<image href="https://example.com/x.png"/>'))).toEqual(['svg-external-ref']);
    expect(rules('a.svg', svg('<use xlink:href="//example.com/s.svg#a"/>'))).toEqual(['svg-external-ref']);
    expect(rules('a.svg', svg('<style>@import url(https://example.com/f.css);</style>'))).toContain('svg-external-ref');
    expect(rules('a.svg', svg('<rect style="fill: url(http://example.com/p.svg#g)"/>'))).toEqual(['svg-external-ref']);
    expect(rules('a.svg', svg('<rect fill="url(https://example.com/p.svg#g)"/>'))).toEqual(['svg-external-ref']);
    expect(rules('a.svg', svg('<image href="data:text/html;base64,PHNjcmlwdD4="/>'))).toEqual(['svg-data-url']);
    expect(rules('a.svg', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>'))).toEqual([]);
  });

  it('rejects entity declarations and files that are not an SVG document', () => {
    expect(rules('a.svg', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]>${svg('<text>&x;</text>')}`)).toEqual(['svg-entity']);
    expect(rules('a.svg', '<html><body><svg></svg></body></html>')).toContain('asset-type');
    expect(rules('a.svg', '<svg><g></svg>')).toEqual(['svg-xml']);
  });

  it('reads the file as an XML parser does, where the regex version read past', () => {
    // Character references in a <style> element's text are decoded before the CSS is read.
    expect(rules('a.svg', svg('<style>rect { fill: &#x75;rl(https://example.com/p.svg#g) }</style>'))).toEqual(['svg-external-ref']);
    expect(rules('a.svg', svg('<style>@&#x69;mport "https://example.com/f.css";</style>'))).toEqual(['svg-external-ref']);
    // A processing instruction before the root can load a stylesheet, or XSLT that adds scripts.
    expect(rules('a.svg', `<?xml-stylesheet type="text/xsl" href="x.xsl"?>${svg('')}`)).toEqual(['svg-external-ref']);
    // An attribute-list declaration can give <svg> an onload the file does not show.
    expect(rules('a.svg', `<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>${svg('')}`)).toEqual(['svg-attlist']);
    // A reference is decoded once: &#x26;colon; is the text "&colon;", not a colon.
    expect(rules('a.svg', svg('<a href="javascript&#x26;colon;alert(1)">x</a>'))).toEqual([]);
    // Markup in comments and CDATA is text, not elements.
    expect(rules('a.svg', svg('<!-- <script>x</script> --><text><![CDATA[<script>]]></text>'))).toEqual([]);
  });

  it('reports the line and column of each finding', () => {
    const findings = checkSvgText('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect/>\n  <script>x</script>\n</svg>');
    expect(findings).toEqual([expect.objectContaining({ rule: 'svg-script', line: 3, column: 3 })]);
  });

  it('still checks an SVG saved under another extension', () => {
    expect(rules('public/logo.png', svg('<script>alert(1)</script>'))).toEqual(['asset-type', 'svg-script']);
  });
});

describe('scripts/check-assets.ts', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-assets-'));
    mkdirSync(join(root, 'public/img'), { recursive: true });
    mkdirSync(join(root, 'content/cases'), { recursive: true });
    writeFileSync(join(root, 'public/ok.svg'), CLEAN_SVG);
    writeFileSync(join(root, 'public/img/ok.png'), PNG);
    writeFileSync(join(root, 'content/cases/a.mdx'), '---\nname: a\n---\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = () => {
    try {
      return {
        code: 0,
        out: execFileSync(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/check-assets.ts'), '--root', root], {
          encoding: 'utf8',
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { code: e.status, out: e.stdout };
    }
  };

  it('passes clean folders and fails with file, problem and fix in both languages', () => {
    expect(run().code).toBe(0);
    writeFileSync(join(root, 'content/cases/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    writeFileSync(join(root, 'public/img/photo.jpg'), PNG);
    const { code, out } = run();
    expect(code).toBe(1);
    expect(out).toContain('content/cases/evil.svg:1:41  错误 error  [svg-event-handler]');
    expect(out).toContain('问题：SVG 中含有事件属性 onload');
    expect(out).toContain('Problem: the SVG has an event attribute onload');
    expect(out).toContain('修改：');
    expect(out).toContain('Fix: ');
    expect(out).toContain('public/img/photo.jpg:1:1  错误 error  [asset-type]');
    expect(out).toContain('2 个错误');
  });
});
