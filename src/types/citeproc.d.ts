/** citeproc-js ships no types; render.ts describes the part of the engine it uses. */
declare module 'citeproc' {
  const CSL: { Engine: new (sys: unknown, style: unknown, lang?: string, forceLang?: boolean) => unknown };
  export default CSL;
}
