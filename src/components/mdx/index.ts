/** The allow-listed components contributors may use in MDX (see src/lib/check/mdx/guard.ts). */
import Claim from './Claim.astro';
import Note from './Note.astro';

export const mdxComponents = { Claim, Note };
