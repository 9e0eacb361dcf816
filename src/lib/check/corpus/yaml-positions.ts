/**
 * Parse YAML while keeping positions, so a problem can name the line and column
 * of the exact field. Astro's own loaders report file:0:0; ours must not.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node, type Document } from 'yaml';
import type { Position } from '../problems.ts';

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYamlWithPositions(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** Position of a character offset, shifted by `lineOffset` lines (for front matter). */
export function positionOf(lineCounter: LineCounter, offset: number, lineOffset = 0): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line: line + lineOffset, column: col };
}

/**
 * Find the node at `path` under `node` (map keys and list indexes). Returns the
 * deepest node that exists, so a missing field points at its parent entry, and
 * a present field points at its key.
 */
export function nodeAtPath(node: Node | null | undefined, path: ReadonlyArray<PropertyKey>): { node: Node; key?: Node } | undefined {
  if (!node) return undefined;
  let current: { node: Node; key?: Node } = { node };
  for (const segment of path) {
    const n = current.node;
    if (isMap(n)) {
      const pair = n.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair || !pair.value) return pair && isScalar(pair.key) ? { node: pair.key as Node, key: pair.key as Node } : current;
      current = { node: pair.value as Node, key: pair.key as Node };
    } else if (isSeq(n) && typeof segment === 'number' && n.items[segment]) {
      current = { node: n.items[segment] as Node };
    } else {
      return current;
    }
  }
  return current;
}
