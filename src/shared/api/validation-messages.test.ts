import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_TEMPLATE } from '../../core/conference/default-template.ts';
import { instantiateTemplate } from '../../core/conference/instantiate.ts';
import { loginBodySchema } from './auth.ts';
import { updateConferenceBodySchema } from './conferences.ts';
import { describeIssue, fieldLabel } from './field-labels.ts';

function validBody() {
  const draft = instantiateTemplate(DEFAULT_TEMPLATE, { typeLabel: 'đặc khu', name: 'Bạch Long Vĩ' });
  return { ...draft, version: 1 };
}

function messages(input: unknown): string[] {
  const r = updateConferenceBodySchema.safeParse(input);
  assert.equal(r.success, false, 'the input should have been refused');
  return r.error ? r.error.issues.map(describeIssue) : [];
}

describe('validation messages name the field in Vietnamese', () => {
  test('a valid conference passes', () => {
    assert.equal(updateConferenceBodySchema.safeParse(validBody()).success, true);
  });

  test('a conference without delegates', () => {
    assert.deepEqual(messages({ ...validBody(), maxDelegates: 0 }), [
      'Số đại biểu tối đa: phải từ 1 trở lên',
    ]);
  });

  test('shares that do not add up to 100%', () => {
    const [m] = messages({ ...validBody(), exemplaryShare: 60 });
    assert.match(m, /^Tỷ lệ đại biểu khách mời, lãnh đạo: .*phải bằng 100% \(hiện là 90%\)$/);
  });

  test('an empty purpose names its position as users count it', () => {
    const body = validBody();
    body.plan.purposes[2] = '';
    assert.deepEqual(messages(body), ['Mục đích, yêu cầu (mục 3): chưa được nhập']);
  });

  test('a nested duty names the assignment and the duty', () => {
    const body = validBody();
    body.plan.assignments[0].duties[1] = ' ';
    assert.deepEqual(messages(body), ['Phân công (mục 1) › Nhiệm vụ (mục 2): chưa được nhập']);
  });

  test('an impossible date and a session that ends before it starts', () => {
    const body = validBody();
    const found = messages({
      ...body,
      deadline: '2025-13-40',
      session: { ...body.session, startTime: '10:00', endTime: '08:00' },
    });
    assert.ok(found.some((m) => m.startsWith('Hạn hoàn thành: ')));
    assert.ok(found.includes('Giờ kết thúc: phải sau giờ bắt đầu'));
  });

  test('a missing login field', () => {
    const r = loginBodySchema.safeParse({ username: 'a' });
    assert.deepEqual(r.error?.issues.map(describeIssue), ['Mật khẩu: chưa được nhập']);
  });

  test('labels fall back to the key for fields without a Vietnamese name', () => {
    assert.equal(fieldLabel(['khongCo']), 'khongCo');
    assert.equal(fieldLabel([]), 'Dữ liệu');
  });
});
