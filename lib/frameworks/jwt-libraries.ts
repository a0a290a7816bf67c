// Where each JWT library takes its token, key and verification options, and what it does when an
// option is left out. Facts checked against the libraries' docs and sources:
// - jsonwebtoken 9: `verify` without `algorithms` infers them from the key type (a string secret means
//   HS*; older releases trusted the token's header); 'none' is accepted only when listed with a falsy
//   key; `exp` is checked only when present; `decode` verifies nothing.
// - jose: `jwtVerify` never accepts 'none' and binds keys to an algorithm family, so an omitted
//   allow-list is not a hole; `decodeJwt` verifies nothing.
// - express-jwt >= 6 throws without `algorithms` (older releases trusted the header); hono/jwt requires
//   `alg` since 4.11.4 (before, verification silently used HS256).
// - passport-jwt, koa-jwt, express-jwt and @nestjs/jwt pass their options on to jsonwebtoken.verify.
// - jwt-simple's `decode(token, key, noVerify, algorithm)` takes the algorithm from the token header
//   unless the fourth argument names one.

/** What an omitted algorithm allow-list means for the library. */
export type AlgorithmPolicy =
  /** The library throws or trusts the token's header without one: always report. */
  | 'required'
  /** The library picks algorithms from the key type: report unless the key is a symmetric secret. */
  | 'unless-symmetric'
  /** The key fixes the algorithm family (jose) or the call only signs: never report. */
  | 'not-needed';

/** How the call is reached. */
export type JwtForm =
  /** `f(...)`, `lib.f(...)`. */
  | 'call'
  /** `new F(...)`. */
  | 'new'
  /** Fastify: `app.register(plugin, options)`. */
  | 'register'
  /** NestJS: `super(options)` in `class X extends PassportStrategy(Strategy)`. */
  | 'super'
  /** A method of an injected `JwtService` (`this.jwtService.verify(...)`). */
  | 'service'
  /** The last call of a builder chain: `new SignJWT(p).setProtectedHeader(h).sign(key)`. */
  | 'chain';

export type JwtRole =
  | 'sign'
  | 'verify'
  | 'decode'
  /** A middleware, strategy or module configured once for signing and verifying. */
  | 'config';

type Path = readonly string[];

export interface JwtApi {
  /** The package as users know it, e.g. `jsonwebtoken`. */
  readonly library: string;
  /** How messages name the call, e.g. `jwt.verify`. */
  readonly call: string;
  readonly modules: readonly string[];
  /** The export path ([] for the module itself). For 'chain', the builder class; for 'service', the method. */
  readonly path: Path;
  readonly form: JwtForm;
  readonly role: JwtRole;
  /** Argument index of the token (verify, decode). */
  readonly token?: number;
  /** Argument index of the key. */
  readonly key?: number;
  /** Argument index of the options object. */
  readonly options?: number;
  /** Option paths that hold a signing or verification secret (for the hard-coded secret rule). */
  readonly secretOptions?: readonly Path[];
  /** Option paths that hold a public key: verification keys, never secrets. */
  readonly publicKeyOptions?: readonly Path[];
  /** Where the verification allow-list lives: an array of names. */
  readonly algorithms?: Path;
  /** Where a single verification algorithm lives (hono's `alg`). */
  readonly algorithm?: Path;
  /** Argument index that holds the single algorithm, or an options object with `alg` (hono verify, jwt-simple). */
  readonly algorithmArgument?: number;
  /** Where the signing algorithm lives. */
  readonly signAlgorithm?: Path;
  /** A flag whose `true` turns the expiry check off. */
  readonly ignoreExpiration?: Path;
  /** A flag whose `false` turns the expiry check off (hono `exp`). */
  readonly checkExpiration?: Path;
  /** express-jwt's revocation hook. */
  readonly revocation?: Path;
  readonly policy: AlgorithmPolicy;
  /** A truthy value in this argument makes a verify call skip verification (jwt-simple's `noVerify`). */
  readonly noVerifyArgument?: number;
  /** The NestJS options come from `useFactory`'s result. */
  readonly optionsFromFactory?: boolean;
  /** For decoders: the call that verifies instead, as messages name it. */
  readonly verifyWith?: string;
}

const JSONWEBTOKEN = ['jsonwebtoken'];
const JOSE = ['jose'];
const HONO = ['hono/jwt', 'hono/utils/jwt/jwt'];
const NEST = ['@nestjs/jwt'];
const FASTIFY_JWT = ['@fastify/jwt', 'fastify-jwt'];

const NEST_VERIFY = { algorithms: ['verifyOptions', 'algorithms'], ignoreExpiration: ['verifyOptions', 'ignoreExpiration'], signAlgorithm: ['signOptions', 'algorithm'] };
const NEST_SECRETS: readonly Path[] = [['secret'], ['privateKey'], ['secretOrPrivateKey']];

