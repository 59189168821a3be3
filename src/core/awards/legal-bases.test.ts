import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type BasisQuery,
  chooseLegalBases,
  createCiter,
  emulationBasisLines,
  LEGAL_DOCUMENTS,
  type LegalDocument,
  legalBasisLines,
  overlappingDocuments,
  rebaseLegalLines,
  unverifiedBases,
} from './legal-bases.ts';

const LGL_2025 = 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025';
const TDKT_2022 = 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022';
const ND_152 =
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng';
const ND_129 =
  'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ';
const ND_98 =
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';

const giayKhen = (date: string): BasisQuery => ({ date, formCode: 'giay-khen', level: 'commune' });

describe('the căn cứ of a decision follow its date, form and level (docs/rules/commendations.md)', () => {
  test('Giấy khen of the đặc khu chairman on 20/8/2025: the 2025 laws, Nghị định 152 and 129', () => {
    assert.deepEqual(legalBasisLines(giayKhen('2025-08-20')), [LGL_2025, TDKT_2022, ND_152, ND_129]);
  });

  test('the same form on 30/6/2025: Nghị định 98/2023, and no 129 before 1/7/2025', () => {
    assert.deepEqual(legalBasisLines(giayKhen('2025-06-30')), [LGL_2025, TDKT_2022, ND_98]);
  });

  test('on 1/7/2025, the first day of Nghị định 152 and 129', () => {
    const codes = chooseLegalBases(giayKhen('2025-07-01')).bases.map((b) => b.document.code);
    assert.deepEqual(codes, ['luat-tccqdp-72-2025', 'luat-tdkt-2022', 'nd-152-2025', 'nd-129-2025']);
  });

  test('on 30/6/2024: the 2015 local-government law with its 2019 amendment on one line', () => {
    assert.deepEqual(legalBasisLines(giayKhen('2024-06-30')), [
      'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019',
      TDKT_2022,
      ND_98,
    ]);
  });

  test('between 1/3 and 15/6/2025 the local-government law of February 2025', () => {
    const [first] = legalBasisLines(giayKhen('2025-04-10'));
    assert.equal(
      first,
      'Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025',
    );
  });

  test('in 2023: the 2003 emulation law as amended in 2013 and Nghị định 91/2017', () => {
    const codes = chooseLegalBases(giayKhen('2023-05-10')).bases.flatMap((b) => [
      b.document.code,
      ...b.amendments.map((a) => a.code),
    ]);
    assert.deepEqual(codes, [
      'luat-tccqdp-2015',
      'luat-sua-doi-tccp-tccqdp-2019',
      'luat-tdkt-2003',
      'luat-sua-doi-tdkt-2013',
      'nd-91-2017',
    ]);
  });

  test('Nghị định 129 only for the forms a commune chairman confers, and only at commune level', () => {
    const cites129 = (q: BasisQuery) =>
      chooseLegalBases(q).bases.some((b) => b.document.code === 'nd-129-2025');
    for (const formCode of ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'lao-dong-tien-tien']) {
      assert.ok(cites129({ date: '2025-08-20', formCode, level: 'commune' }), formCode);
    }
    assert.ok(!cites129({ date: '2025-08-20', formCode: 'bang-khen-thanh-pho', level: 'commune' }));
    assert.ok(!cites129({ date: '2025-08-20', formCode: 'giay-khen', level: 'city' }));
    assert.ok(!cites129({ date: '2025-06-30', formCode: 'giay-khen-huyen', level: 'commune' }));
  });

  test('a date no document covers names the missing role instead of citing nothing silently', () => {
    assert.deepEqual(chooseLegalBases(giayKhen('2010-01-01')).missing, [
      'local-government',
      'emulation-decree',
    ]);
    assert.deepEqual(chooseLegalBases(giayKhen('2025-08-20')).missing, []);
  });

  test('a table given by the caller replaces the built-in one', () => {
    const later: LegalDocument = {
      ...(LEGAL_DOCUMENTS.find((d) => d.code === 'nd-152-2025') as LegalDocument),
      code: 'nd-moi',
      number: '999/2026/NĐ-CP',
      issuedOn: '2026-05-01',
      effectiveFrom: '2026-06-01',
    };
    const table = [...LEGAL_DOCUMENTS, later];
    assert.equal(
      legalBasisLines(giayKhen('2026-06-01'), table)[2]?.startsWith('Căn cứ Nghị định số 999/2026'),
      true,
    );
    assert.equal(legalBasisLines(giayKhen('2026-05-31'), table)[2], ND_152);
  });
});

