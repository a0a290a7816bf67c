// Places a token must not reach: log calls, error messages and error responses. Shared by the rules
// that report tokens there; each sink names itself for messages.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName, globalPath } from '../../ast/local-functions.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { variableOf } from '../../ast/scope.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { words } from '../../vocabulary/token-names.ts';
import { REQUEST_NAMES } from '../../vocabulary/request-names.ts';

type Node = TSESTree.Node;

export interface Sink {
  readonly kind: 'log' | 'error' | 'response';
  /** How messages name it: `console.log`, `logger.info`, `new Error`. */
  readonly label: string;
  /** The arguments whose values end up in the log, message or body. */
  readonly values: readonly Node[];
}

const LEVELS = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'http',
  'notice',
  'crit',
  'critical',
  'alert',
  'emerg',
  'success',
]);
const CONSOLE_ONLY = new Set(['dir', 'table', 'group', 'groupCollapsed', 'timeLog', 'assert']);
// Logger objects by their name's last word: `logger`, `this.logger`, `req.log`, `fastify.log`, `winston`.
const LOGGER_WORDS = new Set(['log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'signale', 'consola']);
const RESPONSE_METHODS = new Set(['json', 'send', 'end', 'write', 'text', 'html', 'jsonp']);
const ERROR_CLASS = /(?:Error|Exception)$/;
const ERROR_FACTORIES = new Set(['createError', 'httpError']);

/** The log, error or error-response sink a call or `new` expression is, if any. */
export function sinkOf(node: TSESTree.CallExpression | TSESTree.NewExpression, code: SourceCode): Sink | undefined {
  const callee = unwrap(node.callee);
  const args = node.arguments.filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement');
  const name = calleeName(callee);
  if (name === undefined) return undefined;
  if (node.type === 'NewExpression' || callee.type === 'Identifier') {
    if (ERROR_CLASS.test(name) && /^[A-Z]/.test(name)) return { kind: 'error', label: `${node.type === 'NewExpression' ? 'new ' : ''}${name}()`, values: args };
    if (node.type === 'NewExpression') return name === 'Response' && isErrorStatus(optionStatus(args[1], code)) ? { kind: 'response', label: 'new Response()', values: args.slice(0, 1) } : undefined;
    if (ERROR_FACTORIES.has(name)) return { kind: 'error', label: `${name}()`, values: args };
    if (callee.type === 'Identifier' && isDebugLogger(callee, code)) return { kind: 'log', label: `${name}()`, values: args };
    return undefined;
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const receiver = unwrap(callee.object);
  const owner = calleeName(receiver);
  if (LEVELS.has(name) || CONSOLE_ONLY.has(name)) {
    const path = globalPath(callee, code);
    if (path?.[0] === 'console' && path.length === 2) return { kind: 'log', label: `console.${name}`, values: name === 'assert' ? args.slice(1) : args };
    if (LEVELS.has(name) && owner !== undefined && LOGGER_WORDS.has(words(owner).at(-1) ?? '')) return { kind: 'log', label: `${owner}.${name}`, values: args };
  }
  if ((name === 'throw' || name === 'assert') && owner !== undefined && /^(?:ctx|context)$/.test(owner)) {
    return { kind: 'error', label: `${owner}.${name}()`, values: name === 'assert' ? args.slice(1) : args };
  }
  if (RESPONSE_METHODS.has(name) && responseStatusIsError(receiver, args, name, code)) {
    const text = code.getText(callee);
    return { kind: 'response', label: `${text.length <= 40 && !text.includes('\n') ? text : name}()`, values: args.slice(0, 1) };
  }
  return undefined;
}

/** `res.status(401).json(…)`, `reply.code(500).send(…)`, Hono `c.json(body, 401)`, `Response.json(body, { status: 403 })`. */
function responseStatusIsError(receiver: Node, args: readonly Node[], method: string, code: SourceCode): boolean {
  for (let current = receiver; current.type === 'CallExpression' && current.callee.type === 'MemberExpression'; current = unwrap(current.callee.object)) {
    const step = calleeName(current.callee);
    if ((step === 'status' || step === 'code') && isErrorStatus(numberOf(current.arguments[0], code))) return true;
  }
  if (method !== 'json' && method !== 'text' && method !== 'html') return false;
  const second = args[1];
  return isErrorStatus(numberOf(second, code)) || isErrorStatus(optionStatus(second, code));
}

function isErrorStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 600;
}

function numberOf(node: Node | undefined, code: SourceCode): number | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const result = staticValue(node, code);
  return isKnown(result) && typeof result.value === 'number' ? result.value : undefined;
}

function optionStatus(node: Node | undefined, code: SourceCode): number | undefined {
  const bare = node && unwrap(node);
  if (bare?.type !== 'ObjectExpression') return undefined;
  const status = bare.properties.find((property) => property.type === 'Property' && !property.computed && calleeName(property.key) === 'status');
  return status?.type === 'Property' ? numberOf(status.value, code) : undefined;
}

const DEBUG_MODULE = new Set(['debug']);

/** A logger made by the `debug` package: `const log = debug('app')`. */
function isDebugLogger(callee: TSESTree.Identifier, code: SourceCode): boolean {
  if (!getModuleRefs(code).importsAny(DEBUG_MODULE)) return false;
  const def = variableOf(code, callee)?.defs[0];
  const init = def?.type === 'Variable' && def.node.init ? unwrap(def.node.init) : undefined;
  return init?.type === 'CallExpression' && getModuleRefs(code).is(init.callee, 'debug');
}

// `req.headers` and `req.cookies` carry the Cookie and Authorization headers and every cookie.
const CONTAINERS = new Set(['headers', 'rawHeaders', 'cookies', 'signedCookies']);
const REQUESTS = new Set(REQUEST_NAMES);

/** `req.headers`, `request.cookies`, `ctx.request.headers`: objects that hold every header or cookie. */
export function tokenContainer(node: Node, code: SourceCode): string | undefined {
  const bare = unwrap(node);
  if (bare.type !== 'MemberExpression' || bare.computed || bare.property.type !== 'Identifier' || !CONTAINERS.has(bare.property.name)) return undefined;
  const owner = calleeName(bare.object);
  if (owner === undefined || !REQUESTS.has(owner)) return undefined;
  const text = code.getText(bare);
  return text.length <= 40 ? text : `${owner}.${bare.property.name}`;
}
