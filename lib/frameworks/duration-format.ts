/**
 * How a library reads a lifetime value:
 * - `ms` / `s`: a number of milliseconds / seconds;
 * - `jsonwebtoken`: a number of seconds, or a vercel/ms string where a bare number means milliseconds
 *   (`'120'` is 120 ms) — jsonwebtoken, @nestjs/jwt and @fastify/jwt all read `expiresIn` this way;
 * - `jose`: a time span from now (`'2h'`, `'1 day'`); a number or Date is an absolute time;
 * - `timespan`: Lucia's `new TimeSpan(value, unit)`;
 * - `date`: a Date, whose distance from now is known only for `new Date(Date.now() + n)`;
 * - `epoch-seconds`: a JWT `exp` claim, known only for `Math.floor(Date.now() / 1000) + n`.
 */
export type DurationFormat = 'ms' | 's' | 'jsonwebtoken' | 'jose' | 'timespan' | 'date' | 'epoch-seconds';
