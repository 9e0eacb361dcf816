/**
 * A data diff as Markdown, for a pull request's job summary or a terminal: counts by
 * collection, every entry added, changed (with each field's old → new value) or
 * removed, and the pages to review; long values and long lists are cut.
 */
import { collectionSpecs, type CollectionName } from '../../../schemas/index.ts';
import type { CollectionDiff, DataDiff } from '../data-diff.ts';
import type { FieldChange } from './fields.ts';

const MAX_VALUE = 160;
const MAX_ROWS = 200;

/** A value as short inline text: strings as they are, other values as JSON; long text cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function link(href: string, site?: string): string {
  return site ? `[${href}](${site.replace(/\/$/, '')}${href})` : code(href);
}

function fieldLine(change: FieldChange): string {
  if (change.field === 'body') {
    const a = String(change.old ?? '')
      .split('\n')
      .filter((l) => l.trim());
    const b = String(change.new ?? '')
      .split('\n')
      .filter((l) => l.trim());
    const oldSet = new Set(a);
    const newSet = new Set(b);
    const gone = a.filter((l) => !newSet.has(l));
    const added = b.filter((l) => !oldSet.has(l));
    const sample = [
      ...gone.slice(0, 3).map((l) => `    - − ${code(showValue(l))}`),
      ...added.slice(0, 3).map((l) => `    - + ${code(showValue(l))}`),
    ];
    return [`  - ${code('body')}: text changed (${added.length} paragraph(s) new or rewritten, ${gone.length} gone or rewritten)`, ...sample].join(
      '\n',
    );
  }
  if (!('old' in change)) return `  - ${code(change.field)}: added ${code(showValue(change.new))}`;
  if (!('new' in change)) return `  - ${code(change.field)}: removed (was ${code(showValue(change.old))})`;
  return `  - ${code(change.field)}: ${code(showValue(change.old))} → ${code(showValue(change.new))}`;
}

function capped<T>(items: T[], render: (item: T) => string[]): string[] {
  const lines = items.slice(0, MAX_ROWS).flatMap(render);
  if (items.length > MAX_ROWS) lines.push(`- … and ${items.length - MAX_ROWS} more (run \`npm run diff -- --json\` for all)`);
  return lines;
}

/** The diff as Markdown, for a GitHub job summary or a terminal. */
export function formatMarkdown(diff: DataDiff, options: { site?: string } = {}): string {
  const { site } = options;
  const sections = Object.entries(diff.collections) as [CollectionName, CollectionDiff][];
  const total = (k: keyof CollectionDiff) => sections.reduce((n, [, d]) => n + d[k].length, 0);
  const out = [`## Data changes: ${code(diff.base)} → ${code(diff.head)}`, ''];
  if (!sections.length) {
    out.push('No entries added, changed or removed.');
  } else {
    out.push(`${total('added')} added, ${total('changed')} changed, ${total('removed')} removed; ${diff.pages.length} page(s) affected.`, '');
    out.push('| Collection | Added | Changed | Removed |', '| --- | ---: | ---: | ---: |');
    for (const [name, d] of sections)
      out.push(`| ${collectionSpecs[name].label.zh} ${name} | ${d.added.length} | ${d.changed.length} | ${d.removed.length} |`);
    for (const [name, d] of sections) {
      out.push('', `### ${collectionSpecs[name].label.zh} ${name}`);
      if (d.added.length)
        out.push('', `**Added (${d.added.length})**`, '', ...capped(d.added, (e) => [`- ${code(e.id)} ${link(e.href, site)} — ${code(e.file)}`]));
      if (d.changed.length)
        out.push(
          '',
          `**Changed (${d.changed.length})**`,
          '',
          ...capped(d.changed, (e) => [`- ${code(e.id)} ${link(e.href, site)} — ${code(e.file)}`, ...e.fields.map(fieldLine)]),
        );
      if (d.removed.length)
        out.push(
          '',
          `**Removed (${d.removed.length})**`,
          '',
          ...capped(d.removed, (e) => [`- ${code(e.id)} (was ${code(e.href)}) — ${code(e.file)}`]),
        );
    }
    out.push('', `### Pages affected (${diff.pages.length})`, '', ...capped(diff.pages, (p) => [`- ${link(p, site)}`]));
  }
  if (diff.problems.length) out.push('', '### Files not read', '', ...diff.problems.map((p) => `- ${code(p)}`));
  return out.join('\n') + '\n';
}
