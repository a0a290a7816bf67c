export type ReportFormat = 'text' | 'markdown';

export function parseFormat(value: string | undefined, source: string): ReportFormat | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'text' || value === 'markdown') return value;
  throw new Error(`eslint-plugin-asvs: ${source} must be text or markdown, not ${JSON.stringify(value)}.`);
}

/** Colour for a terminal: only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function terminalColor(stream: { isTTY?: boolean } = process.stdout, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
}
