import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureDelegate } from '../delegation/delegate-list.fixture.ts';
import { collectiveInput, listedNomination } from '../nominations/nomination.fixture.ts';
import { subjectFromDelegate, subjectFromNomination, subjectKey, subjectKindOfKey } from './subject.ts';

describe('subjectKey', () => {
  const person = { kind: 'individual' as const, name: 'Nguyễn Văn Hậu', birthYear: 1980, unitId: 'u1' };

  it('is the same however the name is typed (marks, case, spaces)', () => {
    assert.equal(subjectKey(person), subjectKey({ ...person, name: '  nguyen  van HAU ' }));
    assert.equal(subjectKey(person), subjectKey({ ...person, name: 'Nguyễn Văn Hậu'.normalize('NFD') }));
  });

  it('tells apart two people of the same name by birth year or unit', () => {
    assert.notEqual(subjectKey(person), subjectKey({ ...person, birthYear: 1981 }));
    assert.notEqual(subjectKey(person), subjectKey({ ...person, unitId: 'u2' }));
    assert.notEqual(subjectKey(person), subjectKey({ ...person, name: 'Nguyễn Văn Hà' }));
  });

  it('ignores a birth year for collectives, and never confuses a collective with a person', () => {
    const group = { kind: 'collective' as const, name: 'Tổ đoàn kết số 3', birthYear: null, unitId: 'u1' };
    assert.equal(subjectKey(group), subjectKey({ ...group, birthYear: 1999 }));
    assert.notEqual(subjectKey({ ...person, kind: 'collective' }), subjectKey(person));
    assert.equal(subjectKindOfKey(subjectKey(group)), 'collective');
    assert.equal(subjectKindOfKey(subjectKey(person)), 'individual');
    assert.equal(subjectKindOfKey('something else'), null);
  });
});

describe('subjects from nominations and delegates', () => {
  it('takes the person, unit and direct-worker flag from a nomination', () => {
    const s = subjectFromNomination(listedNomination(), 'Nghiệp đoàn nghề cá');
    assert.deepEqual(s, {
      kind: 'individual',
      name: 'Nguyễn Văn Hậu',
      birthYear: 1980,
      gender: 'nam',
      ethnicCode: '01',
      directWorker: true,
      position: 'Thuyền trưởng tàu cá HP-90123-TS',
      unitId: 'unit-nghiep-doan',
      unitName: 'Nghiệp đoàn nghề cá',
    });
  });

  it('a collective nomination has no gender, birth year or ethnic group', () => {
    const n = {
      ...listedNomination(),
      ...collectiveInput({ birthYear: 2000, gender: 'nu', ethnicCode: '02' }),
    };
    const s = subjectFromNomination(n, 'Trường');
    assert.equal(s.kind, 'collective');
    assert.deepEqual([s.birthYear, s.gender, s.ethnicCode], [null, null, null]);
  });

  it('a delegate and the nomination of the same person give the same key', () => {
    const d = fixtureDelegate(7, 'dien_hinh');
    const s = subjectFromDelegate(d);
    assert.equal(s.unitName, 'Đặc khu Bạch Long Vĩ');
    const n = listedNomination({
      name: d.name,
      birthYear: d.birthYear,
      nominatingUnitId: 'unit-bach-long-vi',
    });
    assert.equal(subjectKey(s), subjectKey(subjectFromNomination(n, 'Đặc khu Bạch Long Vĩ')));
  });
});
