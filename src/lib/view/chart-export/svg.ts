/**
 * A series as a standalone SVG: title, subtitle, the line with labelled points, the
 * source line and the atlas URL, all drawn in (as Our World in Data's downloads are),
 * so the picture carries its citation wherever it is pasted. The PNG is this SVG
 * rendered (png.ts).
 */
import { layoutLine } from '../series.ts';
import type { ExportSeries } from './series.ts';
import { atlasLine, sourceLines, SUBTITLE } from './source-line.ts';

/** Text safe in XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const WIDTH = 800;
const MARGIN = 24;

/** Width of a text in em: CJK and full-width characters one em, the rest about half. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff
        ? 1
        : /[A-Z0-9mwMW@%]/.test(ch)
          ? 0.62
          : 0.52;
  return w;
}

/** Break a text into lines of at most `maxEm` em, between CJK characters or at spaces. */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:;/?&=%#_~+@'"()\-–—]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.trim() && emWidth(line + token) > maxEm && !/^[，。；：、）》,.;:)]/.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
    // A single token wider than a line (a long URL) is cut where it must be.
    while (emWidth(line) > maxEm) {
      let cut = line.length;
      while (cut > 1 && emWidth(line.slice(0, cut)) > maxEm) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A standalone SVG of the series: title, line with labelled points, source line and atlas URL. */
export function chartSvg(series: ExportSeries, site?: URL | string): string {
  const esc = escapeXml;
  const chartTop = 78;
  const g = layoutLine(series.points, { width: WIDTH, height: 300, labelGap: 78 });
  const footSize = 12;
  const maxEm = (WIDTH - 2 * MARGIN) / footSize;
  const foot = [...sourceLines(series).flatMap((l) => wrapText(l, maxEm)), ...wrapText(atlasLine(series, site), maxEm)];
  const footTop = chartTop + g.height + 22;
  const height = footTop + foot.length * 18 + 14;
  const titleLines = wrapText(series.title, (WIDTH - 2 * MARGIN) / 22).slice(0, 1);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT_FAMILY)}">`,
  );
  out.push(`<title>${esc(series.title)}</title>`);
  out.push(`<desc>${esc([SUBTITLE, ...sourceLines(series), atlasLine(series, site)].join(' '))}</desc>`);
  out.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN}" y="40" font-size="22" font-weight="700" fill="#111111">${esc(titleLines[0] ?? '')}</text>`);
  out.push(`<text x="${MARGIN}" y="64" font-size="13" fill="#555555">${esc(SUBTITLE)}</text>`);
  out.push(`<g transform="translate(0 ${chartTop})">`);
  out.push(`<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${g.plot.bottom}" y2="${g.plot.bottom}" stroke="#999999" stroke-width="1"/>`);
  out.push(`<path d="${g.path}" fill="none" stroke="#1f5fa8" stroke-width="2.5" stroke-linejoin="round"/>`);
  for (const p of g.points) {
    const official = p.claim.kind === 'official';
    out.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4.5" fill="${official ? '#1f5fa8' : '#ffffff'}" stroke="#1f5fa8" stroke-width="2"/>`,
    );
    if (p.labelled) {
      out.push(
        `<text x="${p.x.toFixed(1)}" y="${(p.y - 10).toFixed(1)}" font-size="12" text-anchor="middle" fill="#111111">${esc(p.claim.valueText)}</text>`,
      );
      out.push(
        `<text x="${p.x.toFixed(1)}" y="${g.plot.bottom + 18}" font-size="11" text-anchor="middle" fill="#555555">${esc(p.claim.periodText)}</text>`,
      );
    }
  }
  out.push('</g>');
  out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${footTop - 14}" y2="${footTop - 14}" stroke="#dddddd" stroke-width="1"/>`);
  foot.forEach((line, i) => out.push(`<text x="${MARGIN}" y="${footTop + i * 18}" font-size="${footSize}" fill="#555555">${esc(line)}</text>`));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
