import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import type { QuotaOutcome } from '../selection/types.ts';
import {
  DELEGATE_COLUMN_LABELS,
  describeRule,
  explanationText,
  outcomeLabel,
  referenceValueLabeler,
  relaxationText,
} from './labels.ts';
import { DELEGATE_COLUMNS } from './types.ts';

const labelValue = referenceValueLabeler(DEFAULT_REFERENCE_LISTS, { u1: 'Phường Hồng Bàng' });

function outcome(over: Partial<QuotaOutcome> & { label: string }): QuotaOutcome & { label: string } {
  return { index: 0, column: 'gender', value: 'nam', min: null, max: null, count: 0, met: true, ...over };
}

describe('labels', () => {
  it('labels every column', () => {
    for (const c of DELEGATE_COLUMNS) assert.ok(DELEGATE_COLUMN_LABELS[c].length > 0);
    assert.equal(DELEGATE_COLUMN_LABELS.former_unit, 'Đơn vị trước sắp xếp');
  });

  it('labels counted values with their column', () => {
    assert.equal(outcomeLabel('gender', 'nu', labelValue), 'Giới tính: Nữ');
    assert.equal(outcomeLabel('field', 'y-te', labelValue), 'Lĩnh vực: Y tế');
    assert.equal(outcomeLabel('ethnic', '02', labelValue), 'Dân tộc: Tày');
    assert.equal(outcomeLabel('nominating_unit', 'u1', labelValue), 'Đơn vị đề cử: Phường Hồng Bàng');
    assert.equal(outcomeLabel('former_unit', 'Xã Cát Hải', labelValue), 'Đơn vị trước sắp xếp: Xã Cát Hải');
    assert.equal(outcomeLabel('category', 'khach_moi', labelValue), 'Thành phần: Khách mời');
    assert.equal(outcomeLabel('minority', 'thieu_so', labelValue), 'Dân tộc thiểu số');
    assert.equal(outcomeLabel('direct_worker', '1', labelValue), 'Trực tiếp lao động: Có');
  });

  it('describes rules for the rules panel', () => {
    assert.equal(
      describeRule({ column: 'gender', value: 'nu', minShare: 0.3 }, 150, labelValue),
      'Nữ ≥ 30% (45 người)',
    );
    assert.equal(
      describeRule({ column: 'category', value: 'dien_hinh', minShare: 0.7, maxShare: 0.7 }, 150, labelValue),
      'Điển hình tiên tiến = 70% (105 người)',
    );
    assert.equal(
      describeRule({ column: 'gender', value: 'nu', minShare: 0.3 }, 151, labelValue),
      'Nữ ≥ 30% (46 người)',
    );
    assert.equal(
      describeRule({ column: 'gender', value: 'nam', maxShare: 0.3 }, 151, labelValue),
      'Nam ≤ 30% (45 người)',
    );
    assert.equal(
      describeRule({ column: 'field', each: true, min: 1 }, 150, labelValue),
      'Mỗi lĩnh vực ≥ 1 người',
    );
    assert.equal(
      describeRule({ column: 'minority', value: 'thieu_so', min: 1 }, 150, labelValue),
      'Dân tộc thiểu số ≥ 1 người',
    );
    assert.equal(
      describeRule({ column: 'direct_worker', value: '1', minShare: 0.305 }, 200, labelValue),
      'Trực tiếp lao động ≥ 30,5% (61 người)',
    );
    assert.equal(
      describeRule({ column: 'field', value: 'y-te', min: 2, max: 5 }, 150, labelValue),
      'Lĩnh vực: Y tế ≥ 2 người, ≤ 5 người',
    );
  });

  it('explains why a candidate was left out in one sentence', () => {
    const quotas = [
      outcome({ index: 0, column: 'gender', value: 'nam', max: 105, count: 105, label: 'Giới tính: Nam' }),
      outcome({ index: 1, column: 'gender', value: 'nu', min: 45, count: 45, label: 'Giới tính: Nữ' }),
      outcome({ index: 2, column: 'field', value: 'y-te', min: 1, count: 1, label: 'Lĩnh vực: Y tế' }),
    ];
    assert.equal(
      explanationText({ id: 'a', score: 50, reason: 'at_max', quotas: [0] }, quotas),
      'Không được chọn vì Giới tính: Nam đã đủ tối đa 105 người.',
    );
    assert.equal(
      explanationText({ id: 'a', score: 50, reason: 'keeps_minimum', quotas: [1, 2] }, quotas),
      'Không được chọn vì những người được chọn có điểm thấp hơn cần giữ để đủ tối thiểu của Giới tính: Nữ (45 người) và Lĩnh vực: Y tế (1 người).',
    );
    assert.equal(
      explanationText({ id: 'a', score: 50, reason: 'excluded', quotas: [] }, quotas),
      'Đã được loại ra theo yêu cầu.',
    );
  });

  it('words the relaxations', () => {
    const base = { index: 0, column: 'field', value: 'x', label: 'Lĩnh vực: Ngư nghiệp' };
    assert.equal(
      relaxationText({ ...base, bound: 'min', required: 1, achieved: 0 }),
      'Giảm tối thiểu của Lĩnh vực: Ngư nghiệp từ 1 xuống 0',
    );
    assert.equal(
      relaxationText({ ...base, label: 'Giới tính: Nam', bound: 'max', required: 45, achieved: 47 }),
      'Tăng tối đa của Giới tính: Nam từ 45 lên 47',
    );
  });
});
