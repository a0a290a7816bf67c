import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { objectCandidates } from './find.ts';
import { objectSites } from './object-site.ts';
import { wrapperCandidates } from './wrappers.ts';
import { documentCookieSites, headerCallSites, headerMapSites, headerTupleSites } from './string-find.ts';
import type { CookieSite } from './types.ts';
import { asSourceCode, type AnySourceCode } from '../../ast/scope.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

export type { AttributeState, AttributeValues, CookieEditor, CookieSite, Fix } from './types.ts';

// Every place that sets a cookie, in one model the cookie rules share: which library, which cookie,
// each attribute's state and the library's default, and how to edit it. Computed once per node and
// file, whichever rule asks first.

type Node = TSESTree.Node;

const COOKIE_SITES = fileFact<WeakMap<Node, readonly CookieSite[]>>('cookie sites');

/** The cookies `node` sets: a call, a `document.cookie` assignment, a `'Set-Cookie'` header-map property or header pair. */
export function cookieSitesAt(node: Node, sourceCode: AnySourceCode): readonly CookieSite[] {
  const code = asSourceCode(sourceCode);
  const cache = perFile(code, COOKIE_SITES, () => new WeakMap());
  let sites = cache.get(node);
  if (!sites) {
    sites = compute(node, code);
    cache.set(node, sites);
  }
  return sites;
}

function compute(node: Node, code: ReturnType<typeof asSourceCode>): readonly CookieSite[] {
  switch (node.type) {
    case 'CallExpression': {
      const headers = headerCallSites(node, code);
      if (headers.length > 0) return headers;
      const candidates = objectCandidates(node, code);
      return (candidates.length > 0 ? candidates : wrapperCandidates(node, code)).flatMap((candidate) => objectSites(candidate, code));
    }
    case 'AssignmentExpression':
      return documentCookieSites(node, code);
    case 'Property':
      return headerMapSites(node, code);
    case 'ArrayExpression':
      return headerTupleSites(node, code);
    default:
      return [];
  }
}

/** Listeners that hand every cookie site of the file to `visit`, for a rule to return from `create`. */
export function cookieSiteListeners(sourceCode: AnySourceCode, visit: (site: CookieSite) => void): RuleListener {
  const each = (node: Node): void => {
    for (const site of cookieSitesAt(node, sourceCode)) visit(site);
  };
  return {
    CallExpression: each,
    'AssignmentExpression[left.property.name="cookie"]': each,
    'Property[key.value=/^set-cookie$/i]': each,
    // `['Set-Cookie', value]` header pairs; the cheap selector is the name literal.
    'ArrayExpression > Literal.elements[value=/^set-cookie$/i]'(literal: TSESTree.Literal) {
      if (literal.parent.type === 'ArrayExpression' && literal.parent.elements[0] === literal) each(literal.parent);
    },
  };
}