describe('citing a document', () => {
  test('in full the first time a document names it, by number after that', () => {
    const cite = createCiter();
    const nd152 = LEGAL_DOCUMENTS.find((d) => d.code === 'nd-152-2025') as LegalDocument;
    const law = LEGAL_DOCUMENTS.find((d) => d.code === 'luat-tdkt-2022') as LegalDocument;
    assert.equal(cite(nd152), ND_152.slice('Căn cứ '.length));
    assert.equal(cite(nd152), 'Nghị định số 152/2025/NĐ-CP');
    assert.equal(cite(law), TDKT_2022.slice('Căn cứ '.length));
    assert.equal(cite(law), 'Luật Thi đua, khen thưởng số 06/2022/QH15');
  });

  test('values not confirmed in the facts are named for the warning', () => {
    assert.deepEqual(unverifiedBases(giayKhen('2025-08-20')), [
      'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (ngày ban hành, ngày có hiệu lực)',
      'Nghị định số 152/2025/NĐ-CP (trích yếu)',
      'Nghị định số 129/2025/NĐ-CP (ngày ban hành, trích yếu)',
    ]);
  });
});

describe('the table of legal documents', () => {
  test('no two documents of a role are in force on the same day (amending laws aside)', () => {
    assert.deepEqual(overlappingDocuments(LEGAL_DOCUMENTS), []);
    const nd98 = LEGAL_DOCUMENTS.find((d) => d.code === 'nd-98-2023') as LegalDocument;
    const stretched = LEGAL_DOCUMENTS.map((d) =>
      d.code === 'nd-98-2023' ? { ...d, effectiveTo: '2025-07-01' } : d,
    );
    assert.deepEqual(
      overlappingDocuments(stretched).map(([a, b]) => [a.code, b.code]),
      [[nd98.code, 'nd-152-2025']],
    );
  });

  test('the values the facts confirm are the ones marked verified', () => {
    const verified = LEGAL_DOCUMENTS.filter((d) => d.unverified.length === 0).map((d) => d.code);
    assert.deepEqual(verified, ['luat-tdkt-2022']);
    const nd98 = LEGAL_DOCUMENTS.find((d) => d.code === 'nd-98-2023');
    assert.deepEqual(
      [nd98?.issuedOn, nd98?.effectiveFrom, nd98?.effectiveTo],
      ['2023-12-31', '2024-01-01', '2025-06-30'],
    );
  });
});

describe('a draft whose date moves', () => {
  const plan =
    'Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân đặc khu Bạch Long Vĩ;';
  const proposal = 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ.';

  test('takes the laws of its new date when its law lines are still the chosen ones', () => {
    const june = [...legalBasisLines(giayKhen('2025-06-30')).map((l) => `${l};`), plan, proposal];
    assert.deepEqual(rebaseLegalLines(june, giayKhen('2025-06-30'), giayKhen('2025-08-20')), [
      `${LGL_2025};`,
      `${TDKT_2022};`,
      `${ND_152};`,
      `${ND_129};`,
      plan,
      proposal,
    ]);
  });

  test('keeps lines someone rewrote, and everything when a chosen line was removed', () => {
    const june = legalBasisLines(giayKhen('2025-06-30')).map((l) => `${l};`);
    const edited = [...june.slice(0, 2), 'Căn cứ Nghị định số 98/2023/NĐ-CP (bản sửa tay);', proposal];
    assert.deepEqual(rebaseLegalLines(edited, giayKhen('2025-06-30'), giayKhen('2025-08-20')), edited);
  });
});

test('a Tờ trình cites the emulation law and decrees of its date, not the local-government law', () => {
  assert.deepEqual(emulationBasisLines(giayKhen('2025-08-18')), [TDKT_2022, ND_152, ND_129]);
  assert.deepEqual(emulationBasisLines(giayKhen('2025-06-18')), [TDKT_2022, ND_98]);
});
