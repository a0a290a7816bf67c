/** `1 file`, `3 files`: the report's counts, in English. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
