/**
 * Refusals every route shares, checked before a route's own schema: text the database cannot store.
 * PostgreSQL refuses a NUL character (U+0000) in text and json, so a request carrying one anywhere in
 * its body (however deep, as in a plan's JSON), query or path is answered 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../core/errors/domain-error.ts';
import { describeIssue } from '../../shared/api/field-labels.ts';

const NUL = '\u0000';
const NUL_MESSAGE = 'không được chứa ký tự NUL';

/** The path of the first string (or object key) holding a NUL character, or null when there is none. */
export function findNul(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The refusal of a NUL character at `path`, in the shape of every validation error. */
export function nulError(path: PropertyKey[]): DomainError {
  const message = describeIssue({ path, message: NUL_MESSAGE });
  return new DomainError('VALIDATION', `Dữ liệu chưa hợp lệ: ${message}`, [
    { path: path.map(String).join('.'), message },
  ]);
}

/** Refuses, before validation, any request whose body, query or path holds a NUL character. */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = findNul(part);
      if (path) throw nulError(path);
    }
  });
}
