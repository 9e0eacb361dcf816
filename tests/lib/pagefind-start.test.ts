/** The build's two edits to Pagefind's pagefind.js (src/integrations/pagefind-start.ts). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editOnce, editPagefindStart, ENTRY_FETCH, entryToken, POLL_EDIT, SEGMENTER_EDIT } from '../../src/integrations/pagefind-start.ts';

/** A pagefind.js holding the edited texts as Pagefind 1.4.0 writes them. */
const PAGEFIND_14 = [
  'async getPtr(){',
  POLL_EDIT.find,
  'return this.raw_ptr}',
  'async search(term){let segments;',
  SEGMENTER_EDIT.find,
  'segments=[...new Intl.Segmenter(trueLanguage,{granularity:"grapheme"}).segment(term)].map(({segment})=>segment)}else{segments=[...term]}}',
  'async loadEntry(){let entry_response=await fetch(`${this.basePath}',
  ENTRY_FETCH,
  '`);}',
].join('');

function pagefindDir(js: string, entry = '{"version":"1.4.0","languages":{}}') {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
  writeFileSync(join(dir, 'pagefind.js'), js);
  writeFileSync(join(dir, 'pagefind-entry.json'), entry);
  return dir;
}

describe('editPagefindStart', () => {
  it('shortens the wait and names the entry file by its content', () => {
    const dir = pagefindDir(PAGEFIND_14);
    const { entryHref } = editPagefindStart(dir);
    const js = readFileSync(join(dir, 'pagefind.js'), 'utf8');
    expect(js).toContain('await asyncSleep(4)');
    expect(js).not.toContain('asyncSleep(50)');
    expect(js).not.toContain('Date.now()');
    expect(entryHref).toMatch(/^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/);
    expect(js).toContain(entryHref.replace('/pagefind/', '${this.basePath}'));
  });

  it('makes no grapheme segmenter for a query of Han characters and ASCII, and one for any other', () => {
    const dir = pagefindDir(PAGEFIND_14);
    editPagefindStart(dir);
    const js = readFileSync(join(dir, 'pagefind.js'), 'utf8');
    const search = /async search\(term\)\{(.*?)\}async loadEntry/s.exec(js)![1];
    const made: string[] = [];
    const Intl = {
      Segmenter: class {
        constructor() {
          made.push('segmenter');
        }
        segment(t: string) {
          return [...t].map((segment) => ({ segment }));
        }
      },
    };
    const run = new Function('Intl', 'trueLanguage', 'term', `${search}; return segments;`) as (i: unknown, l: string, t: string) => string[];
    expect(run(Intl, 'zh-cn', '视频号 GMV')).toEqual([...'视频号 GMV']);
    expect(made).toHaveLength(0);
    run(Intl, 'zh-cn', '視頻號，復購率');
    expect(made).toHaveLength(1);
  });

  it('gives a new index a new entry name, and the same index the same name', () => {
    expect(entryToken('{"a":1}')).toBe(entryToken('{"a":1}'));
    expect(entryToken('{"a":1}')).not.toBe(entryToken('{"a":2}'));
  });

  it('stops the build, saying which edit and where to look, when Pagefind changed the code', () => {
    const dir = pagefindDir(PAGEFIND_14.replace('asyncSleep(50)', 'asyncSleep(100)'));
    expect(() => editPagefindStart(dir)).toThrow(
      /contains `while\(this\.raw_ptr===null\)\{await asyncSleep\(50\)\}` 0 times.*polls.*pagefind-start\.ts/,
    );
    // Nothing half-edited is written.
    expect(readFileSync(join(dir, 'pagefind.js'), 'utf8')).toContain('Date.now()');
  });

  it('refuses text that occurs twice, where it cannot know which to edit', () => {
    expect(() => editOnce('xx', 'x', 'y', 'test')).toThrow(/2 times, not once/);
    expect(editOnce('a$&b', '$&', '$1', 'test')).toBe('a$1b');
  });
});
