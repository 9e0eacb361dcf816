/**
 * Collections, derived from the registry (src/schemas/index.ts): where entries live
 * and which schema validates them. Ids are plain strings resolved by the integrity
 * rules, because Astro's reference() lets a dangling id through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName, type CollectionSpec } from './schemas/index.ts';
import { yamlListLoader } from './lib/corpus/yaml-loader.ts';

function collectionFor(name: CollectionName, spec: CollectionSpec) {
  return spec.format === 'yaml'
    ? defineCollection({ loader: yamlListLoader(name), schema: spec.schema })
    : defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${spec.dir}` }), schema: spec.schema });
}

export const collections = Object.fromEntries(
  Object.entries(collectionSpecs).map(([name, spec]) => [name, collectionFor(name as CollectionName, spec)]),
) as { [K in CollectionName]: ReturnType<typeof collectionFor> };
