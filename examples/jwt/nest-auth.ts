// NestJS: a JWT module with a public key and no allow-list, a constants file with the docs' secret,
// and a guard that trusts a decoded token.
import { CanActivate, ExecutionContext, Injectable, Module } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

// Flaw: a signing secret in source, as in the framework's tutorial.
export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
};

// Flaw: RS256 keys but no verifyOptions.algorithms.
const jwtModule = JwtModule.register({
  publicKey: process.env.JWT_PUBLIC_KEY,
  privateKey: process.env.JWT_PRIVATE_KEY,
  signOptions: { algorithm: 'RS256', expiresIn: '15m' },
});

@Module({ imports: [jwtModule] })
export class AuthModule {}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    // Flaw: expired tokens are accepted.
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: true, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] });
  }
}

@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  // Flaw: the role comes from an unverified token.
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const payload = this.jwtService.decode(request.headers.authorization?.slice(7) ?? '');
    return payload?.role === 'admin';
  }
}
