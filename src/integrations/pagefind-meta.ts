/**
 * Read Pagefind's metadata file: the index chunk boundaries, so the search page can
 * tell which index chunks a query needs before Pagefind has loaded (see
 * src/lib/view/search-chunks.ts), and the pages, to name each page's result record
 * by its fragment hash (pagefind-records.ts). pagefind.<hash>.pf_meta is gzip over
 * "pagefind_dcd" followed by CBOR: [version, pages, index_chunks, filters, sorts],
 * each page [hash, word count], each index chunk [from, to, hash]
 * (pagefind/src/index/index_metadata.rs).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** [first word, last word, file hash] of each index chunk, in Pagefind's order. */
export type ChunkBoundaries = [from: string, to: string, hash: string][];

/** Just enough CBOR (RFC 8949) for Pagefind's metadata: definite lengths, integers, strings, arrays, maps. */
function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const start = at;
    at += size;
    if (size === 1) return view.getUint8(start);
    if (size === 2) return view.getUint16(start);
    if (size === 4) return view.getUint32(start);
    if (size === 8) return Number(view.getBigUint64(start));
    throw new Error(`CBOR: unsupported length ${info}`);
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22 || info === 23) return null;
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        at += n;
        return bytes.slice(at - n, at);
      case 3:
        at += n;
        return text.decode(bytes.subarray(at - n, at));
      case 4:
        return Array.from({ length: n }, item);
      case 5:
        return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  return item();
}

function readMeta(metaFile: string): unknown[] {
  const raw = gunzipSync(readFileSync(metaFile));
  const signature = 'pagefind_dcd';
  if (new TextDecoder().decode(raw.subarray(0, signature.length)) !== signature) throw new Error(`${metaFile} is not a Pagefind metadata file`);
  return decodeCbor(raw.subarray(signature.length)) as unknown[];
}

/** [fragment hash, word count] of each indexed page, in page-number order. */
export function readPages(metaFile: string): [hash: string, words: number][] {
  const pages = readMeta(metaFile)[1];
  if (!Array.isArray(pages) || !pages.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number'))
    throw new Error(`${metaFile}: pages are not [hash, word count] (a new Pagefind metadata format?)`);
  return pages as [string, number][];
}

export function readChunkBoundaries(metaFile: string): ChunkBoundaries {
  const meta = readMeta(metaFile);
  const chunks = meta[2] as unknown[];
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string')))
    throw new Error(`${metaFile}: index chunks are not [from, to, hash] (a new Pagefind metadata format?)`);
  return chunks as ChunkBoundaries;
}
