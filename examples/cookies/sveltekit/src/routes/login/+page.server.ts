// SvelteKit form action.
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ cookies, request }) => {
    const sessionId = await createSession(await request.formData());
    // Flaw: SvelteKit's HttpOnly default turned off.
    cookies.set('__Host-session', sessionId, { path: '/', httpOnly: false, maxAge: 1800 });
  },
};

async function createSession(form: FormData) {
  return String(form.get('user'));
}
