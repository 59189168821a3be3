import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateAttributes, toSelectionCandidates } from './attributes.ts';
import type { DelegateCandidate } from './types.ts';

function candidate(over: Partial<DelegateCandidate> = {}): DelegateCandidate {
  return {
    id: 'n1',
    source: 'nomination',
    category: 'dien_hinh',
    kind: 'individual',
    name: 'Nguyễn Thị Lan',
    gender: 'nu',
    birthYear: 1980,
    ethnicCode: '01',
    position: 'Công nhân',
    nominatingUnitId: 'u1',
    nominatingUnitName: 'Phường Hồng Bàng',
    formerUnitName: '  Phường  Hoàng Văn Thụ ',
    fieldCode: 'y-te',
    sectorCode: 'nha-nuoc',
    directWorker: true,
    priorityAreas: ['kinh-te-xa-hoi'],
    achievements: '',
    awards: '',
    score: 12.5,
    scoreParts: [],
    ...over,
  };
}

describe('candidateAttributes', () => {
  it('gives every column as text', () => {
    assert.deepEqual(candidateAttributes(candidate()), {
      category: 'dien_hinh',
      kind: 'individual',
      gender: 'nu',
      ethnic: '01',
      minority: 'kinh',
      field: 'y-te',
      sector: 'nha-nuoc',
      direct_worker: '1',
      former_unit: 'Phường Hoàng Văn Thụ',
      nominating_unit: 'u1',
      priority_area: ['kinh-te-xa-hoi'],
    });
  });

  it('marks minorities and leaves unknown values empty', () => {
    const a = candidateAttributes(
      candidate({
        gender: null,
        ethnicCode: null,
        fieldCode: null,
        sectorCode: null,
        nominatingUnitId: null,
        directWorker: false,
        priorityAreas: [],
      }),
    );
    assert.equal(a.gender, '');
    assert.equal(a.ethnic, '');
    assert.equal(a.minority, '');
    assert.equal(a.field, '');
    assert.equal(a.sector, '');
    assert.equal(a.nominating_unit, '');
    assert.equal(a.direct_worker, '0');
    assert.deepEqual(a.priority_area, []);
    assert.equal(candidateAttributes(candidate({ ethnicCode: '02' })).minority, 'thieu_so');
    assert.equal(candidateAttributes(candidate({ ethnicCode: '55' })).minority, '');
  });
});

describe('toSelectionCandidates', () => {
  it('keeps order, ids and scores', () => {
    const out = toSelectionCandidates([candidate({ id: 'a', score: 3 }), candidate({ id: 'b', score: 1 })]);
    assert.deepEqual(
      out.map((c) => [c.id, c.score, c.attributes.gender]),
      [
        ['a', 3, 'nu'],
        ['b', 1, 'nu'],
      ],
    );
  });
});

describe('a collective counts by its representative', () => {
  const collective = (representative: DelegateCandidate['representative']) =>
    candidate({
      kind: 'collective',
      name: 'Trạm Y tế',
      gender: null,
      birthYear: null,
      ethnicCode: null,
      representative,
    });

  it('gender, ethnic group and minority are the representative’s', () => {
    const a = candidateAttributes(
      collective({ name: 'Lò Thị Sen', gender: 'nu', birthYear: 1988, ethnicCode: '03' }),
    );
    assert.equal(a.gender, 'nu');
    assert.equal(a.ethnic, '03');
    assert.equal(a.minority, 'thieu_so');
    assert.equal(a.kind, 'collective');
  });

  it('a collective with no representative has none of them', () => {
    const a = candidateAttributes(collective(null));
    assert.deepEqual([a.gender, a.ethnic, a.minority], ['', '', '']);
  });
});
