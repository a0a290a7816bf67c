import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { durationSource, formatDuration, type DurationFormat } from '../models/lifetimes/durations.ts';
import { callSites, importsSessionLibrary, typedSites, type SiteMatch } from '../models/lifetimes/sites.ts';
import { sessionLifetime, type Insertion, type Lifetime } from '../models/lifetimes/lifetimes.ts';
import { getModuleRefs } from '../file/modules.ts';
import { tokenLifetime } from '../models/lifetimes/token-lifetimes.ts';
import { insertProperty, appendArgument } from '../fixes/insert-property.ts';
import { JWT_APIS } from '../frameworks/jwt-libraries.ts';
import { createRule } from '../utils/create-rule.ts';
import { inSingleUseContext } from '../models/tokens/url-query.ts';
import { isSingleUseName } from '../vocabulary/token-names.ts';

type Node = TSESTree.Node;

export type MessageIds =
  | 'noLifetime'
  | 'noTokenExpiry'
  | 'lifetimeDisabled'
  | 'lifetimeTooLong'
  | 'idleTooLong'
  | 'defaultTooLong'
  | 'defaultIdleTooLong'
  | 'setLifetime';

export interface ExpiryOptions {
  level?: 1 | 2 | 3;
  maxAbsoluteSeconds?: number;
  maxIdleSeconds?: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * ASVS 4.0.3 3.3.2 per level. L1 names a single limit, 30 days, which bounds idle (sliding) lifetimes
 * as well; L2 and L3 accept either an absolute lifetime within 12 hours or an idle timeout within 30
 * (15) minutes, since "12 hours or 30 minutes of inactivity" is satisfied by either.
 */
const LEVELS = {
  1: { absolute: 30 * DAY, idle: 30 * DAY },
  2: { absolute: 12 * HOUR, idle: 30 * MINUTE },
  3: { absolute: 12 * HOUR, idle: 15 * MINUTE },
} as const;

type Fix = (fixer: RuleFixer) => RuleFix;

const JWT_MODULES = new Set(JWT_APIS.flatMap((api) => api.modules));

export default createRule<MessageIds, [ExpiryOptions]>({
  name: 'require-session-expiry',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      noLifetime: 'Sessions from {{library}} never expire without `{{option}}`; set it to at most {{limit}}.',
      noTokenExpiry: 'Tokens from {{library}} never expire without `{{option}}`; set it to at most {{limit}}.',
      lifetimeDisabled: '`{{option}}: {{value}}` makes {{library}} {{subject}} never expire; set a lifetime of at most {{limit}}.',
      lifetimeTooLong: 'The {{library}} `{{option}}` of {{lifetime}} exceeds the limit of {{limit}}.',
      idleTooLong: 'The {{library}} `{{option}}` ({{lifetime}}) is renewed on activity, so it must stay within the idle limit of {{limit}}.',
      defaultTooLong: 'The default {{library}} lifetime of {{lifetime}} exceeds the limit of {{limit}}; set `{{option}}`.',
      defaultIdleTooLong: 'The default {{library}} lifetime of {{lifetime}} is renewed on activity and exceeds the idle limit of {{limit}}; set `{{option}}`.',
      setLifetime: 'Set `{{option}}` to {{limit}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          level: {
            type: 'integer',
            enum: [1, 2, 3],
            description: 'The ASVS level whose limits apply: 1 = 30 days; 2 = 12 hours absolute or 30 minutes idle; 3 = 12 hours absolute or 15 minutes idle.',
          },
          maxAbsoluteSeconds: { type: 'integer', minimum: 1, description: "Replaces the level's absolute limit, in seconds." },
          maxIdleSeconds: { type: 'integer', minimum: 1, description: "Replaces the level's idle limit (for lifetimes renewed on activity), in seconds." },
        },
      },
    ],
    defaultOptions: [{ level: 1 }],
  },
  create(context) {
    const [options = {}] = context.options;
    const level = LEVELS[options.level ?? 1];
    const limits = { absolute: options.maxAbsoluteSeconds ?? level.absolute, idle: options.maxIdleSeconds ?? level.idle };
    const sourceCode = context.sourceCode;
    const reported = new Set<string>();
    let withSessionImports: boolean | undefined;
    let withJwtImports: boolean | undefined;

    function checkSites(matches: readonly SiteMatch[]): void {
      for (const match of matches) check(sessionLifetime(match.spec, match.options, match.site, match.insertAt, sourceCode));
    }

    return {
      'CallExpression, NewExpression'(node: TSESTree.CallExpression | TSESTree.NewExpression) {
        withSessionImports ??= importsSessionLibrary(sourceCode);
        checkSites(callSites(node, sourceCode, withSessionImports));
        withJwtImports ??= [...JWT_MODULES].some((module) => getModuleRefs(sourceCode).imported.has(module));
        // A token signed for an emailed single-use link (reset, verification, unsubscribe) is not a session.
        if (withJwtImports && !inSingleUseContext(node, sourceCode, isSingleUseName)) check(tokenLifetime(node, sourceCode));
      },
      'VariableDeclarator[id.typeAnnotation]'(node: TSESTree.VariableDeclarator) {
        checkSites(typedSites(node, sourceCode));
      },
      TSSatisfiesExpression(node: TSESTree.TSSatisfiesExpression) {
        checkSites(typedSites(node, sourceCode));
      },
    };

    function check(lifetime: Lifetime): void {
      if (lifetime.kind === 'unknown') return;
      const sliding = lifetime.sliding === true;
      const target = sliding ? limits.idle : limits.absolute;
      const base = { library: lifetime.library, option: lifetime.option, limit: formatDuration(target) };
      switch (lifetime.kind) {
        case 'absent': {
          const fix = insertionFix(lifetime.insertion, lifetime.format, target);
          if (lifetime.defaultSeconds === undefined) {
            report(lifetime.node, lifetime.subject === 'tokens' ? 'noTokenExpiry' : 'noLifetime', base, fix);
          } else if (exceeds(lifetime.defaultSeconds, lifetime.sliding)) {
            report(lifetime.node, sliding ? 'defaultIdleTooLong' : 'defaultTooLong', { ...base, lifetime: formatDuration(lifetime.defaultSeconds) }, fix);
          }
          return;
        }
        case 'disabled':
          report(lifetime.node, 'lifetimeDisabled', { ...base, value: shownValue(lifetime.value), subject: lifetime.subject }, replaceFix(lifetime, target), lifetime.replacement);
          return;
        case 'set':
          if (exceeds(lifetime.seconds, lifetime.sliding)) {
            report(lifetime.node, sliding ? 'idleTooLong' : 'lifetimeTooLong', { ...base, lifetime: formatDuration(lifetime.seconds) }, replaceFix(lifetime, target));
          }
          return;
      }
    }

    /** An absolute lifetime must stay within the absolute limit, a renewed one within the idle limit. */
    function exceeds(seconds: number, sliding: boolean | undefined): boolean {
      return seconds > (sliding === true ? limits.idle : limits.absolute);
    }

    function report(node: Node, messageId: MessageIds, data: Record<string, string>, fix: Fix | undefined, fixOption = data['option']!): void {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({
        node,
        messageId,
        data,
        suggest: fix ? [{ messageId: 'setLifetime', data: { option: fixOption, limit: data['limit']! }, fix }] : [],
      });
    }

    function insertionFix(insertion: Insertion | undefined, format: DurationFormat, seconds: number): Fix | undefined {
      return insertion && withValue(format, seconds, undefined, (value) => insertionEdit(insertion, value));
    }

    function insertionEdit(insertion: Insertion, value: string): Fix {
      const code = sourceCode as unknown as Readonly<SourceCode>;
      const text = nested(insertion.path, value);
      switch (insertion.kind) {
        case 'property':
          return (fixer) => insertProperty(fixer, code, insertion.object, text);
        case 'argument':
          return (fixer) => appendArgument(fixer, code, insertion.call, `{ ${text} }`);
        case 'before':
          return (fixer) => fixer.insertTextBefore(insertion.argument, `{ ${text} }, `);
        case 'method':
          return (fixer) => insertMethod(fixer, insertion.member, `.${insertion.name}(${value})`);
      }
    }

    function replaceFix(lifetime: Extract<Lifetime, { kind: 'set' | 'disabled' }>, seconds: number): Fix | undefined {
      const { node, valueNode } = lifetime;
      return withValue(lifetime.format, seconds, valueNode, (value): Fix => {
        if (lifetime.kind === 'disabled' && lifetime.replacement) return (fixer) => fixer.replaceText(node, `${lifetime.replacement}: ${value}`);
        // `{ ttl }` becomes `{ ttl: 43200 }`.
        if (node.type === 'Property' && node.shorthand) return (fixer) => fixer.replaceText(node, `${sourceCode.getText(node.key)}: ${value}`);
        return (fixer) => fixer.replaceText(valueNode, value);
      });
    }

    /** A fix built from the lifetime's source text, when the notation can be written. */
    function withValue(format: DurationFormat, seconds: number, current: Node | undefined, build: (value: string) => Fix): Fix | undefined {
      const value = valueText(format, seconds, current);
      return value === undefined ? undefined : build(value);
    }

    /** The lifetime in the option's own notation, or undefined where none can be written safely. */
    function valueText(format: DurationFormat, seconds: number, current: Node | undefined): string | undefined {
      switch (format) {
        case 'ms':
        case 's':
        case 'jsonwebtoken':
        case 'jose':
        case 'epoch-seconds':
          return durationSource(seconds, format);
        case 'date':
          return `new Date(Date.now() + ${durationSource(seconds, 'ms')})`;
        case 'timespan': {
          const name = current?.type === 'NewExpression' ? sourceCode.getText(current.callee) : timeSpanName();
          return name && timeSpan(name, seconds);
        }
      }
    }

    /** The local name of Lucia's (or oslo's) TimeSpan, when the file imports it. */
    function timeSpanName(): string | undefined {
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== 'ImportDeclaration' || (statement.source.value !== 'lucia' && statement.source.value !== 'oslo')) continue;
        for (const specifier of statement.specifiers) {
          if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type' && specifier.imported.type === 'Identifier' && specifier.imported.name === 'TimeSpan') {
            // `import { TimeSpan as await }` parses in a script, but `new await(…)` does not.
            return specifier.local.name === 'await' || specifier.local.name === 'yield' ? undefined : specifier.local.name;
          }
        }
      }
      return undefined;
    }

    /** `.setExpirationTime('30d')` before the chain's `.sign`, on its own line when the chain is one call per line. */
    function insertMethod(fixer: RuleFixer, member: TSESTree.MemberExpression, text: string): RuleFix {
      const dot = sourceCode.getTokenBefore(member.property)!;
      const previous = sourceCode.getTokenBefore(dot)!;
      if (previous.loc.end.line === dot.loc.start.line) return fixer.insertTextBefore(dot, text);
      const indent = /^\s*/.exec(sourceCode.lines[dot.loc.start.line - 1]!)![0];
      return fixer.insertTextBefore(dot, `${text}\n${indent}`);
    }

  },
});

/** A value that switches expiry off, as code would spell it: `0`, `null`, `'session'`, `true`. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** `cookie: { maxAge: V }` for the path ['cookie', 'maxAge']. */
function nested(path: readonly string[], value: string): string {
  return path.reduceRight((inner, key, index) => (index === path.length - 1 ? `${key}: ${inner}` : `${key}: { ${inner} }`), value);
}

const TIME_SPAN_UNITS: readonly (readonly [string, number])[] = [
  ['w', 7 * DAY],
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
  ['s', 1],
];

function timeSpan(name: string, seconds: number): string {
  // Limits are whole seconds, so the last unit always fits.
  const [unit, size] = TIME_SPAN_UNITS.find(([, candidate]) => seconds % candidate === 0 && seconds >= candidate)!;
  return `new ${name}(${seconds / size}, '${unit}')`;
}
