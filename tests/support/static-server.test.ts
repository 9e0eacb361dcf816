/** The test server behaves as the static hosts the site is built for: folder index, 404 page, no escape from the folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from './static-server.ts';

describe('serveDist', () => {
  let outer: string;
  let server: DistServer;
  beforeAll(async () => {
    // The served folder, and beside it a file no request may reach.
    outer = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    const dir = join(outer, 'dist');
    mkdirSync(join(dir, 'cases/a'), { recursive: true });
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'cases/a/index.html'), '<p>案例</p>');
    writeFileSync(join(dir, '404.html'), '<p>not here</p>');
    writeFileSync(join(dir, 'data.json'), '{"a":1}');
    writeFileSync(join(outer, 'secret.txt'), 'secret');
    server = await serveDist(dir);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(outer, { recursive: true, force: true });
  });
  /** A GET with the path sent exactly as written (fetch would resolve the dots first). */
  const get = (path: string) =>
    new Promise<{ status?: number; type?: string; body: string }>((done, fail) => {
      request(server.url, { path }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'], body }));
      })
        .on('error', fail)
        .end();
    });

  it('serves a folder’s index.html, with or without the slash, and ignores the query', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await get('/cases/a/')).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/), body: '<p>案例</p>' });
    expect(await get('/cases/a')).toMatchObject({ status: 200, body: '<p>案例</p>' });
    expect(await get('/cases/a/?q=%E5%BF%AB%E6%89%8B')).toMatchObject({ status: 200, body: '<p>案例</p>' });
    expect(await get('/data.json')).toMatchObject({ status: 200, type: 'application/json', body: '{"a":1}' });
  });

  it('answers anything missing with 404.html and status 404, and never leaves the folder', async () => {
    for (const path of ['/nope/', '/empty/', '/cases/b', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])
      expect(await get(path), path).toMatchObject({ status: 404, body: '<p>not here</p>' });
  });
});
