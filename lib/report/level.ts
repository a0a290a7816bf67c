export type AsvsLevel = 1 | 2 | 3;

export function parseLevel(value: string | undefined, source: string): AsvsLevel | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === '1' || value === '2' || value === '3') return Number(value) as AsvsLevel;
  throw new Error(`eslint-plugin-asvs: ${source} must be 1, 2 or 3, not ${JSON.stringify(value)}.`);
}
