// Token lifetimes (ASVS 4.0.3 3.3.2): tokens that never expire, or live for months.
import jwt from 'jsonwebtoken';
import { SignJWT } from 'jose';

interface User {
  id: string;
  role: string;
}

// Flaw: no expiresIn and no exp claim: the token is valid forever.
export function issueAccessToken(user: User): string {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256' });
}

// Flaw: a refresh token for 90 days, beyond L1's 30.
export function issueRefreshToken(user: User): string {
  return jwt.sign({ sub: user.id }, process.env.JWT_REFRESH_KEY!, { algorithm: 'RS256', expiresIn: '90d' });
}

// Flaw: the jose chain never calls setExpirationTime.
export async function issueApiToken(user: User, key: CryptoKey): Promise<string> {
  return new SignJWT({ sub: user.id })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuedAt()
    .sign(key);
}

// Fine: 15 minutes.
export function issueShortToken(user: User): string {
  return jwt.sign({ sub: user.id }, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256', expiresIn: '15m' });
}
