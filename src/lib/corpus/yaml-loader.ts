/**
 * An Astro content loader for our YAML list files (many entries per file, spread
 * over several files). It reads entries with the same reader as the checker, so
 * the site and `npm run check` can never disagree on what an entry is.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../schemas/index.ts';
import { readCollection } from './load.ts';

export function yamlListLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-yaml-${collection}`,
    load: async ({ store, parseData, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const { entries } = readCollection(root, collection);
      store.clear();
      for (const entry of entries) {
        const id = String(entry.id);
        const data = await parseData({ id, data: entry.data, filePath: entry.file });
        store.set({ id, data, filePath: entry.file, digest: generateDigest(entry.data) });
      }
    },
  };
}
