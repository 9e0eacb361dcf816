/**
 * Checks on images contributors add under public/ and content/: not too large,
 * really the type the extension says (magic bytes), and SVGs free of anything
 * that can run or fetch: <script>, on* event attributes, javascript: URLs,
 * <foreignObject>, external references, entity and attribute-list declarations,
 * XML that is not well formed. Pure: every function takes the file's bytes;
 * scripts/check-assets.ts walks the folders.
 *
 * This file checks one file as a whole (size, type against extension) and hands SVG
 * text to assets/svg-safety.ts; assets/image-type.ts reads the magic bytes.
 */
import type { Problem } from './problems.ts';
import { decodeText, extensionOf, imageExtensions, preferredExtension, sniffType } from './assets/image-type.ts';
import { checkSvgText, type AssetFinding } from './assets/svg-safety.ts';

export { extensionOf, imageExtensions, sniffType, type ImageType } from './assets/image-type.ts';
export { checkSvgText, type AssetFinding } from './assets/svg-safety.ts';

export const DEFAULT_MAX_BYTES = 300 * 1024;

export interface AssetOptions {
  maxBytes?: number;
}

/** Is this path one the asset check looks at, by extension? */
export function isImagePath(path: string): boolean {
  return extensionOf(path) in imageExtensions;
}

/**
 * Problems of one file. Files that are neither named nor shaped like an image
 * give none (robots.txt, .mdx). `file` is the path shown in messages.
 */
export function checkAsset(file: string, bytes: Uint8Array, options: AssetOptions = {}): Problem[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extensionOf(file);
  const expected = imageExtensions[ext];
  const actual = sniffType(bytes);
  if (!expected && !actual) return [];
  const problems: Problem[] = [];
  const push = (f: AssetFinding) =>
    problems.push({ severity: 'error', rule: f.rule, file, line: f.line, column: f.column, message: f.message, fix: f.fix });

  if (bytes.length > maxBytes) {
    const kb = (n: number) => `${Math.round(n / 102.4) / 10} KB`;
    push({
      rule: 'asset-size',
      line: 1,
      column: 1,
      message: {
        zh: `文件太大：${kb(bytes.length)}，上限 ${kb(maxBytes)}`,
        en: `file is too large: ${kb(bytes.length)}, the limit is ${kb(maxBytes)}`,
      },
      fix: {
        zh: '压缩或缩小图片（如导出为 WebP，宽度不超过 1600 像素）；SVG 用 SVGO 精简',
        en: 'compress or downscale it (e.g. WebP, at most 1600 px wide); optimise SVGs with SVGO',
      },
    });
  }
  if (expected !== actual) {
    const shown = ext ? `.${ext}` : '（无扩展名 none）';
    push({
      rule: 'asset-type',
      line: 1,
      column: 1,
      message: actual
        ? { zh: `扩展名是 ${shown}，但文件内容是 ${actual}`, en: `the extension is ${shown} but the content is ${actual}` }
        : {
            zh: `扩展名是 ${shown}，但文件内容不是 ${expected} 图片（也不是其他已知图片格式）`,
            en: `the extension is ${shown} but the content is not a ${expected} image (nor any known image format)`,
          },
      fix: actual
        ? {
            zh: `把文件改名为 ${preferredExtension[actual]}，或重新导出为 ${expected}`,
            en: `rename it to ${preferredExtension[actual]}, or export it again as ${expected}`,
          }
        : { zh: '重新导出图片；不要只改扩展名', en: 'export the image again; do not just rename it' },
    });
  }
  // Check the text of anything that is or claims to be an SVG: an .svg holding
  // HTML with a <script> is still served as image/svg+xml.
  if (actual === 'svg' || (expected === 'svg' && actual === undefined)) {
    const typeWrong = problems.some((p) => p.rule === 'asset-type');
    const text = decodeText(bytes);
    if (text === undefined) {
      if (!typeWrong) {
        push({
          rule: 'svg-encoding',
          line: 1,
          column: 1,
          message: { zh: 'SVG 不是有效的 UTF-8 文本', en: 'the SVG is not valid UTF-8 text' },
          fix: { zh: '以 UTF-8 重新导出', en: 'export it again as UTF-8' },
        });
      }
    } else {
      for (const f of checkSvgText(text)) if (!(typeWrong && f.rule === 'svg-root')) push(f);
    }
  }
  return problems;
}
