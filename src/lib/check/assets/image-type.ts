/**
 * What type an image file really is, from its first bytes (PNG, JPEG, GIF, WebP, AVIF,
 * ICO signatures; SVG as text whose root element is <svg>), and which extensions stand
 * for which type. Used by checkAsset (../assets.ts) to catch a PNG named .jpg or an
 * HTML page named .svg.
 */

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'ico' | 'svg';

/** Extensions we treat as images, and the type each must contain. */
export const imageExtensions: Record<string, ImageType> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  ico: 'ico',
  svg: 'svg',
};

/** The right extension for each type, for fixes. */
export const preferredExtension: Record<ImageType, string> = {
  png: '.png',
  jpeg: '.jpg',
  gif: '.gif',
  webp: '.webp',
  avif: '.avif',
  ico: '.ico',
  svg: '.svg',
};

export function extensionOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The image type the bytes really are, or undefined. */
export function sniffType(bytes: Uint8Array): ImageType | undefined {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(b, 8, 12))) return 'avif';
  if (b.length >= 6 && b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0 && b[4] + b[5] > 0) return 'ico';
  if (looksLikeSvg(b)) return 'svg';
  return undefined;
}

export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** Text before the root element: XML declaration, comments, doctype, whitespace. */
export const PROLOG_RE = /^(?:\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 4096)) ?? decodeText(bytes);
  if (head === undefined) return false;
  const rest = head.slice(PROLOG_RE.exec(head)?.[0].length ?? 0);
  return /^<svg[\s>/]/i.test(rest);
}
