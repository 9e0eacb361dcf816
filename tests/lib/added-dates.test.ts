/**
 * First-added and last-changed dates, which case citations print and the feed and sitemap
 * use: replayed from hand-written `git log -p -U0` output, entry by entry; a shallow
 * clone's boundary gives no date; the fallback is a source's access date, never today.
 */
import { describe, expect, it } from 'vitest';
import { datesFromLog, entryDates, collectionOfPath } from '../../src/lib/view/added-dates.ts';

/** A `git log --first-parent --reverse -p -U0 --format=%x00%H %as` as git writes it. */
function commit(sha: string, date: string, ...files: string[]): string {
  return `\u0000${sha} ${date}\n\n${files.join('')}`;
}
function newFile(path: string, lines: string[]): string {
  return `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`;
}
function edit(path: string, header: string, removed: string[], added: string[]): string {
  return `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n${header}\n${[...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n')}\n`;
}

describe('entry dates from git history', () => {
  const log = [
    commit(
      'a1',
      '2026-11-20',
      newFile('data/claims/ks.yaml', ['# claims', '- id: one', '  value: 1', '- id: two', '  value: 2']),
      newFile('content/cases/shunzi.mdx', ['---', 'name: 顺子说茶', '---']),
    ),
    // An entry appended to an old file, and a change to an existing entry.
    commit('b2', '2026-11-25', edit('data/claims/ks.yaml', '@@ -5 +5,3 @@', ['  value: 2'], ['  value: 20', '- id: three', '  value: 3'])),
    // The case's prose changes; `one` moves, unchanged, to another file.
    commit(
      'c3',
      '2026-12-01',
      edit('content/cases/shunzi.mdx', '@@ -3,0 +4 @@', [], ['正文']),
      edit('data/claims/ks.yaml', '@@ -2,2 +1,0 @@', ['- id: one', '  value: 1'], []),
      newFile('data/claims/other.yaml', ['- id: one', '  value: 1']),
    ),
  ].join('');

  it('dates each entry of a multi-entry file on its own, and keeps a moved entry’s dates', () => {
    const h = datesFromLog(log);
    expect(h.get('claims/one')).toEqual({ added: '2026-11-20', changed: '2026-11-20' });
    expect(h.get('claims/two')).toEqual({ added: '2026-11-20', changed: '2026-11-25' });
    expect(h.get('claims/three')).toEqual({ added: '2026-11-25', changed: '2026-11-25' });
    expect(h.get('cases/shunzi')).toEqual({ added: '2026-11-20', changed: '2026-12-01' });
  });
  it('gives no date for what a shallow clone’s boundary commit holds', () => {
    const h = datesFromLog(log, new Set(['a1']));
    expect(h.get('claims/two')).toEqual({ changed: '2026-11-25' });
    expect(h.get('claims/three')).toEqual({ added: '2026-11-25', changed: '2026-11-25' });
    expect(h.get('cases/shunzi')).toEqual({ changed: '2026-12-01' });
  });
  it('knows which files hold which collection', () => {
    expect(collectionOfPath('data/sources.yaml')?.collection).toBe('sources');
    expect(collectionOfPath('data/sources/kuaishou.yaml')?.collection).toBe('sources');
    expect(collectionOfPath('content/cases/a.mdx')).toEqual({ collection: 'cases', format: 'mdx' });
    expect(collectionOfPath('data/evidence/x.yaml')).toBeUndefined();
  });
  it('falls back to the source’s access date, never today', () => {
    const corpus = {
      sources: [
        { id: 's1', data: { accessed: '2026-10-01' } },
        { id: 's2', data: { accessed: '2026-10-05' } },
      ],
      claims: [
        { id: 'c1', data: { source: 's1', subject: 'case/shunzi' } },
        { id: 'c2', data: { source: 's2', subject: 'case/shunzi' } },
      ],
      events: [{ id: 'e1', data: { source: 's2' } }],
    };
    const dates = entryDates(corpus, new Map([['claims/c2', { changed: '2026-11-25' }]]));
    expect(dates('claims', 'c1')).toEqual({ added: '2026-10-01', changed: '2026-10-01' });
    expect(dates('claims', 'c2')).toEqual({ added: '2026-10-05', changed: '2026-11-25' });
    expect(dates('events', 'e1')).toEqual({ added: '2026-10-05', changed: '2026-10-05' });
    expect(dates('cases', 'shunzi')).toEqual({ added: '2026-10-01', changed: '2026-10-05' });
    expect(dates('cases', 'nobody')).toEqual({ added: undefined, changed: undefined });
  });
});
