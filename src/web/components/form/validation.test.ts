import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { apiFieldError, checkWithSchema, normalisePath, problemsByPath } from './validation.ts';

describe('the form checks', () => {
  it('every way of writing a field path becomes the key the inputs look up', () => {
    assert.equal(normalisePath('plan/purposes/0'), 'plan.purposes.0');
    assert.equal(normalisePath('plan.purposes[0]'), 'plan.purposes.0');
    assert.equal(normalisePath('/seats'), 'seats');
    assert.equal(normalisePath('name'), 'name');
  });

  it('the first problem of a field wins; each field keeps its own', () => {
    const byPath = problemsByPath([
      { path: 'plan/purposes/0', message: 'first' },
      { path: 'plan.purposes[0]', message: 'second' },
      { path: 'seats', message: 'seats' },
    ]);
    assert.deepEqual(byPath, { 'plan.purposes.0': 'first', seats: 'seats' });
  });

  it('runs the server schema before sending: nothing when valid, one problem a bad field', () => {
    const schema = z.object({ name: z.string().min(1), seats: z.number().int().positive() });
    assert.deepEqual(checkWithSchema(schema, { name: 'Hội nghị', seats: 150 }), []);
    const problems = checkWithSchema(schema, { name: '', seats: -1 });
    assert.deepEqual(
      problems.map((p) => p.path),
      ['name', 'seats'],
    );
    for (const p of problems) assert.ok(p.message.length > 0, `a message for ${p.path}`);
  });
});

describe('the message of a field the server refused', () => {
  it('is found by the field name, also under the body, and only for that field', () => {
    const error = new ApiError(400, 'VALIDATION', 'Dữ liệu không hợp lệ', [
      { path: 'body.officeName', message: 'Tên văn phòng: phải bắt đầu bằng “Văn phòng”.' },
      { path: 'hasCouncil', message: 'Hội đồng nhân dân: chọn có hoặc không.' },
    ]);
    assert.equal(apiFieldError(error, 'officeName'), 'Tên văn phòng: phải bắt đầu bằng “Văn phòng”.');
    assert.equal(apiFieldError(error, 'hasCouncil'), 'Hội đồng nhân dân: chọn có hoặc không.');
    assert.equal(apiFieldError(error, 'name'), undefined);
    assert.equal(apiFieldError(new Error('mạng'), 'officeName'), undefined);
    assert.equal(apiFieldError(null, 'officeName'), undefined);
  });
});
