/** Chinese renderings of our partial dates and periods: 2023年4月13日, 2022年4月–2023年2月. */

/** "2023-04-13" → "2023年4月13日", "2023-04" → "2023年4月", "2023" → "2023年". */
export function zhDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

function zhPoint(point: string): string {
  const q = /^(\d{4})-(Q|H)(\d)$/.exec(point);
  if (q) return q[2] === 'Q' ? `${q[1]}年第${q[3]}季度` : `${q[1]}年${q[3] === '1' ? '上' : '下'}半年`;
  return zhDate(point);
}

/** "2022-04/2023-02" → "2022年4月–2023年2月"; "2022-Q2" → "2022年第2季度". */
export function zhPeriod(period: string): string {
  return period.split('/').map(zhPoint).join('–');
}

/** The last day a period can mean, as YYYY-MM-DD (for staleness and sorting). */
export function periodEnd(period: string): string {
  const last = period.split('/').pop()!;
  const q = /^(\d{4})-(Q|H)(\d)$/.exec(last);
  if (q) {
    const month = q[2] === 'Q' ? Number(q[3]) * 3 : Number(q[3]) * 6;
    return `${q[1]}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? 30 : 31}`;
  }
  if (last.length === 4) return `${last}-12-31`;
  if (last.length === 7) {
    const [y, m] = last.split('-').map(Number);
    return `${last}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return last;
}
