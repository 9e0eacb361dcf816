/**
 * Collections, from the registry (src/schemas/index.ts): where entries live and which
 * schema validates them. Ids are plain strings resolved by the integrity rules,
 * because Astro's reference() lets a dangling id through. Each collection is named
 * once here only so TypeScript keeps its own entry type; `satisfies` fails the type
 * check if this list and the registry ever differ.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './schemas/index.ts';
import { yamlListLoader } from './lib/corpus/yaml-loader.ts';

type Specs = typeof collectionSpecs;
type YamlName = { [K in CollectionName]: Specs[K]['format'] extends 'yaml' ? K : never }[CollectionName];
type MdxName = Exclude<CollectionName, YamlName>;

const yaml = <N extends YamlName>(name: N) => defineCollection({ loader: yamlListLoader(name), schema: collectionSpecs[name].schema as Specs[N]['schema'] });
const mdx = <N extends MdxName>(name: N) =>
  defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${collectionSpecs[name].dir}` }), schema: collectionSpecs[name].schema as Specs[N]['schema'] });

export const collections = {
  sources: yaml('sources'),
  measures: yaml('measures'),
  claims: yaml('claims'),
  events: yaml('events'),
  terms: yaml('terms'),
  disagreements: yaml('disagreements'),
  cases: mdx('cases'),
  platforms: mdx('platforms'),
  models: mdx('models'),
  markets: mdx('markets'),
  companies: mdx('companies'),
} satisfies Record<CollectionName, unknown>;
