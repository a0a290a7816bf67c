import type { TSESTree } from '@typescript-eslint/utils';
import { durationSeconds } from './durations.ts';
import { jwtSiteOf, type JwtSite } from '../jwt/calls.ts';
import { entryLifetime, lookUp, UNKNOWN_LIFETIME, type Described, type Insertion, type Lifetime } from './lifetimes.ts';
import { isKnown, objectShape, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { TOKEN_EXPIRY, type TokenExpiry } from '../../frameworks/session-lifetimes.ts';

type Node = TSESTree.Node;
type Code = ReturnType<typeof asSourceCode>;

const EXP = { format: 'epoch-seconds' } as const;

/** The lifetime of the tokens a JWT library call signs or configures; unknown for any other call. */
export function tokenLifetime(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): Lifetime {
  const site = jwtSiteOf(node, sourceCode);
  const expiry = site && TOKEN_EXPIRY[`${site.api.library} ${site.api.call}`];
  if (!site || !expiry) return UNKNOWN_LIFETIME;
  const code = asSourceCode(sourceCode);
  if (expiry.method) return builderLifetime(site, expiry, expiry.method, code);
  // Name the call as the code spells it (`jwt.sign`, `this.jwtService.sign`), a bare `sign` with its package.
  const text = code.getText(node.type === 'CallExpression' ? node.callee : node);
  const library = site.api.form === 'register' || text.length > 40 || text.includes('\n') ? site.api.library : text.includes('.') ? text : `${site.api.library} ${text}`;
  const option = expiry.option;
  let insertion: Insertion | undefined;
  let reportAt: Node = node;
  if (option) {
    const described: Described = { library, subject: 'tokens', option: option.path.join('.'), format: option.format, sliding: false };
    const found = optionLifetime(site, option.path, described, code);
    if (found.kind !== 'absent') return found.lifetime;
    if (!expiry.absentMeansNever) return UNKNOWN_LIFETIME;
    insertion = found.insertion;
    if (insertion?.kind === 'property') reportAt = insertion.object;
    const claim = expiry.payload === undefined ? undefined : payloadExpiry(site.node.arguments[expiry.payload as number], expiry, library, code);
    return claim ?? { ...described, kind: 'absent', defaultSeconds: undefined, node: reportAt, insertion };
  }
  const payload = site.node.arguments[expiry.payload as number];
  const claim = payloadExpiry(payload, expiry, library, code);
  if (claim) return claim;
  // payloadExpiry answers undefined only for a payload object the file shows in full.
  const shape = objectShape(payload, code)!;
  return { library, subject: 'tokens', option: 'exp', format: 'epoch-seconds', sliding: false, kind: 'absent', defaultSeconds: undefined, node: shape.node ?? payload!, insertion: shape.node && { kind: 'property', object: shape.node, path: ['exp'] } };
}

type OptionResult = { readonly kind: 'found'; readonly lifetime: Lifetime } | { readonly kind: 'absent'; readonly insertion: Insertion | undefined };

/** The option at `path` in the call's options, and where to add it when it is missing. */
function optionLifetime(site: JwtSite, path: readonly string[], described: Described, code: Code): OptionResult {
  const call = site.node;
  // Every API with an expiry option takes options (jwt-libraries.ts).
  const index = site.api.options!;
  const given = call.arguments[index];
  if (!site.optionsNode) {
    if (given && isFunction(given, code)) return { kind: 'absent', insertion: { kind: 'before', argument: given, path } };
    if (given || site.api.optionsFromFactory) return { kind: 'found', lifetime: UNKNOWN_LIFETIME };
    return { kind: 'absent', insertion: call.arguments.length === index ? { kind: 'argument', call, path } : undefined };
  }
  const shape = site.options;
  if (!shape) return { kind: 'found', lifetime: UNKNOWN_LIFETIME };
  const lookup = lookUp(shape, path, undefined, code);
  if (lookup.status === 'unknown') return { kind: 'found', lifetime: UNKNOWN_LIFETIME };
  if (lookup.status === 'found') {
    const result = entryLifetime(lookup.entry, { format: described.format }, described, code);
    if (result !== 'absent') return { kind: 'found', lifetime: result };
    return { kind: 'absent', insertion: undefined };
  }
  return { kind: 'absent', insertion: lookup.object?.node ? { kind: 'property', object: lookup.object.node, path: lookup.remaining } : undefined };
}

// The app's own expiry or creation time: jsonwebtoken adds `iat` by itself, so a payload that carries a
// `createdAt` of its own has a verifier that checks its age (Outline's email sign-in tokens).
const CUSTOM_EXPIRY_CLAIM = /^(?:expires?|expiresAt|expiresOn|expiry|expiryDate|expiration|expirationDate|expireAt|expiredAt|validUntil|notAfter|createdAt|createdOn|issuedAt|issuedOn)$/i;

/**
 * What the payload's own `exp` claim says: a lifetime, unknown, or undefined when the payload
 * carries none (so the token never expires unless an option says otherwise).
 */
function payloadExpiry(payload: Node | undefined, expiry: TokenExpiry, library: string, code: Code): Lifetime | undefined {
  if (!payload || payload.type === 'SpreadElement') return UNKNOWN_LIFETIME;
  const bare = unwrap(payload);
  const value = staticValue(bare, code);
  // A string or Buffer payload gets no claims at all, and expiresIn would make jsonwebtoken throw.
  if ((isKnown(value) && (typeof value.value !== 'object' || value.value === null)) || isTextual(bare, code)) return UNKNOWN_LIFETIME;
  const shape = objectShape(bare, code);
  // A payload the file does not show may carry its own `exp`: unknown, never reported.
  if (!shape) return UNKNOWN_LIFETIME;
  const lookup = lookUp(shape, ['exp'], undefined, code);
  if (lookup.status === 'unknown') return UNKNOWN_LIFETIME;
  // A claim of the app's own (`expiresAt: addHours(new Date(), 24)`) that its verifier checks is a
  // lifetime the file does not spell in seconds: unknown, not "never expires".
  if (lookup.status === 'absent') return [...shape.keys()].some((key) => CUSTOM_EXPIRY_CLAIM.test(key)) ? UNKNOWN_LIFETIME : undefined;
  const result = entryLifetime(lookup.entry, EXP, { library, subject: 'tokens', option: 'exp', format: 'epoch-seconds', sliding: false }, code);
  return result === 'absent' ? undefined : result;
}

/** A string or Buffer: literals, templates, `String(x)`, `x.toString()`, `JSON.stringify(x)`, `Buffer.from(x)`. */
function isTextual(node: Node, code: Code): boolean {
  if (node.type === 'Literal' || node.type === 'TemplateLiteral') return true;
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  if (isGlobalName(code, callee, 'String')) return true;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  const method = callee.property.name;
  return method === 'toString' || (method === 'stringify' && isGlobalName(code, callee.object, 'JSON')) || (method === 'from' && isGlobalName(code, callee.object, 'Buffer'));
}

function isFunction(node: Node, code: Code): boolean {
  const bare = unwrap(node);
  if (bare.type === 'ArrowFunctionExpression' || bare.type === 'FunctionExpression') return true;
  return bare.type === 'Identifier' && variableOf(code, bare)?.defs[0]?.type === 'FunctionName';
}

interface ChainCall {
  readonly name: string;
  readonly member: TSESTree.MemberExpression;
  readonly call: TSESTree.CallExpression;
}

/** A builder chain (`new SignJWT(p).setExpirationTime('2h').sign(key)`), also through a `const`. */
function builderLifetime(site: JwtSite, expiry: TokenExpiry, method: string, code: Code): Lifetime {
  // jwt-calls recognises a chain by its final `.sign(key)` / `.encrypt(key)` member call.
  const issue = site.node as TSESTree.CallExpression;
  const callee = unwrap(issue.callee) as TSESTree.MemberExpression;
  const chain = builderChain(issue, code);
  if (!chain) return UNKNOWN_LIFETIME;
  const library = code.getText(chain.builder.callee);
  const described: Described = { library, subject: 'tokens', option: method, format: 'jose', sliding: false };
  const set = chain.calls.findLast((call) => call.name === method);
  if (set) {
    const [argument] = set.call.arguments;
    const seconds = argument && argument.type !== 'SpreadElement' ? durationSeconds(argument, 'jose', code) : undefined;
    return seconds === undefined ? UNKNOWN_LIFETIME : { ...described, kind: 'set', seconds, node: argument!, valueNode: argument! };
  }
  const [payload] = chain.builder.arguments;
  // `new SignJWT()` has no claims at all.
  const claim = payload ? payloadExpiry(payload, expiry, library, code) : undefined;
  return claim ?? { ...described, kind: 'absent', defaultSeconds: undefined, node: callee.property, insertion: { kind: 'method', member: callee, name: method, path: [] } };
}

/**
 * The builder a final `.sign(key)` call ends, and every method called on it: along the chain, and
 * on the `const` that holds it. Undefined when a link is not a plain method call or the builder
 * escapes (other code may set its expiry).
 */
function builderChain(issue: TSESTree.CallExpression, code: Code): { builder: TSESTree.NewExpression; calls: ChainCall[] } | undefined {
  const calls: ChainCall[] = [];
  let current: Node = issue;
  for (let depth = 0; depth < 50; depth++) {
    const bare = unwrap(current);
    if (bare.type === 'NewExpression') return { builder: bare, calls };
    if (bare.type === 'Identifier') {
      const binding = singleBinding(bare, code);
      if (!binding) return undefined;
      for (const reference of binding.variable.references) {
        if (reference.init || reference.identifier === bare) continue;
        const chained = chainFrom(reference.identifier as Node);
        if (chained.length === 0) return undefined;
        calls.push(...chained);
      }
      current = binding.rhs;
      continue;
    }
    const callee = bare.type === 'CallExpression' ? unwrap(bare.callee) : undefined;
    if (callee?.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
    calls.push({ name: callee.property.name, member: callee, call: bare as TSESTree.CallExpression });
    current = callee.object;
  }
  return undefined;
}

/** The one expression a `const` (or never reassigned variable) is initialised with. */
function singleBinding(id: TSESTree.Identifier, code: Code): { variable: NonNullable<ReturnType<typeof variableOf>>; rhs: Node } | undefined {
  const variable = variableOf(code, id);
  const bindings = variable && variableBindings(variable, code);
  const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
  return variable && binding?.path.length === 0 ? { variable, rhs: binding.rhs } : undefined;
}

/** The method calls chained on `start`: `start.a().b()`. */
function chainFrom(start: Node): ChainCall[] {
  const calls: ChainCall[] = [];
  let current = start;
  for (;;) {
    const member = current.parent;
    const call = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current || member.computed || member.property.type !== 'Identifier') return calls;
    if (call?.type !== 'CallExpression' || call.callee !== member) return calls;
    calls.push({ name: member.property.name, member, call });
    current = call;
  }
}
