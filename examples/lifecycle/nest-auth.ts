// Session lifecycle flaws in a NestJS app (express-session under the hood).
import { Body, Controller, Injectable, Post, Req } from '@nestjs/common';
import * as argon2 from 'argon2';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // Flaw (3.2.1): the session id from before the login stays valid.
  @Post('login')
  async login(@Req() req: Request & { session: Record<string, unknown> }, @Body() body: LoginDto) {
    const user = await this.auth.validate(body.email, body.password);
    req.session.userId = user.id;
    return { id: user.id };
  }
}

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  // Flaw (3.3.3): a reset writes the new hash, but sessions and tokens issued before it keep working.
  async resetPassword(userId: string, password: string) {
    await this.users.update(userId, { password: await argon2.hash(password) });
  }
}
