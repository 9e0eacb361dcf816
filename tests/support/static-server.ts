/**
 * The built site (dist/) served on 127.0.0.1 and a random port, for the built-site and
 * browser tests and the review screenshots (no network beyond loopback). The serving is
 * sirv's, which behaves as static hosts do: a folder's index.html for /folder/ (and
 * /folder), page.html for /page, query strings ignored, paths outside the folder
 * refused; anything missing gets 404.html with status 404.
 *
 * No compression: tests read sizes from the files themselves (tests/built/budgets.test.ts),
 * and Pagefind's index files are compressed already.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface DistServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  close(): Promise<void>;
  server: Server;
}

export async function serveDist(dir = 'dist'): Promise<DistServer> {
  const root = resolve(dir);
  const notFound = join(root, '404.html');
  const serve = sirv(root, {
    // Look each file up on disk when asked (and send no-store) rather than listing dist/
    // once at start: what is served is exactly what the build left, nothing cached.
    dev: true,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    },
  });
  const server = createServer((req, res) => serve(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
