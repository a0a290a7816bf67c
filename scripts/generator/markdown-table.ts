// GitHub-flavoured Markdown tables. A table row is one source line, and `|` ends a cell even inside a code span,
// so every cell is joined onto one line and its pipes are escaped (GFM renders `\|` as `|`, in code too).
export interface MarkdownTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A cell's Markdown on one line, as it should render: what the docs test compares each rendered cell with. */
export function cellText(markdown: string): string {
  return markdown.trim().replace(/\s*\n\s*/g, ' ');
}

export function renderTable({ header, rows }: MarkdownTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cellText(cell).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `|${' --- |'.repeat(header.length)}`, ...rows.map(line)].join('\n');
}
