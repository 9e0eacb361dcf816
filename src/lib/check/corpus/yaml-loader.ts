/**
 * An Astro content loader for our YAML list files (many entries per file, spread
 * over several files). It takes entries from the same reader and schemas as the
 * checker, so the site and `npm run check` can never disagree on what an entry is;
 * within one build the checked corpus is reused rather than read twice.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../../schemas/index.ts';
import { loadCorpusCached } from './load.ts';

export function yamlListLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-yaml-${collection}`,
    load: async ({ store, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const { corpus, problems } = loadCorpusCached(root);
      // The check integration has already refused the build on any error; this guards `astro sync` and dev.
      const broken = problems.filter((p) => p.severity === 'error');
      if (broken.length) throw new Error(`${broken.length} content error(s), first at ${broken[0].file}:${broken[0].line}: run npm run check`);
      store.clear();
      for (const entry of corpus[collection] as { id: string; data: Record<string, unknown>; file: string }[]) {
        // Already parsed by this collection's schema (no reference() or image() fields need
        // Astro's parseData), so it goes to the store as is instead of being validated twice.
        store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest: generateDigest(entry.data) });
      }
    },
  };
}
