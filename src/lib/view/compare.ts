/**
 * Rows for comparison tables: the model comparison (dimensions × models, each cell
 * with the sources or claims behind it) and the one-measure comparison (one row per
 * claim, grouped by subject so disagreeing claims sit side by side).
 */
import { traitDimensions, type TraitDimension, type ModelTrait } from '../../schemas/model.ts';
import { DIMENSION_LABEL } from './labels.ts';

export interface ModelColumn {
  id: string;
  name: string;
  traits: ModelTrait[];
}

export interface ComparisonCell {
  texts: { text: string; source?: string; quote?: string; claims: string[] }[];
}

export interface ComparisonRow {
  dimension: TraitDimension;
  label: string;
  cells: ComparisonCell[];
}

/** Dimensions as rows, models as columns; a dimension no model describes is left out. */
export function modelComparison(models: ModelColumn[]): ComparisonRow[] {
  return traitDimensions
    .map((dimension) => ({
      dimension,
      label: DIMENSION_LABEL[dimension],
      cells: models.map((m) => ({
        texts: m.traits.filter((t) => t.dimension === dimension).map((t) => ({ text: t.text, source: t.source, quote: t.quote, claims: t.claims })),
      })),
    }))
    .filter((row) => row.cells.some((c) => c.texts.length > 0));
}

export interface MeasureRowInput {
  id: string;
  subjectKey: string;
  subjectName: string;
  number: number;
}

/**
 * Order claims for a one-measure comparison: subjects by their largest value,
 * and each subject's claims together, so figures that disagree sit side by side.
 */
export function groupForComparison<T extends MeasureRowInput>(rows: T[]): { subjectKey: string; subjectName: string; rows: T[] }[] {
  const groups = new Map<string, { subjectKey: string; subjectName: string; rows: T[] }>();
  for (const row of rows) {
    const g = groups.get(row.subjectKey) ?? { subjectKey: row.subjectKey, subjectName: row.subjectName, rows: [] };
    g.rows.push(row);
    groups.set(row.subjectKey, g);
  }
  const max = (g: { rows: T[] }) => Math.max(...g.rows.map((r) => r.number));
  return [...groups.values()]
    .map((g) => ({ ...g, rows: [...g.rows].sort((a, b) => b.number - a.number || a.id.localeCompare(b.id)) }))
    .sort((a, b) => max(b) - max(a) || a.subjectName.localeCompare(b.subjectName, 'zh-Hans-CN'));
}
