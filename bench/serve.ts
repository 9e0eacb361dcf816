/**
 * The built dist/ served as a static host serves it, on 127.0.0.1 at a random port:
 * sirv (the static server the project standardises on) with gzip for text types,
 * like GitHub Pages. sirv sends precompressed files only, so every text file gets a
 * .gz sibling first (Pagefind's own files are already compressed), and close()
 * removes the ones this server wrote.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.csv']);

function precompress(dir: string, written: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path, written);
    else if (COMPRESSIBLE.has(extname(entry.name)) && !existsSync(`${path}.gz`)) {
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
      written.push(`${path}.gz`);
    }
  }
}

export interface Served {
  server: Server;
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /**
   * Every response the server has finished, with the bytes it wrote for it (status
   * line, headers and body, as they go on the wire over HTTP/1.1): what a browser
   * receives, including requests made by a Web Worker, which the page's own network
   * events do not see. Empty it between measurements.
   */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** Count what the server writes for a response. */
function counting(res: ServerResponse, done: (bytes: number) => void): void {
  let body = 0;
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0);
  res.write = ((...a: unknown[]) => {
    body += size(a[0]);
    return write(...a);
  }) as typeof res.write;
  res.end = ((...a: unknown[]) => {
    if (typeof a[0] !== 'function') body += size(a[0]);
    return end(...a);
  }) as typeof res.end;
  res.on('finish', () => done(body + Buffer.byteLength((res as unknown as { _header?: string })._header ?? '')));
}

/** Serve `dist` on 127.0.0.1: index.html for folders, 404.html for anything missing, gzip when asked. */
export async function serveDist(dist = 'dist'): Promise<Served> {
  const written: string[] = [];
  precompress(dist, written);
  const notFound = existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : Buffer.from('not found');
  const handler = sirv(dist, {
    gzip: true,
    etag: false,
    maxAge: 600,
    dotfiles: false,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    },
  });
  const sent: Served['sent'] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counting(res, (bytes) => sent.push({ path, bytes }));
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    url,
    sent,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          for (const file of written) rmSync(file, { force: true });
          resolve();
        }),
      ),
  };
}
