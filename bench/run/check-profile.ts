/** Our checker over a synthetic corpus, rule by rule, so the report shows which rule dominates. */
export async function profileCheck(dir: string): Promise<{ ms: number; profile: Record<string, number>; errors: number }> {
  const integrity = await import('../../src/lib/check/integrity/index.ts');
  const t0 = performance.now();
  try {
    // Step by step, to see which rule dominates; tolerant of the rule signature changing.
    const { loadCorpus } = await import('../../src/lib/check/corpus/load.ts');
    const profile: Record<string, number> = {};
    const loaded = loadCorpus(dir) as { corpus: unknown; problems: { severity: string }[]; invalidIds?: unknown };
    profile['load + schemas'] = performance.now() - t0;
    let errors = loaded.problems.filter((p) => p.severity === 'error').length;
    const context = { invalidIds: loaded.invalidIds ?? {} };
    for (const rule of integrity.rules as unknown as { name: string; run: (corpus: unknown, context: unknown) => { severity: string }[] }[]) {
      const t = performance.now();
      errors += rule.run(loaded.corpus, context).filter((p) => p.severity === 'error').length;
      profile[rule.name] = performance.now() - t;
    }
    return { ms: performance.now() - t0, profile, errors };
  } catch {
    const t = performance.now();
    const { problems } = integrity.checkProject(dir);
    return { ms: performance.now() - t, profile: {}, errors: problems.filter((p) => p.severity === 'error').length };
  }
}
