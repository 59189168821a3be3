import { randomBytes } from 'node:crypto';

/** A new certificate token: 128 random bits, base64url (22 characters). */
export function newCertificateToken(): string {
  return randomBytes(16).toString('base64url');
}
