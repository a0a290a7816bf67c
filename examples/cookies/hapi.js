// hapi: server.state and @hapi/yar.
import Hapi from '@hapi/hapi';
import Yar from '@hapi/yar';

const server = Hapi.server({ port: 3000 });

// Flaw: hapi cookies are Strict by default; this turns SameSite off.
server.state('session', { isSameSite: false, path: '/', ttl: 30 * 60 * 1000 });

// Flaw: yar's Secure default turned off.
await server.register({
  plugin: Yar,
  options: { name: '__Host-yar', cookieOptions: { password: process.env.YAR_PASSWORD, isSecure: false }, cache: { expiresIn: 30 * 60 * 1000 } },
});

export default server;
