// Hono and jose on an edge runtime.
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { SignJWT, jwtVerify, EmbeddedJWK, UnsecuredJWT } from 'jose';

const app = new Hono();

// Flaw: no `alg` (required since hono 4.11.4; before, HS256 was assumed silently).
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));

// Flaw: a jose key made from a literal.
const key = new TextEncoder().encode('edge-signing-key');

export const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(key);

// Flaw: the token is checked with the key it carries itself.
export async function verifyPartnerToken(token: string) {
  const { payload } = await jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] });
  return payload;
}

// Flaw: unsigned tokens.
export const debugToken = (sub: string) => new UnsecuredJWT({ sub }).encode();

export default app;
