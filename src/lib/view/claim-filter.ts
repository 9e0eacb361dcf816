/** Filtering claim rows from /data/claims.json (used by the explorer's enhancement script and its tests). */
export interface ClaimRow {
  id: string;
  url: string;
  subject: string;
  subject_name: string;
  measure: string;
  measure_name: string;
  value_text: string;
  period: string;
  period_text: string;
  kind: string;
  kind_label: string;
  claimant: string;
  source: string;
  source_title: string;
}

export function filterClaims(rows: ClaimRow[], f: { measure?: string; kind?: string; year?: string; source?: string; subject?: string }): ClaimRow[] {
  const subject = f.subject?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.measure || r.measure === f.measure || r.measure_name.includes(f.measure.trim())) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.year || r.period.startsWith(f.year)) &&
      (!f.source || r.source === f.source || r.source_title.includes(f.source)) &&
      // A subject reference (case/x) from a hub page matches exactly; typed text matches names.
      (!subject || (subject.includes('/') ? r.subject === subject : r.subject_name.toLowerCase().includes(subject))),
  );
}
