import type { ConferenceTemplate } from '../../core/conference/template.ts';
import type { Conference } from '../../core/conference/types.ts';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { LoginBody, SessionResponse } from '../../shared/api/auth.ts';
import type {
  ConferenceSummary,
  ConferenceTemplateRecord,
  ConferenceTemplateSummary,
  CreateConferenceBody,
  UpdateConferenceBody,
} from '../../shared/api/conferences.ts';
import type { CreateUnitBody, Unit, UnitTreeResponse, UpdateUnitBody } from '../../shared/api/units.ts';
import type { CreateUserBody, UpdateUserBody, UserRecord } from '../../shared/api/users.ts';
import { http, query } from './client.ts';

/** Every endpoint the web app calls, typed from src/shared/api. */
export const api = {
  auth: {
    login: (body: LoginBody) => http.post<SessionResponse>('/api/auth/login', body, { quiet401: true }),
    logout: () => http.post<void>('/api/auth/logout', undefined, { quiet401: true }),
    me: () => http.get<SessionResponse>('/api/auth/me', { quiet401: true }),
    changePassword: (body: { password: string; newPassword: string }) =>
      http.post<void>('/api/auth/password', body, { quiet401: true }),
  },
  units: {
    tree: () => http.get<UnitTreeResponse>('/api/units'),
    get: (id: string) => http.get<{ unit: Unit; children: Unit[] }>(`/api/units/${id}`),
    create: (body: CreateUnitBody) => http.post<Unit>('/api/units', body),
    update: (id: string, body: UpdateUnitBody) => http.patch<Unit>(`/api/units/${id}`, body),
  },
  templates: {
    list: () => http.get<{ templates: ConferenceTemplateSummary[] }>('/api/templates'),
    get: (id: string) => http.get<ConferenceTemplateRecord>(`/api/templates/${id}`),
    update: (id: string, body: { version: number; body: ConferenceTemplate }) =>
      http.put<ConferenceTemplateRecord>(`/api/templates/${id}`, body),
  },
  conferences: {
    list: (unitId?: string) =>
      http.get<{ conferences: ConferenceSummary[] }>(`/api/conferences${query({ unitId })}`),
    create: (body: CreateConferenceBody) => http.post<Conference>('/api/conferences', body),
    get: (id: string) => http.get<Conference>(`/api/conferences/${id}`),
    update: (id: string, body: UpdateConferenceBody) => http.put<Conference>(`/api/conferences/${id}`, body),
    planDocxUrl: (id: string) => `/api/conferences/${id}/plan.docx`,
    planPdfUrl: (id: string) => `/api/conferences/${id}/plan.pdf`,
  },
  audit: {
    list: (params: {
      unitId?: string;
      entityType?: string;
      entityId?: string;
      limit: number;
      offset: number;
    }) => http.get<{ entries: AuditEntry[]; total: number }>(`/api/audit${query(params)}`),
  },
  users: {
    list: (unitId?: string) => http.get<{ users: UserRecord[] }>(`/api/users${query({ unitId })}`),
    create: (body: CreateUserBody) => http.post<UserRecord>('/api/users', body),
    update: (id: string, body: UpdateUserBody) => http.patch<UserRecord>(`/api/users/${id}`, body),
  },
};
