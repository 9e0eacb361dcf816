/** The generator's word pools, in two files to keep each readable. */
export * from './vocab-names.ts';
export * from './vocab-words.ts';
