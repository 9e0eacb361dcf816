import { z } from 'astro/zod';
import { id, idList, text } from './fields.ts';

/** A glossary entry. */
export const termSchema = z
  .object({
    id,
    /** The term as written in Chinese: 公域. */
    term: text,
    /** English rendering. */
    en: text,
    /** Other spellings and synonyms, searchable. */
    aliases: z.array(text).default([]),
    /** Definition in our own words. */
    definition: text,
    /** Related term ids. */
    related: idList,
    /** A source id where the articles use the term. */
    source: id.optional(),
  })
  .strict();

export type Term = z.infer<typeof termSchema>;
