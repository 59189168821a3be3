import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type BasisQuery, LEGAL_DOCUMENTS, type LegalDocument, legalBasisLines } from './legal-bases.ts';
import { unverifiedSentence } from './unverified.ts';
import {
  basisValueKey,
  fingerprint,
  markUnverifiedBases,
  printedBasisLines,
  unverifiedBasisValues,
} from './unverified-bases.ts';

const giayKhen = (date: string, level: BasisQuery['level'] = 'commune'): BasisQuery => ({
  date,
  formCode: 'giay-khen',
  level,
});
const PLAN =
  'Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân đặc khu Bạch Long Vĩ;';
const PROPOSAL = 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ.';
/** The căn cứ of a new decision of `query`: the laws and decrees, the plan, the proposal. */
const newDecision = (query: BasisQuery, documents?: readonly LegalDocument[]) => [
  ...legalBasisLines(query, documents).map((l) => `${l};`),
  PLAN,
  PROPOSAL,
];
const values = (query: BasisQuery, lines: readonly string[], documents?: readonly LegalDocument[]) =>
  unverifiedBasisValues({ query, lines, documents });

describe('unverified căn cứ of a decision (docs/rules/commendations.md, “Unverified values”)', () => {
  test('the demo decision of 20/8/2025 prints four unconfirmed values of three documents', () => {
    const found = values(giayKhen('2025-08-20'), newDecision(giayKhen('2025-08-20')));
    assert.deepEqual(
      found.map((v) => [v.key, v.label]),
      [
        [
          'legal-basis:luat-tccqdp-72-2025:issuedOn:2025-06-16',
          'Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
        ],
        [
          `legal-basis:nd-152-2025:title:${fingerprint('quy định chi tiết một số điều của Luật Thi đua, khen thưởng')}`,
          'Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152/2025/NĐ-CP',
        ],
        [
          'legal-basis:nd-129-2025:issuedOn:2025-06-11',
          'Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP',
        ],
        [
          `legal-basis:nd-129-2025:title:${fingerprint('quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ')}`,
          'Trích yếu “quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ” của Nghị định số 129/2025/NĐ-CP',
        ],
      ],
    );
    assert.ok(found.every((v) => v.kind === 'legal-basis'));
    assert.match(
      unverifiedSentence(found[0] as (typeof found)[number]),
      /^Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 chưa được kiểm tra với văn bản gốc \(nguồn ghi trong bảng văn bản căn cứ: .*legal-facts\.md.*\)\.$/u,
    );
  });

  test('a date in force that the citation does not print is not named (Luật 72/2025: only its date)', () => {
    const fields = values(giayKhen('2025-08-20'), newDecision(giayKhen('2025-08-20')))
      .filter((v) => v.key.includes('luat-tccqdp-72-2025'))
      .map((v) => v.field);
    assert.deepEqual(fields, ['issuedOn']);
  });

  test('30/6/2024: every printed field of the 2015 law and its 2019 amendment, and Nghị định 98’s trích yếu', () => {
    const found = values(giayKhen('2024-06-30'), newDecision(giayKhen('2024-06-30')));
    assert.deepEqual(
      found.map((v) => v.label),
      [
        'Số hiệu 77/2015/QH13 của Luật Tổ chức chính quyền địa phương',
        'Ngày ban hành 19/6/2015 của Luật Tổ chức chính quyền địa phương số 77/2015/QH13',
        'Tên “Tổ chức chính quyền địa phương” của Luật số 77/2015/QH13',
        'Số hiệu 47/2019/QH14 của Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
        'Ngày ban hành 22/11/2019 của Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14',
        'Tên “sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương” của Luật số 47/2019/QH14',
        'Trích yếu “quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng” của Nghị định số 98/2023/NĐ-CP',
      ],
    );
  });

  test('a line rewritten by hand is the writer’s: not named; the lines left as chosen still are', () => {
    const lines = newDecision(giayKhen('2025-08-20')).map((l) =>
      l.includes('129/2025')
        ? 'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11/6/2025 của Chính phủ (bản đã đối chiếu);'
        : l,
    );
    const found = values(giayKhen('2025-08-20'), lines);
    assert.deepEqual(
      found.map((v) => v.key.split(':').slice(1, 3).join(':')),
      ['luat-tccqdp-72-2025:issuedOn', 'nd-152-2025:title'],
    );
  });

  test('only the documents chosen for the date, form and level: a city Bằng khen line of 129 is not named', () => {
    const lines = newDecision(giayKhen('2025-08-20'));
    const city = values({ date: '2025-08-20', formCode: 'bang-khen-thanh-pho', level: 'city' }, lines);
    assert.ok(!city.some((v) => v.key.includes('nd-129-2025')));
    assert.equal(city.length, 2);
  });

  test('a decision without lines prints, and names, those of its date', () => {
    const printed = printedBasisLines([], giayKhen('2025-08-20'));
    assert.deepEqual(printed, legalBasisLines(giayKhen('2025-08-20')));
    assert.equal(values(giayKhen('2025-08-20'), printed).length, 4);
    assert.deepEqual(printedBasisLines([PLAN], giayKhen('2025-08-20')), [PLAN]);
  });

  test('a checked document gives nothing; a corrected value gives a new key', () => {
    const checked = LEGAL_DOCUMENTS.map((d) => ({ ...d, unverified: [] }));
    assert.deepEqual(
      values(giayKhen('2025-08-20'), newDecision(giayKhen('2025-08-20'), checked), checked),
      [],
    );
    const nd129 = LEGAL_DOCUMENTS.find((d) => d.code === 'nd-129-2025') as LegalDocument;
    const corrected = { ...nd129, issuedOn: '2025-06-12' };
    assert.notEqual(basisValueKey(corrected, 'issuedOn'), basisValueKey(nd129, 'issuedOn'));
    assert.notEqual(
      basisValueKey({ ...nd129, title: `${nd129.title} (sửa)` }, 'title'),
      basisValueKey(nd129, 'title'),
    );
    assert.equal(basisValueKey({ ...nd129, source: 'khác' }, 'issuedOn'), basisValueKey(nd129, 'issuedOn'));
    // A draft made after the correction names the corrected value.
    const table = LEGAL_DOCUMENTS.map((d) => (d.code === nd129.code ? corrected : d));
    const after = values(giayKhen('2025-08-20'), newDecision(giayKhen('2025-08-20'), table), table);
    assert.ok(after.some((v) => v.key === 'legal-basis:nd-129-2025:issuedOn:2025-06-12'));
    assert.ok(after.some((v) => v.label === 'Ngày ban hành 12/6/2025 của Nghị định số 129/2025/NĐ-CP'));
  });
});

describe('marking the căn cứ lines of a document', () => {
  test('each unconfirmed citation is marked right after it, naming its fields; other lines stay', () => {
    const lines = newDecision(giayKhen('2025-08-20'));
    const marked = markUnverifiedBases(lines, values(giayKhen('2025-08-20'), lines));
    assert.deepEqual(marked, [
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025 (ngày ban hành – giá trị cần kiểm tra);',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng (trích yếu – giá trị cần kiểm tra);',
      'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ (ngày ban hành, trích yếu – giá trị cần kiểm tra);',
      PLAN,
      PROPOSAL,
    ]);
  });

  test('a law and its amendment on one line are marked each after its own citation', () => {
    const lines = newDecision(giayKhen('2024-06-30'));
    const [first] = markUnverifiedBases(lines, values(giayKhen('2024-06-30'), lines));
    assert.equal(
      first,
      'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015 (số hiệu, ngày ban hành, tên – giá trị cần kiểm tra); Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019 (số hiệu, ngày ban hành, tên – giá trị cần kiểm tra);',
    );
  });

  test('confirmed values (none left) leave the lines as they are', () => {
    const lines = newDecision(giayKhen('2025-08-20'));
    assert.deepEqual(markUnverifiedBases(lines, []), lines);
  });
});
