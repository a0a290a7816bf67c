// Browser storage that outlives the tab and is readable by any script on the origin. `sessionStorage`
// is not listed: ASVS 4.0.3 3.2.3 accepts HTML5 session storage for session tokens.

export interface StorageWrapper {
  /** The library as messages name it. */
  readonly label: string;
  readonly modules: readonly string[];
  readonly path: readonly string[];
  /** Where the key is: an argument, or a property of the object in argument 0 (`{ key: 'token' }`). */
  readonly key: { readonly argument: number } | { readonly property: string };
  /** Where the value is, when the call writes one (hooks take only an initial value, which says nothing). */
  readonly value?: number;
  /** @vueuse `useStorage(key, initial, storage)`: localStorage unless this argument names another store. */
  readonly storageArgument?: number;
}

const HOOK_MODULES = ['react-use', 'usehooks-ts', '@uidotdev/usehooks', '@vueuse/core', 'ahooks'];

export const STORAGE_WRAPPERS: readonly StorageWrapper[] = [
  { label: 'localforage', modules: ['localforage'], path: ['setItem'], key: { argument: 0 }, value: 1 },
  { label: 'store.js', modules: ['store', 'store2', 'store/dist/store.modern'], path: ['set'], key: { argument: 0 }, value: 1 },
  { label: 'store2', modules: ['store2'], path: [], key: { argument: 0 }, value: 1 },
  { label: 'useLocalStorage', modules: HOOK_MODULES, path: ['useLocalStorage'], key: { argument: 0 } },
  { label: 'useLocalStorageState', modules: ['ahooks'], path: ['useLocalStorageState'], key: { argument: 0 } },
  { label: 'useLocalStorage', modules: ['@mantine/hooks'], path: ['useLocalStorage'], key: { property: 'key' } },
  { label: 'useStorage', modules: ['@vueuse/core'], path: ['useStorage'], key: { argument: 0 }, storageArgument: 2 },
];

/** Cookie writers in browser code: a cookie written by script can never be HttpOnly. */
export const SCRIPT_COOKIE_WRITERS: readonly { readonly label: string; readonly modules: readonly string[]; readonly path: readonly string[] }[] = [
  { label: 'js-cookie', modules: ['js-cookie'], path: ['set'] },
];
