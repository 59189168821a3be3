import type { ErrorResponse } from '../../shared/api/common.ts';

/** One problem with one field, already in Vietnamese and naming the field. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error answer of the API, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** Someone else saved the same record first (optimistic locking). */
  get isConflict(): boolean {
    return this.status === 409 || this.code === 'CONFLICT';
  }

  get isNotFound(): boolean {
    return this.status === 404 || this.status === 403;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Kept from the login answer or GET /api/auth/me; sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request comes back 401 (the session ended): the app returns to the login screen. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  /** Do not treat 401 as "session ended" (the login form shows its own message). */
  quiet401?: boolean;
  /** Statuses whose JSON body is a normal answer (an import check answers 400 with its report). */
  bodyStatuses?: readonly number[];
  /** Cancels the request (a newer one replaced it); the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.';

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (response.status === 401 && !options.quiet401) unauthorizedHandler?.();
  if (!response.ok && !options.bodyStatuses?.includes(response.status)) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const parsed = (await response.json()) as Partial<ErrorResponse>;
    if (parsed.error && typeof parsed.error.message === 'string') {
      const { code, message, fields } = parsed.error;
      return new ApiError(response.status, code, message, fields ?? []);
    }
  } catch {
    // Not JSON: fall through to a generic message.
  }
  const message =
    response.status >= 500
      ? 'Máy chủ gặp sự cố. Vui lòng thử lại sau ít phút.'
      : `Yêu cầu không thực hiện được (mã ${response.status}).`;
  return new ApiError(response.status, 'HTTP_ERROR', message);
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A multipart upload (files and text fields); the browser sets the content type and boundary. */
  upload: <T>(path: string, form: FormData, options?: RequestOptions) =>
    request<T>('POST', path, form, options),
};

/** Builds "?a=1&b=2" from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s === '' ? '' : `?${s}`;
}
