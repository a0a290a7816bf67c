// Whether a file runs in the browser or on a server, from what it imports and which host globals it
// uses. A hard-coded key is a session problem when browser code sends it; a decoded token is an
// authorisation decision only on a server. Files that show both sides or neither are 'unknown'.
import type { TSESTree } from '@typescript-eslint/utils';
import { getModuleRefs } from './modules.ts';
import { asSourceCode, type AnySourceCode } from '../ast/scope.ts';
import { fileFact, perFile } from '../ast/per-file.ts';

export type CodeSide = 'client' | 'server' | 'unknown';

const CLIENT_MODULES = /^(?:react|react-dom(?:\/.*)?|react-native|vue|svelte|solid-js|preact(?:\/.*)?|next\/(?:router|navigation|link)|@angular\/.+|@tanstack\/(?:react|vue|svelte|solid)-query|swr|expo(?:-.+)?|@ionic\/.+|pinia|vuex|zustand|redux|@reduxjs\/toolkit|\$app\/.+)$/;
const SERVER_MODULES =
  /^(?:node:.+|fs|fs\/promises|http|https|http2|net|tls|crypto|child_process|cluster|express|express-.+|fastify|@fastify\/.+|koa|koa-.+|@koa\/.+|@hapi\/.+|hono(?:\/.+)?|@hono\/.+|next\/(?:server|headers)|@nestjs\/.+|h3|nitropack|server-only|jsonwebtoken|passport(?:-.+)?|express-session|cookie-session|cookie-parser|mongoose|mongodb|@prisma\/client|pg|mysql2?|sequelize|typeorm|redis|ioredis|firebase-admin(?:\/.+)?|@remix-run\/(?:node|server-runtime|cloudflare|deno)|@react-router\/(?:node|cloudflare|architect)|@sveltejs\/kit\/node)$/;
const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'XMLHttpRequest']);
const SERVER_FILE = /(?:^|[\\/])(?:server|api|routes|middleware|controllers?)[\\/]|\.server\.[cm]?[jt]sx?$|(?:^|[\\/])\+(?:server|page\.server|layout\.server)\.[jt]s$/;
const CLIENT_FILE = /\.(?:vue|svelte)$|(?:^|[\\/])(?:components|hooks|composables|stores?|client|frontend|browser)[\\/]/;

const CODE_SIDE = fileFact<CodeSide>('code side');

export function codeSide(sourceCode: AnySourceCode, filename: string): CodeSide {
  return perFile(sourceCode, CODE_SIDE, () => decide(sourceCode, filename));
}

function decide(sourceCode: AnySourceCode, filename: string): CodeSide {
  const code = asSourceCode(sourceCode);
  const directives = directivesOf(code.ast);
  const modules = [...getModuleRefs(code).imported];
  const through = code.scopeManager?.globalScope?.through ?? [];
  const client =
    directives.has('use client') ||
    modules.some((module) => CLIENT_MODULES.test(module)) ||
    through.some((reference) => BROWSER_GLOBALS.has(reference.identifier.name)) ||
    CLIENT_FILE.test(filename);
  const server = directives.has('use server') || modules.some((module) => SERVER_MODULES.test(module)) || SERVER_FILE.test(filename);
  if (client === server) return 'unknown';
  return client ? 'client' : 'server';
}

function directivesOf(program: TSESTree.Program): Set<string> {
  const found = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || !statement.directive) break;
    found.add(statement.directive);
  }
  return found;
}
