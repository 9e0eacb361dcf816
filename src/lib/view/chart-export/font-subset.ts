/**
 * The CJK font the PNG renderer draws with, cut to the characters the charts use.
 * resvg reads a font file anew for every glyph it draws, so a 20 MB collection costs about
 * a second per chart. The faces are cut (HarfBuzz's subsetter, in WebAssembly) to the
 * characters the charts use, once per set of characters, into small temporary files.
 * Without HarfBuzz the whole collection is used: slower, the same picture.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's fonts-noto-cjk (CI installs it): without a CJK font the Chinese would draw as boxes. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
/** Faces in Noto Sans CJK's collections: JP, KR, SC, TC, HK …; Simplified Chinese is the third. */
const SC_FACE = 2;

interface Subsetter {
  subset(text: string): Buffer[];
}

let subsetter: Promise<Subsetter | undefined> | undefined;
function loadSubsetter(files: string[]): Promise<Subsetter | undefined> {
  subsetter ??= (async () => {
    try {
      const require = createRequire(join(process.cwd(), 'package.json'));
      const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
      const { instance } = await WebAssembly.instantiate(wasm);
      const hb = instance.exports as Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };
      (hb._initialize as (() => void) | undefined)?.();
      const faces = files.map((file) => {
        const bytes = readFileSync(file);
        const ptr = hb.malloc(bytes.byteLength);
        new Uint8Array(hb.memory.buffer).set(bytes, ptr);
        const blob = hb.hb_blob_create(ptr, bytes.byteLength, 1 /* read-only */, 0, 0);
        const face = hb.hb_face_create(blob, SC_FACE);
        hb.hb_blob_destroy(blob);
        return face;
      });
      return {
        subset(text: string) {
          return faces.map((face) => {
            const input = hb.hb_subset_input_create_or_fail();
            const unicodes = hb.hb_subset_input_unicode_set(input);
            for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
            const out = hb.hb_subset_or_fail(face, input);
            hb.hb_subset_input_destroy(input);
            if (!out) throw new Error('HarfBuzz could not subset the CJK font');
            const blob = hb.hb_face_reference_blob(out);
            // Copy out before the next call can grow (and move) the wasm memory.
            const data = Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)));
            hb.hb_blob_destroy(blob);
            hb.hb_face_destroy(out);
            return data;
          });
        },
      };
    } catch {
      return undefined; // the whole collection then, slower but the same picture
    }
  })();
  return subsetter;
}

let fontDir: string | undefined;
const subsetFiles = new Map<string, Promise<string[]>>();

/** Font files covering `text`: subsets of Noto Sans CJK SC (regular and bold), or the collections themselves. */
export async function cjkFontFiles(text: string): Promise<string[]> {
  const files = [CJK_FONT, ...(existsSync(CJK_BOLD) ? [CJK_BOLD] : [])];
  const key = [...new Set(text)].sort().join('');
  // (A chart's characters are usually all in `fontText` already: then the key is the same.)
  let hit = subsetFiles.get(key);
  if (!hit) {
    hit = (async () => {
      const hb = await loadSubsetter(files);
      if (!hb) return files;
      if (!fontDir) {
        const dir = mkdtempSync(join(tmpdir(), 'atlas-chart-fonts-'));
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
        fontDir = dir;
      }
      return hb.subset(key).map((data, i) => {
        const path = join(fontDir!, `${createHash('sha256').update(key).digest('hex').slice(0, 12)}-${i}.otf`);
        writeFileSync(path, data);
        return path;
      });
    })();
    subsetFiles.set(key, hit);
  }
  return hit;
}
