/**
 * Where an MDX file's front matter is: the YAML between a `---` line at the very top and
 * the next `---` line, and the body after it. One reading for the checker
 * (read-entries.ts) and the data diff (data-diff.ts), so both agree on where the front
 * matter ends and the prose begins. Parsing the YAML is left to the caller: the checker
 * needs positions, the diff only values.
 */

const FRONT_MATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface FrontMatter {
  /** The YAML between the two `---` lines; it starts on line 2 of the file. */
  yaml: string;
  /** The text after the closing `---` line. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

/** The front matter and body of an MDX file's text, or undefined when it does not start with front matter. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER_RE.exec(text);
  if (!match) return undefined;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
