/** Stable outcome codes; one place (server/http/errors.ts) maps them to HTTP statuses. */
export type DomainErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'RATE_LIMITED'
  | 'INVALID_STATE';

export interface FieldProblem {
  path: string;
  message: string;
}

/** A failure the user can understand and act on; `message` is Vietnamese. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: FieldProblem[] | undefined;
  constructor(code: DomainErrorCode, message: string, fields?: FieldProblem[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
}

/** Thrown when a record changed since the user loaded it (optimistic locking). */
export function conflictError(what: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `${what} vừa được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.`,
  );
}

/** Thrown for a record that does not exist or that the user may not see: both look the same. */
export function notFoundError(what: string): DomainError {
  return new DomainError('NOT_FOUND', `Không tìm thấy ${what}, hoặc bạn không có quyền xem.`);
}
