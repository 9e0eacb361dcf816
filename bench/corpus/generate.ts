/**
 * The whole synthetic corpus for a size and a seed. Each part draws from its own
 * forked generator, so the output depends only on --size and --seed, and adding
 * draws to one part does not shift another.
 */
import { Rng } from './rng.ts';
import { generateCatalog } from './catalog.ts';
import { generateCases, generateClaims } from './claims.ts';
import { generateExtras, generateProse } from './prose-extras.ts';
import { countsFor, type Corpus } from './types.ts';

export function generateCorpus(size: number, seed = 20240601): Corpus {
  const counts = countsFor(size);
  const root = new Rng(seed);
  const catalog = generateCatalog(root, counts);
  const cases = generateCases(root, counts, catalog);
  const claims = generateClaims(root, counts, catalog, cases);
  const prose = generateProse(root, catalog, cases, claims);
  const extras = generateExtras(root, counts, catalog, claims);
  return {
    measures: catalog.measures,
    platforms: catalog.platforms,
    models: prose.models,
    sources: catalog.sources,
    cases: prose.cases,
    claims,
    ...extras,
    platformBodies: prose.platformBodies,
  };
}
