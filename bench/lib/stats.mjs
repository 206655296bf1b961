// Medians, ranges and the printed table.

export function summary(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

export const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

/** "median (min–max)", or the single value when every run agreed. */
export function spread(s, format) {
  if (!s) return 'failed';
  if (s.min === s.max) return format(s.median);
  return `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

export const ratio = (peer, ours) => (peer && ours && ours.median > 0 ? `${(peer.median / ours.median).toFixed(1)}×` : '');

/** Prints rows of cells as aligned columns. */
export function table(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
