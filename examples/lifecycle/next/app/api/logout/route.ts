// Flaw (3.3.1): the session cookie holds a signed token; deleting it in the browser leaves it valid
// until it expires, because nothing on the server revokes it.
import { cookies } from 'next/headers';

export async function POST() {
  (await cookies()).delete('session');
  return Response.json({ ok: true });
}
