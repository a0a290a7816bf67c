// Handlers that are not routes but procedures of an RPC router: a builder, refined step by step,
// resolved with a function that receives the request context (`({ ctx, input }) => …`).

export interface ProcedureShape {
  readonly library: string;
  /** The builder's name, as an identifier or the property it is read from (`publicProcedure`, `t.procedure`). */
  readonly builder: RegExp;
  /** Methods that refine the builder and return it. */
  readonly steps: readonly string[];
  /** The methods that turn the builder into a handler, with the HTTP method the router serves each with. */
  readonly resolvers: Readonly<Record<string, string>>;
}
