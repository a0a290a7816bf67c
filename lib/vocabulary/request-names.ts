/** What handlers call the incoming request: Node and Express `req`, Koa `ctx`, h3 and SvelteKit `event`. */
export const REQUEST_NAMES: readonly string[] = ['req', 'request', 'ctx', 'context', 'event'];

/** Hono's `c` too: short enough to mean something else outside a handler, so only where a handler is shown. */
export const HANDLER_REQUEST_NAMES: readonly string[] = [...REQUEST_NAMES, 'c'];

/** Every spelling a route's request parameter has been seen with. */
export const ROUTE_REQUEST_NAMES: readonly string[] = [...HANDLER_REQUEST_NAMES, '_req', 'evt', 'httpReq', 'incoming'];

/** The other parameters a handler takes besides the request. */
export const HANDLER_HELPER_NAMES: readonly string[] = ['res', 'response', 'reply', 'next', 'h'];

/** A regular-expression alternation of `names`, for building patterns. */
export function alternation(names: readonly string[]): string {
  return names.map((name) => name.replace(/[$]/g, '\\$&')).join('|');
}
