import type { ProcedureShape } from './procedure-shape.ts';
import { trpcProcedures } from './trpc.ts';

export type { ProcedureShape } from './procedure-shape.ts';

/** Every RPC procedure builder whose resolvers are request handlers. */
export const PROCEDURE_SHAPES: readonly ProcedureShape[] = [trpcProcedures];
