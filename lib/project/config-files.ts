import { readFileSync, statSync } from 'node:fs';

// tsconfig.json and package.json, read once per process for each content (path, mtime, size).
const cache = new Map<string, { readonly stamp: string; readonly value: unknown }>();

/** The file's JSON (comments and trailing commas allowed, as tsconfig.json allows them), or undefined. */
export function readJsonFile(path: string): unknown {
  let stamp: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.value;
  let value: unknown;
  try {
    value = JSON.parse(withoutComments(readFileSync(path, 'utf8')));
  } catch {
    value = undefined;
  }
  cache.set(path, { stamp, value });
  return value;
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** JSONC to JSON: drops comments and trailing commas outside strings. */
function withoutComments(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else if (char === ',' && /^\s*[}\]]/.test(text.slice(index + 1))) {
      // A trailing comma.
    } else {
      out += char;
    }
  }
  return out;
}

function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  return index + 1;
}
