import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { instanceOf } from '../../lib/match/instances.ts';
import { analyze, walk } from '../helpers/analyze.ts';

/** What the receiver of the last `.set(…)` call is: 'new', 'injected' (no construction shown) or 'none'. */
function receiverKind(code: string): string {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      let receiver: TSESTree.Node | undefined;
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'set') receiver = node.callee.object;
      }
      const instance = receiver && instanceOf(receiver, sourceCode, ['ngx-cookie-service', 'universal-cookie'], ['CookieService']);
      return instance ? (instance.created ? 'new' : 'injected') : 'none';
    },
    { parser: 'ts' },
  );
}

describe('instanceOf', () => {
  it.for([
    ["import { CookieService } from 'ngx-cookie-service'; new CookieService().set('a', b);", 'new'],
    ["import { CookieService } from 'ngx-cookie-service'; const c = new CookieService(); const d = c; d.set('a', b);", 'new'],
    ["import { inject } from '@angular/core'; import { CookieService } from 'ngx-cookie-service'; class A { c = inject(CookieService); m() { this.c.set('a', b); } }", 'injected'],
    ["import { CookieService } from 'ngx-cookie-service'; class A { constructor(private readonly c: CookieService) {} m() { return () => this.c.set('a', b); } }", 'injected'],
    ["import { CookieService } from 'ngx-cookie-service'; class A { constructor(public c: CookieService = x) {} m() { this.c.set('a', b); } }", 'injected'],
    ["import { CookieService } from 'ngx-cookie-service'; class A { private c!: CookieService; m() { this.c.set('a', b); } }", 'injected'],
    ["import { CookieService } from 'ngx-cookie-service'; class A { c = new CookieService(); m() { this.c.set('a', b); } }", 'new'],
    ["import type { CookieService } from 'ngx-cookie-service'; export function f(c: CookieService) { c.set('a', b); }", 'injected'],
    ["import { CookieService as Jar } from 'ngx-cookie-service'; const c: Jar = get(); c.set('a', b);", 'injected'],
    // A regular function's `this` is not the class's.
    ["import { CookieService } from 'ngx-cookie-service'; class A { c: CookieService; m() { return function () { this.c.set('a', b); }; } }", 'none'],
    // Shadowed `inject`, another module's class, an untyped parameter, an unknown field.
    ["import { CookieService } from 'ngx-cookie-service'; const inject = (t) => t; class A { c = inject(CookieService); m() { this.c.set('a', b); } }", 'none'],
    ["import { CookieService } from './cookie.service'; class A { constructor(private c: CookieService) {} m() { this.c.set('a', b); } }", 'none'],
    ["import { CookieService } from 'ngx-cookie-service'; function f(c) { c.set('a', b); }", 'none'],
    ["import { CookieService } from 'ngx-cookie-service'; class A { m() { this.other.set('a', b); } }", 'none'],
    ["import { CookieService } from 'ngx-cookie-service'; let c = new CookieService(); c = other; c.set('a', b);", 'none'],
    ["import { CookieService } from 'ngx-cookie-service'; this.c.set('a', b);", 'none'],
    ["import { CookieService } from 'ngx-cookie-service'; import { inject } from '@angular/core'; inject(...types).set('a', b);", 'none'],
  ])('%s → %s', ([code, expected]) => {
    expect(receiverKind(code!)).toBe(expected);
  });
});
