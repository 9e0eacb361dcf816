/**
 * The built dist/ served as a static host serves it, on 127.0.0.1 at a random port:
 * sirv (the static server the project standardises on) with gzip for text types,
 * like GitHub Pages. sirv sends precompressed files only, so every text file gets a
 * .gz sibling first (Pagefind's own files are already compressed), and close()
 * removes the ones this server wrote.
 */
import { createServer, type Server } from 'node:http';
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
  close(): Promise<void>;
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
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          for (const file of written) rmSync(file, { force: true });
          resolve();
        }),
      ),
  };
}
