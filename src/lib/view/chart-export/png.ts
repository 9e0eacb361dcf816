/**
 * The chart's SVG as a PNG, rendered at build time with resvg (loaded on first use) in
 * Noto Sans CJK SC cut to the characters the charts use (font-subset.ts).
 */
import { existsSync } from 'node:fs';
import { CJK_FONT, cjkFontFiles } from './font-subset.ts';

let lastFontText = '';
let lastFontChars = '';

/**
 * The SVG as PNG at twice its size (sharp on a slide), white background. `fontText`:
 * the text of every chart to be rendered, so one font subset serves them all.
 */
export async function chartPng(svg: string, fontText = ''): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const family = 'Noto Sans CJK SC';
  if (fontText !== lastFontText) [lastFontText, lastFontChars] = [fontText, textOf(fontText)];
  const font = existsSync(CJK_FONT)
    ? { fontFiles: await cjkFontFiles(lastFontChars + textOf(svg)), loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family }
    : { loadSystemFonts: true };
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font }).render().asPng();
}

/** The characters an SVG draws (its text content, entities decoded), or any plain text as it is. */
function textOf(svgOrText: string): string {
  if (!svgOrText.startsWith('<')) return svgOrText;
  return [...svgOrText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!))
    .join('');
}
