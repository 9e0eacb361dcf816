/**
 * Atlas pages' references come from one rendered shape per date (cite/page.ts): they
 * must be exactly what citeproc gives the page's own item, for every case the atlas has
 * and for titles that must not take the shortcut.
 */
import { describe, expect, it } from 'vitest';
import { atlasPageCsl } from '../../src/lib/view/cite/csl.ts';
import { renderAll } from '../../src/lib/view/cite/render.ts';
import { atlasPageReferences } from '../../src/lib/view/cite/page.ts';
import { loadCorpusCached } from '../../src/lib/check/corpus/load.ts';

const cases = loadCorpusCached(process.cwd()).corpus.cases as { id: string; data: { name: string } }[];
const page = (title: string, changed?: string) =>
  atlasPageCsl({ id: `case-${title}`, title, url: `https://commerce-atlas.github.io/cases/${encodeURIComponent(title)}/`, changed });

describe('atlas page references from the shared shape', () => {
  it('equal citeproc’s own rendering for every case, dated and undated', () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases)
      for (const changed of ['2026-11-22', '2024-02-29', undefined]) {
        const item = page(c.data.name, changed);
        expect(atlasPageReferences(item), `${c.id} ${changed}`).toEqual(renderAll(item));
      }
  });
  it('equal it for titles with Latin letters, punctuation or quotes, which are rendered whole', () => {
    for (const title of ['Ubras', '问题？', '“快”品牌', 'pop mart 泡泡玛特', '三只松鼠 · 2023']) {
      const item = page(title, '2026-11-22');
      expect(atlasPageReferences(item), title).toEqual(renderAll(item));
    }
  });
  it('put each page’s own title and address in its references', () => {
    const refs = atlasPageReferences(page('顺子说茶', '2026-11-22'));
    for (const text of Object.values(refs)) {
      expect(text).toContain('顺子说茶');
      expect(text).toContain('https://commerce-atlas.github.io/cases/');
      expect(text).not.toMatch(/stand-in|標題佔位/);
    }
  });
});
