// Every table of the generated Markdown, rendered as GitHub renders it (GFM): each table has the rows and columns
// the data gives it, and each cell renders as its text does on its own, so no `|` splits a cell and no line break
// turns a cell into extra rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { loadRulesData } from '../scripts/generator/load-data.ts';
import { cellText, type MarkdownTable } from '../scripts/generator/markdown-table.ts';
import { ROOT } from '../scripts/generator/outputs.ts';
import { configsTable, requirementsIndexTable, ruleDocTables, rulesTable } from '../scripts/generator/render-markdown.ts';

const data = loadRulesData();

function html(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

interface RenderedTable {
  readonly header: string[];
  readonly rows: string[][];
}

function renderedTables(markdown: string): RenderedTable[] {
  const cells = (row: string, tag: 'th' | 'td') => [...row.matchAll(new RegExp(`<${tag}(?: align="\\w+")?>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!);
  return [...html(markdown).matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) => {
    const rows = [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
    return { header: cells(rows[0]!, 'th'), rows: rows.slice(1).map((row) => cells(row, 'td')) };
  });
}

/** How one cell's Markdown renders on its own: what the same cell must render as inside its table. */
function inline(markdown: string): string {
  return html(cellText(markdown)).replace(/^<p>|<\/p>\n?$/g, '');
}

const documents: [string, MarkdownTable[]][] = [
  ['README.md', [configsTable(data), rulesTable(data)]],
  ['docs/requirements.md', [requirementsIndexTable(data)]],
  ...data.rules.map((rule): [string, MarkdownTable[]] => [`docs/rules/${rule.name}.md`, ruleDocTables(rule, data)]),
];

describe.for(documents)('%s', ([path, intended]) => {
  const rendered = renderedTables(readFileSync(join(ROOT, path), 'utf8'));

  it('renders each table it should, and no other', () => {
    expect(rendered.map((table) => table.header.length)).toEqual(intended.map((table) => table.header.length));
  });

  it.for(intended.map((table, index) => [table.header.join(' | '), index] as const))('renders the table "%s" with its rows and columns, cell by cell', ([, index]) => {
    const table = intended[index]!;
    const actual = rendered[index]!;
    expect(actual.header).toEqual(table.header.map(inline));
    expect(actual.rows.length).toBe(table.rows.length);
    table.rows.forEach((row, rowIndex) => expect(actual.rows[rowIndex], `row ${rowIndex + 1}`).toEqual(row.map(inline)));
  });
});
