// Next.js route handler and middleware.
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

export async function POST(request: Request) {
  const session = await createSession(await request.json());
  // Flaw: Next.js adds only Path=/, so this session cookie has no Secure, HttpOnly or SameSite.
  (await cookies()).set('session', session.id, { maxAge: 30 * 60 });
  return Response.json({ ok: true });
}

export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  // Flaw: a '__Host-' cookie that is not Secure: browsers drop it.
  response.cookies.set({ name: '__Host-token', value: request.headers.get('x-token') ?? '', httpOnly: true, sameSite: 'lax', maxAge: 900 });
  return response;
}

async function createSession(body: unknown) {
  return { id: String(body) };
}
