import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { generatorOptionsOfCall, generatorOptionsOfTypedConfig } from '../models/randomness/id-generators.ts';
import { calleeName, isFunction, localFunction, returnedExpressions, type FunctionNode } from '../ast/local-functions.ts';
import { entropyOf, generatorEntropy, returnEntropy, type Entropy } from '../models/randomness/randomness.ts';
import { staticKey } from '../values/index.ts';
import { literalKey, unwrap } from '../ast/syntax.ts';
import { isTokenName, isTokenValueName } from '../vocabulary/token-names.ts';
import { randomBytesAccess, randomUUIDCall } from '../fixes/use-crypto.ts';
import { appendArgument } from '../fixes/insert-property.ts';
import { createRule } from '../utils/create-rule.ts';
import { getAsvsSettings } from '../utils/settings.ts';
import { isTestFile } from '../file/test-files.ts';

type Node = TSESTree.Node;

export type MessageIds = 'predictable' | 'tooFewBits' | 'useRandomBytes' | 'useRandomUUID' | 'raiseSize';
interface RuleOptions {
  minBits: number;
  checkTestFiles: boolean;
}
export type Options = [Partial<RuleOptions>];

/** Where a token is made: a value, a generator function, or a library's generator option. */
interface TokenSite {
  readonly name: string;
  /** The code the site spans: a report inside it lands on the generator itself. */
  readonly outer: Node;
  readonly value?: Node;
  readonly fn?: FunctionNode;
}

const COOKIE_SETTERS = new Set(['cookie', 'setCookie']);
// Web Crypto's randomUUID carries 122 random bits.
const UUID_BITS = 122;

