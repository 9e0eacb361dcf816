import { parseMdx, walk } from './parse.ts';

export interface ClaimRef {
  id: string;
  /** Line and column inside the body. */
  line: number;
  column: number;
}

/** Every <Claim id="…" /> in an MDX body, with its position in the body. */
export function claimIdsInBody(body: string): ClaimRef[] {
  const parsed = parseMdx(body);
  if (!parsed.ok) return [];
  const refs: ClaimRef[] = [];
  walk(parsed.tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Claim') {
      const idAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (idAttr && typeof idAttr.value === 'string') {
        refs.push({ id: idAttr.value, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      }
    }
  });
  return refs;
}
