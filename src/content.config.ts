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
import { yamlListLoader } from './lib/check/corpus/yaml-loader.ts';

// Each collection is spelled out (not built in a generic helper) because a helper's
// generic return type widens the schema to BaseSchema and every entry's data to unknown.
const mdxGlob = (name: 'cases' | 'platforms' | 'models' | 'markets' | 'companies') =>
  glob({ pattern: '*.mdx', base: `./${collectionSpecs[name].dir}` });
const s = collectionSpecs;

export const collections = {
  sources: defineCollection({ loader: yamlListLoader('sources'), schema: s.sources.schema }),
  measures: defineCollection({ loader: yamlListLoader('measures'), schema: s.measures.schema }),
  claims: defineCollection({ loader: yamlListLoader('claims'), schema: s.claims.schema }),
  events: defineCollection({ loader: yamlListLoader('events'), schema: s.events.schema }),
  terms: defineCollection({ loader: yamlListLoader('terms'), schema: s.terms.schema }),
  disagreements: defineCollection({ loader: yamlListLoader('disagreements'), schema: s.disagreements.schema }),
  cases: defineCollection({ loader: mdxGlob('cases'), schema: s.cases.schema }),
  platforms: defineCollection({ loader: mdxGlob('platforms'), schema: s.platforms.schema }),
  models: defineCollection({ loader: mdxGlob('models'), schema: s.models.schema }),
  markets: defineCollection({ loader: mdxGlob('markets'), schema: s.markets.schema }),
  companies: defineCollection({ loader: mdxGlob('companies'), schema: s.companies.schema }),
} satisfies Record<CollectionName, unknown>;
