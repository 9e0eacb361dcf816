/**
 * Collections: where entries live and which schema validates them. The table of
 * locations and schemas is shared with the checker (src/schemas/index.ts); ids are
 * plain strings resolved by the integrity rules, because Astro's reference() lets
 * a dangling id through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs } from './schemas/index.ts';
import { yamlListLoader } from './lib/corpus/yaml-loader.ts';

const yaml = (name: 'sources' | 'measures' | 'claims' | 'events' | 'terms' | 'disagreements') =>
  defineCollection({ loader: yamlListLoader(name), schema: collectionSpecs[name].schema });

const mdx = (name: 'cases' | 'platforms' | 'models') =>
  defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${collectionSpecs[name].dir}` }), schema: collectionSpecs[name].schema });

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
};