export const JWT_APIS: readonly JwtApi[] = [
  // jsonwebtoken
  { library: 'jsonwebtoken', call: 'jwt.sign', modules: JSONWEBTOKEN, path: ['sign'], form: 'call', role: 'sign', key: 1, options: 2, signAlgorithm: ['algorithm'], policy: 'not-needed' },
  {
    library: 'jsonwebtoken',
    call: 'jwt.verify',
    modules: JSONWEBTOKEN,
    path: ['verify'],
    form: 'call',
    role: 'verify',
    token: 0,
    key: 1,
    options: 2,
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    policy: 'unless-symmetric',
  },
  { library: 'jsonwebtoken', call: 'jwt.decode', modules: JSONWEBTOKEN, path: ['decode'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`jwt.verify`' },

  // jose
  { library: 'jose', call: 'jwtVerify', modules: JOSE, path: ['jwtVerify'], form: 'call', role: 'verify', token: 0, key: 1, options: 2, algorithms: ['algorithms'], policy: 'not-needed' },
  { library: 'jose', call: 'compactVerify', modules: JOSE, path: ['compactVerify'], form: 'call', role: 'verify', token: 0, key: 1, options: 2, algorithms: ['algorithms'], policy: 'not-needed' },
  { library: 'jose', call: 'flattenedVerify', modules: JOSE, path: ['flattenedVerify'], form: 'call', role: 'verify', token: 0, key: 1, options: 2, algorithms: ['algorithms'], policy: 'not-needed' },
  { library: 'jose', call: 'jwtDecrypt', modules: JOSE, path: ['jwtDecrypt'], form: 'call', role: 'verify', token: 0, key: 1, policy: 'not-needed' },
  { library: 'jose', call: 'SignJWT#sign', modules: JOSE, path: ['SignJWT', 'sign'], form: 'chain', role: 'sign', key: 0, policy: 'not-needed' },
  { library: 'jose', call: 'CompactSign#sign', modules: JOSE, path: ['CompactSign', 'sign'], form: 'chain', role: 'sign', key: 0, policy: 'not-needed' },
  { library: 'jose', call: 'EncryptJWT#encrypt', modules: JOSE, path: ['EncryptJWT', 'encrypt'], form: 'chain', role: 'sign', key: 0, policy: 'not-needed' },
  { library: 'jose', call: 'decodeJwt', modules: JOSE, path: ['decodeJwt'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`jwtVerify`' },

  // jose 2.x (`JWT.verify(token, key, options)`; `JWK.None` verifies unsigned tokens).
  { library: 'jose', call: 'JWT.sign', modules: JOSE, path: ['JWT', 'sign'], form: 'call', role: 'sign', key: 1, options: 2, signAlgorithm: ['algorithm'], policy: 'not-needed' },
  { library: 'jose', call: 'JWT.verify', modules: JOSE, path: ['JWT', 'verify'], form: 'call', role: 'verify', token: 0, key: 1, options: 2, algorithms: ['algorithms'], ignoreExpiration: ['ignoreExpiration'], policy: 'not-needed' },
  { library: 'jose', call: 'JWT.decode', modules: JOSE, path: ['JWT', 'decode'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`JWT.verify`' },

  // jwt-decode: v4 names the export, v3 exported the function itself.
  { library: 'jwt-decode', call: 'jwtDecode', modules: ['jwt-decode'], path: ['jwtDecode'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: 'a server-side `jwtVerify` or `jwt.verify`' },
  { library: 'jwt-decode', call: 'jwtDecode', modules: ['jwt-decode'], path: [], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: 'a server-side `jwtVerify` or `jwt.verify`' },

  // Middleware and strategies that hand their options to jsonwebtoken.verify.
  {
    library: 'express-jwt',
    call: 'expressjwt',
    modules: ['express-jwt'],
    path: ['expressjwt'],
    form: 'call',
    role: 'config',
    options: 0,
    secretOptions: [['secret']],
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    revocation: ['isRevoked'],
    policy: 'required',
  },
  {
    library: 'express-jwt',
    call: 'expressjwt',
    modules: ['express-jwt'],
    path: [],
    form: 'call',
    role: 'config',
    options: 0,
    secretOptions: [['secret']],
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    revocation: ['isRevoked'],
    policy: 'required',
  },
  {
    library: 'koa-jwt',
    call: 'koaJwt',
    modules: ['koa-jwt'],
    path: [],
    form: 'call',
    role: 'config',
    options: 0,
    secretOptions: [['secret']],
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    policy: 'unless-symmetric',
  },
  {
    library: 'passport-jwt',
    call: 'JwtStrategy',
    modules: ['passport-jwt'],
    path: ['Strategy'],
    form: 'new',
    role: 'config',
    options: 0,
    secretOptions: [['secretOrKey']],
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    policy: 'unless-symmetric',
  },
  {
    library: 'passport-jwt',
    call: 'PassportStrategy(Strategy)',
    modules: ['passport-jwt'],
    path: ['Strategy'],
    form: 'super',
    role: 'config',
    options: 0,
    secretOptions: [['secretOrKey']],
    algorithms: ['algorithms'],
    ignoreExpiration: ['ignoreExpiration'],
    policy: 'unless-symmetric',
  },

  // @fastify/jwt (fast-jwt): `secret` is a string or `{ private, public }`; fast-jwt checks the key type.
  {
    library: '@fastify/jwt',
    call: '@fastify/jwt',
    modules: FASTIFY_JWT,
    path: [],
    form: 'register',
    role: 'config',
    options: 1,
    secretOptions: [['secret'], ['secret', 'private']],
    publicKeyOptions: [['secret', 'public']],
    algorithms: ['verify', 'algorithms'],
    ignoreExpiration: ['verify', 'ignoreExpiration'],
    signAlgorithm: ['sign', 'algorithm'],
    policy: 'not-needed',
  },

  // hono/jwt
  {
    library: 'hono/jwt',
    call: 'jwt',
    modules: HONO,
    path: ['jwt'],
    form: 'call',
    role: 'config',
    options: 0,
    secretOptions: [['secret']],
    algorithm: ['alg'],
    checkExpiration: ['verification', 'exp'],
    policy: 'required',
  },
  { library: 'hono/jwt', call: 'verify', modules: HONO, path: ['verify'], form: 'call', role: 'verify', token: 0, key: 1, algorithmArgument: 2, policy: 'required' },
  { library: 'hono/jwt', call: 'Jwt.verify', modules: ['hono/utils/jwt'], path: ['Jwt', 'verify'], form: 'call', role: 'verify', token: 0, key: 1, algorithmArgument: 2, policy: 'required' },
  { library: 'hono/jwt', call: 'sign', modules: HONO, path: ['sign'], form: 'call', role: 'sign', key: 1, policy: 'not-needed' },
  { library: 'hono/jwt', call: 'Jwt.sign', modules: ['hono/utils/jwt'], path: ['Jwt', 'sign'], form: 'call', role: 'sign', key: 1, policy: 'not-needed' },
  { library: 'hono/jwt', call: 'decode', modules: HONO, path: ['decode'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`verify`' },
  { library: 'hono/jwt', call: 'Jwt.decode', modules: ['hono/utils/jwt'], path: ['Jwt', 'decode'], form: 'call', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`Jwt.verify`' },

  // @nestjs/jwt: `secret` is an HMAC secret, `publicKey` makes verification asymmetric.
  {
    library: '@nestjs/jwt',
    call: 'JwtModule.register',
    modules: NEST,
    path: ['JwtModule', 'register'],
    form: 'call',
    role: 'config',
    options: 0,
    secretOptions: NEST_SECRETS,
    publicKeyOptions: [['publicKey']],
    ...NEST_VERIFY,
    policy: 'unless-symmetric',
  },
  {
    library: '@nestjs/jwt',
    call: 'JwtModule.registerAsync',
    modules: NEST,
    path: ['JwtModule', 'registerAsync'],
    form: 'call',
    role: 'config',
    options: 0,
    optionsFromFactory: true,
    secretOptions: NEST_SECRETS,
    publicKeyOptions: [['publicKey']],
    ...NEST_VERIFY,
    policy: 'unless-symmetric',
  },
  {
    library: '@nestjs/jwt',
    call: 'new JwtService',
    modules: NEST,
    path: ['JwtService'],
    form: 'new',
    role: 'config',
    options: 0,
    secretOptions: NEST_SECRETS,
    publicKeyOptions: [['publicKey']],
    ...NEST_VERIFY,
    policy: 'unless-symmetric',
  },
  ...(['sign', 'signAsync'] as const).map(
    (method): JwtApi => ({
      library: '@nestjs/jwt',
      call: `jwtService.${method}`,
      modules: NEST,
      path: [method],
      form: 'service',
      role: 'sign',
      options: 1,
      secretOptions: [['secret'], ['privateKey']],
      signAlgorithm: ['algorithm'],
      policy: 'not-needed',
    }),
  ),
  ...(['verify', 'verifyAsync'] as const).map(
    (method): JwtApi => ({
      library: '@nestjs/jwt',
      call: `jwtService.${method}`,
      modules: NEST,
      path: [method],
      form: 'service',
      role: 'verify',
      token: 0,
      options: 1,
      secretOptions: [['secret']],
      publicKeyOptions: [['publicKey']],
      algorithms: ['algorithms'],
      ignoreExpiration: ['ignoreExpiration'],
      policy: 'unless-symmetric',
    }),
  ),
  { library: '@nestjs/jwt', call: 'jwtService.decode', modules: NEST, path: ['decode'], form: 'service', role: 'decode', token: 0, policy: 'not-needed', verifyWith: '`jwtService.verify`' },

  // jwt-simple
  { library: 'jwt-simple', call: 'jwt.encode', modules: ['jwt-simple'], path: ['encode'], form: 'call', role: 'sign', key: 1, policy: 'not-needed' },
  {
    library: 'jwt-simple',
    call: 'jwt.decode',
    modules: ['jwt-simple'],
    path: ['decode'],
    form: 'call',
    role: 'verify',
    token: 0,
    key: 1,
    noVerifyArgument: 2,
    algorithmArgument: 3,
    policy: 'unless-symmetric',
    verifyWith: '`jwt.decode` without `noVerify`',
  },
];

/** How an allow-list is added when missing: the option's text for a symmetric and an asymmetric choice. */
export const SYMMETRIC_ALGORITHM = 'HS256';
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'] as const;