export default createRule<MessageIds, Options>({
  name: 'require-secure-session-id',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      predictable: 'Token {{name}} comes from {{source}}, which an attacker can predict; generate it with crypto.randomBytes or crypto.getRandomValues.',
      tooFewBits: 'Token {{name}} has only {{bits}} random bits ({{source}}); use at least {{minBits}}.',
      useRandomBytes: 'Replace with `{{code}}` (256 random bits).',
      useRandomUUID: 'Replace with `{{code}}` (122 random bits).',
      raiseSize: 'Raise the size to {{size}} ({{bits}} random bits).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minBits: { type: 'integer', minimum: 1, maximum: 4096, description: 'Fewest random bits a session token may have: 64 per ASVS 4.0.3 3.2.2, 128 per ASVS 5.0 7.2.3.' },
          checkTestFiles: { type: 'boolean', description: 'Also check test, spec and fixture files, whose tokens are usually fakes.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minBits: 64, checkTestFiles: false }],
  },
  create(context) {
    // ESLint fills in meta.defaultOptions.
    const { minBits, checkTestFiles } = context.options[0] as RuleOptions;
    if (!checkTestFiles && isTestFile(context.filename)) return {};
    const sourceCode = context.sourceCode;
    const sessionCookieNames = getAsvsSettings(context.settings).sessionCookieNames;
    const reported = new Set<Node>();
    const isClientFile = sourceCode.ast.body.some((statement) => statement.type === 'ExpressionStatement' && statement.directive === 'use client');

    return {
      CallExpression(call) {
        for (const site of generatorOptionsOfCall(call, sourceCode)) checkOption(site.row.library, site.row.option, site.value);
        const name = calleeName(call.callee);
        if (name === undefined) return;
        const cookie = COOKIE_SETTERS.has(name) || (name === 'set' && /cookies?$/i.test(calleeName(objectOf(call.callee)) ?? ''));
        if (!cookie) return;
        // `res.cookie(name, value)`, and h3/Hono `setCookie(event, name, value)`.
        const offset = name === 'setCookie' && call.callee.type === 'Identifier' ? 1 : 0;
        const cookieName = call.arguments[offset] && staticKey(call.arguments[offset], sourceCode);
        const value = call.arguments[offset + 1];
        if (cookieName !== undefined && (isTokenName(cookieName) || sessionCookieNames.includes(cookieName)) && value && value.type !== 'SpreadElement') {
          check({ name: `cookie '${cookieName}'`, outer: value, value });
        }
      },
      VariableDeclarator(declarator) {
        const typeName = typeNameOf(declarator.id.type === 'Identifier' ? declarator.id.typeAnnotation?.typeAnnotation : undefined);
        if (typeName && declarator.init) checkTypedConfig(typeName, declarator.init);
        if (declarator.id.type !== 'Identifier' || !declarator.init || !isTokenValueName(declarator.id.name)) return;
        checkNamed(declarator.id.name, declarator, declarator.init);
      },
      'TSSatisfiesExpression, TSAsExpression'(node: TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression) {
        const typeName = typeNameOf(node.typeAnnotation);
        if (typeName) checkTypedConfig(typeName, node.expression);
      },
      FunctionDeclaration(fn) {
        if (fn.id && isTokenValueName(fn.id.name)) check({ name: `${fn.id.name}()`, outer: fn, fn });
      },
      'Property, PropertyDefinition, MethodDefinition'(node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition) {
        if (node.type === 'Property' && node.parent.type !== 'ObjectExpression') return;
        const key = node.computed ? staticKey(node.key, sourceCode) : literalKey(node.key);
        if (key === undefined || !isTokenValueName(key) || !node.value) return;
        checkNamed(key, node, node.value);
      },
      AssignmentExpression(assignment) {
        const name = assignedName(assignment.left);
        if (name === undefined || !isTokenValueName(name)) return;
        checkNamed(name, assignment, assignment.right);
      },
    };

    function checkNamed(name: string, outer: Node, value: Node): void {
      const bare = unwrap(value);
      if (isFunction(bare)) check({ name: `${name}()`, outer: bare, fn: bare });
      else check({ name: `'${name}'`, outer, value });
    }

    function checkTypedConfig(typeName: string, config: Node): void {
      for (const site of generatorOptionsOfTypedConfig(typeName, config, sourceCode)) checkOption(site.row.library, site.row.option, site.value);
    }

    function checkOption(library: string, option: readonly string[], value: Node): void {
      const name = `${option.at(-1)!} (${library})`;
      const fn = localFunction(value, sourceCode);
      if (fn) {
        check({ name, outer: fn, fn });
        return;
      }
      report({ name, outer: value }, generatorEntropy(value, sourceCode), value);
    }

    function check(site: TokenSite): void {
      if (site.fn) {
        const entropy = returnEntropy(site.fn, sourceCode);
        const failing = returnedExpressions(site.fn, sourceCode).find((returned) => isFailing(entropyOf(returned, sourceCode)));
        if (failing) report(site, entropy, failing);
        return;
      }
      report(site, entropyOf(site.value!, sourceCode), site.value!);
    }

    function isFailing(entropy: Entropy): entropy is Extract<Entropy, { kind: 'weak' | 'random' }> {
      return entropy.kind === 'weak' || (entropy.kind === 'random' && entropy.bits !== undefined && entropy.bits < minBits);
    }

    /** Reports `entropy` of `site`; `value` is the expression that produced it, which a suggestion may replace. */
    function report(site: TokenSite, entropy: Entropy, value: Node): void {
      if (!isFailing(entropy)) return;
      const weak = entropy.kind === 'weak';
      const random = entropy.kind === 'random' ? entropy : undefined;
      const size = random?.size;
      const narrow = weak || !size ? entropy.source : (size.node ?? size.call);
      const node = contains(site.outer, narrow) ? narrow : value;
      if (reported.has(node)) return;
      reported.add(node);
      const source = entropy.label;
      if (weak) {
        context.report({ node, messageId: 'predictable', data: { name: site.name, source }, suggest: replacements(value, entropy.source) });
        return;
      }
      context.report({
        node,
        messageId: 'tooFewBits',
        data: { name: site.name, bits: String(random!.bits), source, minBits: String(minBits) },
        suggest: size && node === narrow ? raises(size) : [],
      });
    }

    function replacements(value: Node, source: Node) {
      // Only an expression that computes the token can be swapped; a variable built in a loop cannot.
      const bare = unwrap(value);
      const helper = bare.type === 'CallExpression' && localFunction(bare.callee, sourceCode) !== undefined;
      if (isFunction(bare) || !(contains(value, source) || helper)) return [];
      const suggestions = [];
      // node:crypto does not exist in the browser bundle of a client component.
      const access = isClientFile ? undefined : randomBytesAccess(value, sourceCode);
      if (access) {
        const code = `${access.call()}(32).toString('hex')`;
        suggestions.push({
          messageId: 'useRandomBytes' as const,
          data: { code },
          fix: (fixer: RuleFixer): RuleFix[] => [fixer.replaceText(value, code), ...(access.fix ? [access.fix(fixer)] : [])],
        });
      }
      const uuid = minBits <= UUID_BITS ? randomUUIDCall(value, sourceCode) : undefined;
      if (uuid) suggestions.push({ messageId: 'useRandomUUID' as const, data: { code: uuid }, fix: (fixer: RuleFixer) => fixer.replaceText(value, uuid) });
      return suggestions;
    }

    function raises(size: NonNullable<Extract<Entropy, { kind: 'random' }>['size']>) {
      const needed = Math.ceil(minBits / size.unitBits);
      // Byte counts get the customary 16 and 32; other units (characters) the smallest size that suffices.
      const sizes = size.unitBits === 8 ? [16, 32].filter((bytes) => bytes * 8 >= minBits) : [];
      if (sizes.length === 0) sizes.push(Math.max(needed, size.unitBits === 8 ? 16 : needed));
      return sizes.map((value) => ({
        messageId: 'raiseSize' as const,
        data: { size: String(value), bits: String(Math.floor(value * size.unitBits)) },
        fix: (fixer: RuleFixer) => (size.node ? fixer.replaceText(size.node, String(value)) : appendArgument(fixer, sourceCode, size.call, String(value))),
      }));
    }
  },
});

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The object a method is called on; for `cookies().set`, the function that made it. */
function objectOf(callee: Node): Node {
  const bare = unwrap(callee);
  const object = bare.type === 'MemberExpression' ? unwrap(bare.object) : bare;
  return object.type === 'CallExpression' ? object.callee : object;
}

function assignedName(left: Node): string | undefined {
  const bare = unwrap(left);
  if (bare.type === 'Identifier') return bare.name;
  if (bare.type === 'MemberExpression') return bare.computed ? (bare.property.type === 'Literal' ? literalKey(bare.property) : undefined) : literalKey(bare.property);
  return undefined;
}

function typeNameOf(type: TSESTree.TypeNode | undefined): string | undefined {
  if (type?.type !== 'TSTypeReference') return undefined;
  const name = type.typeName;
  return name.type === 'Identifier' ? name.name : name.type === 'TSQualifiedName' ? name.right.name : undefined;
}
