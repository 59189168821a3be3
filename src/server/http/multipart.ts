import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors/domain-error.ts';
import { findNul, nulError } from './input-guards.ts';

export interface Upload {
  data: Buffer;
  fileName: string;
  /** Other text fields of the form, by name. */
  fields: Record<string, string>;
}

/** Reads a multipart form with one file (`file`) and any text fields; refuses a form without the file. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new DomainError('VALIDATION', 'Hãy gửi tệp bằng biểu mẫu tải lên (multipart/form-data).');
  }
  let file: { data: Buffer; fileName: string } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file' && !file) file = { data, fileName: part.filename };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  const nul = findNul({ ...fields, file: file?.fileName ?? '' });
  if (nul) throw nulError(nul);
  if (!file || file.data.length === 0) {
    throw new DomainError('VALIDATION', 'Chưa chọn tệp.', [{ path: 'file', message: 'Tệp: chưa chọn tệp' }]);
  }
  return { ...file, fields };
}
