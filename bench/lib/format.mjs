/** A markdown table: readable in a terminal and pasteable into bench/README.md as is. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length), 3));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

export const fixed = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : n.toFixed(digits));
export const int = (n) => (n === null || n === undefined ? null : Math.round(n).toLocaleString('en-US'));
export const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}x` : null);
export const ms = (n) => (n === null || n === undefined ? null : n < 10 ? n.toFixed(2) : n.toFixed(1));
export const mark = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : 'FAIL');
