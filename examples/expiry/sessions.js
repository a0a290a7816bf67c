// Session lifetimes (ASVS 4.0.3 3.3.2): each session below lives forever or longer than 30 days.
import express from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });

// Flaw: no cookie.maxAge and express-session's MemoryStore, so a session never expires.
app.use(
  '/admin',
  session({
    secret: process.env.ADMIN_SESSION_SECRET,
    name: '__Host-admin',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
  }),
);

// Flaw: Redis keeps this session for 60 days, and every request starts the 60 days again.
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: redis, ttl: 60 * 24 * 60 * 60 }),
    resave: false,
    saveUninitialized: false,
  }),
);

// Flaw: a year-long remember-me cookie; cookie-session never checks the age on the server.
const YEAR = 365 * 24 * 60 * 60 * 1000;
app.use('/legacy', cookieSession({ name: 'legacy', keys: [process.env.LEGACY_KEY], maxAge: YEAR }));

export default app;
