/**
 * Parse contributed MDX with the unified/remark stack (remark-parse, remark-mdx,
 * remark-gfm) to look at it before anything compiles or runs it. This is
 * independent of the processor Astro renders with.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type MdxParse = { ok: true; tree: Root } | { ok: false; line: number; column: number; reason: string };

// The guard, the bare-number scan and the <Claim> lookup all read the same body:
// parse each body once. Trees are read-only for every caller.
const parsed = new Map<string, MdxParse>();

export function parseMdx(body: string): MdxParse {
  let result = parsed.get(body);
  if (!result) {
    result = parseUncached(body);
    if (parsed.size > 5000) parsed.clear();
    parsed.set(body, result);
  }
  return result;
}

function parseUncached(body: string): MdxParse {
  try {
    return { ok: true, tree: processor.runSync(processor.parse(body)) as Root };
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      reason?: string;
      message?: string;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    return { ok: false, line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1, reason: e.reason ?? e.message ?? String(error) };
  }
}

type AnyNode = RootContent | Root;

/** Depth-first walk; `visit` returns false to skip a node's children. */
export function walk(node: AnyNode, visit: (node: AnyNode, ancestors: AnyNode[]) => boolean | void, ancestors: AnyNode[] = []): void {
  if (visit(node, ancestors) === false) return;
  const children = (node as { children?: AnyNode[] }).children;
  if (children) for (const child of children) walk(child, visit, [...ancestors, node]);
}
