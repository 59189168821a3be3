import type { LoginBody, SessionResponse } from '../../shared/api/auth.ts';
import { http } from './client.ts';

/** The signed-in user's session (null when nobody is signed in). */
export const sessionKey = ['session'] as const;

export const authApi = {
  login: (body: LoginBody) => http.post<SessionResponse>('/api/auth/login', body, { quiet401: true }),
  logout: () => http.post<void>('/api/auth/logout', undefined, { quiet401: true }),
  me: () => http.get<SessionResponse>('/api/auth/me', { quiet401: true }),
  changePassword: (body: { password: string; newPassword: string }) =>
    http.post<void>('/api/auth/password', body, { quiet401: true }),
};
