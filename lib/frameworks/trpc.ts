import type { ProcedureShape } from './procedure-shape.ts';

/**
 * tRPC 10 and 11 (@trpc/server): `t.procedure` or a procedure built from it (`publicProcedure`,
 * `protectedProcedure`), refined with `.input()`, `.use()` and the like, then resolved with `.query()`,
 * `.mutation()` or `.subscription()`; tRPC serves queries over GET and mutations over POST.
 */
export const trpcProcedures: ProcedureShape = {
  library: 'tRPC',
  builder: /^(procedure|[a-z]\w*Procedure)$/,
  steps: ['input', 'output', 'use', 'meta', 'concat', 'unstable_concat'],
  resolvers: { query: 'GET', mutation: 'POST', subscription: 'GET' },
};
