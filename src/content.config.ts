/**
 * Collections, from the registry (src/schemas/index.ts): where entries live and which
 * schema validates them. Ids are plain strings resolved by the integrity rules,
 * because Astro's reference() lets a dangling id through.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collectionSpecs, COLLECTION_NAMES, type CollectionName, type CollectionSpec } from './schemas/index.ts';
import { yamlListLoader } from './lib/check/corpus/yaml-loader.ts';

type Specs = typeof collectionSpecs;

function collectionFor(name: CollectionName) {
  const spec: CollectionSpec = collectionSpecs[name];
  const loader = spec.format === 'yaml' ? yamlListLoader(name) : glob({ pattern: '*.mdx', base: `./${spec.dir}` });
  return defineCollection({ loader, schema: spec.schema });
}

/*
 * Built in a loop over the registry and typed by the mapped type below, which names
 * each collection's own schema: Astro infers entry data from `schema`, and an
 * inferred CollectionConfig type widens it to BaseSchema (data: unknown).
 */
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionFor(name)])) as {
  [N in CollectionName]: { loader: Loader; schema: Specs[N]['schema'] };
};
