/**
 * Dates that mean something: each feed item, each 最新收录 line and each sitemap
 * lastmod carries its own entry's date, as plain git commands tell it (one per
 * entry here, in the test; the build reads history once), and the lookup works in a
 * fresh clone and falls back to data, never to the build date, in a shallow one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { loadCorpus, type Corpus } from '../../src/lib/check/corpus/load.ts';
import { collectionSpecs, locationsOf, type CollectionName } from '../../src/schemas/index.ts';
import { entryDates, readHistory, sitemapLastmod } from '../../src/lib/view/added-dates.ts';
import { readDist, requireDist } from '../support/dist.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const escapeBre = (s: string) => s.replace(/[.[\]*^$\\]/g, '\\$&');
/** The git oracle below needs the whole history; CI clones are full clones. */
const SHALLOW = git('.', 'rev-parse', '--is-shallow-repository').trim() === 'true';

let corpus: Corpus;
const accessed = new Map<string, string>();
beforeAll(() => {
  requireDist();
  corpus = loadCorpus('.').corpus;
  for (const s of corpus.sources) accessed.set(s.id, (s.data as { accessed: string }).accessed);
});

/** When git says an entry was added: the first commit adding its `- id:` line (YAML) or its file (MDX). */
function gitAdded(collection: CollectionName, id: string): string | undefined {
  const spec = collectionSpecs[collection];
  const out =
    spec.format === 'mdx'
      ? git('.', 'log', '--diff-filter=A', '--format=%as', '--reverse', '--', `${spec.dir}/${id}.mdx`)
      : git('.', 'log', `-G^- id: ${escapeBre(id)}$`, '--format=%as', '--reverse', '--', ...locationsOf(spec));
  return out.split('\n')[0] || undefined;
}

/** What an entry's date must be: git's, else the access date of the source it rests on. */
function expectedAdded(collection: CollectionName, id: string): string | undefined {
  const fromGit = gitAdded(collection, id);
  if (fromGit) return fromGit;
  const entry = corpus[collection as 'claims'].find((e) => e.id === id) as { data: { source?: string } } | undefined;
  return entry?.data.source ? accessed.get(entry.data.source) : undefined;
}

const COLLECTION_OF: Record<string, CollectionName> = { claims: 'claims', events: 'events', cases: 'cases' };

describe('rss.xml', () => {
  const items = () =>
    [...readDist('rss.xml').matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
      link: new URL(/<link>([^<]+)<\/link>/.exec(m[1])![1]).pathname,
      pubDate: /<pubDate>([^<]+)<\/pubDate>/.exec(m[1])?.[1],
    }));

  it('declares itself with atom:link rel="self"', () => {
    const rss = readDist('rss.xml');
    expect(rss).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const site = /<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(rss)![1];
    expect(rss).toContain(`<atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>`);
  });

  it.skipIf(SHALLOW)('each item carries the day its own entry was added (git, per entry even inside multi-entry YAML files), newest first', () => {
    const list = items();
    expect(list.length).toBeGreaterThan(10);
    const days = list.map(({ link, pubDate }) => {
      const [, dir, id] = link.split('/');
      expect(pubDate, link).toBeDefined();
      const day = new Date(pubDate!).toISOString().slice(0, 10);
      expect(day, link).toBe(expectedAdded(COLLECTION_OF[dir], id));
      return day;
    });
    expect([...days].sort().reverse()).toEqual(days);
  });

  it.skipIf(SHALLOW)('is not dated by the build: a build dated elsewhere (ATLAS_BUILD_DATE) gives the same items their same days', () => {
    const generated = (JSON.parse(readDist('data/claims.json')) as { generated: string }).generated;
    const newest = items()[0];
    const [, dir, id] = newest.link.split('/');
    // The newest item is never later than the last commit or the latest access date.
    const lastCommit = git('.', 'log', '-1', '--format=%as').trim();
    const day = new Date(newest.pubDate!).toISOString().slice(0, 10);
    expect(day <= [lastCommit, ...accessed.values()].sort().at(-1)!).toBe(true);
    if (generated > lastCommit) expect(day).not.toBe(generated);
    expect(day).toBe(expectedAdded(COLLECTION_OF[dir], id));
  });
});

describe('最新收录 on the home page', () => {
  it.skipIf(SHALLOW)('shows the newest entries with their added dates, as the feed does', () => {
    const home = parse(readDist('index.html'));
    const heading = home.querySelectorAll('h2').find((h) => h.text.trim() === '最新收录')!;
    let list = heading.nextElementSibling;
    while (list && list.tagName !== 'UL' && list.tagName !== 'OL') list = list.nextElementSibling;
    const rows = list!
      .querySelectorAll('li')
      .map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, day: li.querySelector('.meta')!.text.trim() }));
    expect(rows.length).toBeGreaterThan(3);
    for (const { href, day } of rows) {
      const [, dir, id] = href.split('/');
      expect(day, href).toBe(expectedAdded(COLLECTION_OF[dir], id));
    }
  });
});

describe('history in other clones', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'atlas-history-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a fresh full clone dates every committed entry as this checkout does', () => {
    const clone = join(tmp, 'full');
    git('.', 'clone', '--quiet', '--no-checkout', resolve('.'), clone);
    const here = readHistory(resolve('.'));
    const there = readHistory(clone);
    expect(there.size).toBeGreaterThan(100);
    expect([...there]).toEqual([...here]);
  });

  it('a shallow clone knows no added date for what its boundary commit holds, and the fallback is the source’s access date', () => {
    const clone = join(tmp, 'shallow');
    git('.', 'clone', '--quiet', '--no-checkout', '--depth', '1', `file://${resolve('.')}`, clone);
    const history = readHistory(clone);
    expect(history.size).toBeGreaterThan(100);
    for (const [key, d] of history) expect(d.added, key).toBeUndefined();
    const dates = entryDates(corpus as never, history);
    for (const c of corpus.claims.slice(0, 50)) expect(dates('claims', c.id).added).toBe(accessed.get((c.data as { source: string }).source));
  });

  it('without git at all there is no date from history (and so none made up)', () => {
    expect(readHistory(tmp).size).toBe(0);
  });
});

describe('sitemap', () => {
  it('entry pages carry lastmod, the day the entry last changed', () => {
    const xml = readDist('sitemap-0.xml');
    const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: m[1], lastmod: m[2] }));
    const lastmod = sitemapLastmod(resolve('.'));
    let dated = 0;
    for (const { loc, lastmod: got } of urls) {
      const want = lastmod(loc);
      if (!want) continue;
      dated++;
      expect(got?.slice(0, 10), loc).toBe(want);
    }
    expect(dated).toBeGreaterThan(corpus.claims.length);
    const caseUrl = urls.find((u) => u.loc.endsWith(`/cases/${corpus.cases[0].id}/`))!;
    expect(caseUrl.lastmod, caseUrl.loc).toBeDefined();
  });
});
