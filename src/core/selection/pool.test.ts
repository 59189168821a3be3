import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { buildProblem, decodeUtf8, parseCsv, parseRules, sheetRows, toTable } from './pool.ts';

const fails = (fn: () => unknown, message: RegExp) =>
  assert.throws(
    fn,
    (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION' && message.test(e.message),
  );

const csvTable = (text: string) => toTable(parseCsv(text));
const POOL = 'id,ho_ten,gender,diem\nA1,Nguyễn Thị Lan,Nữ,7.5\nA2,Trần Văn Bình,Nam,9\n';
const RULES =
  '{ "seats": 1, "score": "diem", "quotas": [ { "column": "gender", "value": "Nữ", "min": 1 } ] }';

describe('reading the pool file', () => {
  test('a comma CSV with a BOM and a semicolon CSV give the same table', () => {
    const comma = csvTable(`\uFEFF${POOL}`);
    const semicolon = csvTable(
      'id;ho_ten;gender;diem\r\nA1;Nguyễn Thị Lan;Nữ;7.5\r\nA2;Trần Văn Bình;Nam;9\r\n',
    );
    assert.deepEqual(comma.header, ['id', 'ho_ten', 'gender', 'diem']);
    assert.deepEqual(semicolon, comma);
    assert.deepEqual(
      comma.rows.map((r) => [r.line, r.cells[1]]),
      [
        [2, 'Nguyễn Thị Lan'],
        [3, 'Trần Văn Bình'],
      ],
    );
  });

  test('commas inside quotes do not decide the separator; blank lines are skipped but keep row numbers', () => {
    const t = csvTable('id;"ghi chú, thêm"\n\nB1;"có; dấu"\n"B2";x\n');
    assert.deepEqual(t.header, ['id', 'ghi chú, thêm']);
    assert.deepEqual(
      t.rows.map((r) => [r.line, ...r.cells]),
      [
        [3, 'B1', 'có; dấu'],
        [4, 'B2', 'x'],
      ],
    );
  });

  test('a quoted line break keeps the next rows numbered as in the file', () => {
    const t = csvTable('id,ghi_chu\nC1,"dòng một\ndòng hai"\nC2,x\n');
    assert.deepEqual(
      t.rows.map((r) => r.line),
      [2, 4],
    );
  });

  test('a worksheet keeps its row numbers', () => {
    const t = toTable(sheetRows([['id', 'gender'], [], ['D1', 'Nữ']]));
    assert.deepEqual(t.rows, [{ line: 3, cells: ['D1', 'Nữ'] }]);
  });

  test('bad files: not UTF-8, an unclosed quote, an empty file, an unnamed or repeated header, cells past the header', () => {
    fails(
      () => decodeUtf8(Uint8Array.from([0x69, 0x64, 0x0a, 0xe0, 0x41]), 'Tệp a.csv'),
      /^Tệp a\.csv không ở dạng chữ UTF-8/,
    );
    assert.equal(decodeUtf8(new TextEncoder().encode('\uFEFFid')), 'id');
    fails(() => parseCsv('id,ten\nA,"chưa đóng\n'), /^Tệp CSV bị lỗi ở dòng \d+: có dấu ngoặc kép/);
    fails(() => csvTable('\n ,\n'), /^Tệp danh sách trống/);
    fails(
      () => csvTable('id,,gender\nA,x,Nam\n'),
      /^Tệp danh sách, dòng tiêu đề \(dòng 1\): cột thứ 2 chưa có tên/,
    );
    fails(() => csvTable('id,gender,gender\n'), /cột "gender" có hai lần \(cột thứ 2 và thứ 3\)/);
    fails(
      () => csvTable('id,gender\nA,Nam,thừa\n'),
      /^Tệp danh sách, dòng 2: ô thứ 3 có dữ liệu nhưng dòng tiêu đề chỉ có 2 cột/,
    );
  });
});

describe('reading the rules file', () => {
  test('the documented example reads as written', () => {
    const rules = parseRules(`{
      "seats": 150, "score": "score",
      "quotas": [ { "column": "gender", "value": "Nữ", "min": 45 },
        { "column": "category", "value": "khach_moi", "max": 45 },
        { "column": "field", "each": true, "min": 1 },
        { "column": "direct_worker", "value": "1", "minShare": 0.4 } ],
      "include": ["id-1"], "exclude": ["id-9"] }`);
    assert.deepEqual(rules, {
      seats: 150,
      score: 'score',
      quotas: [
        { column: 'gender', value: 'Nữ', min: 45 },
        { column: 'category', value: 'khach_moi', max: 45 },
        { column: 'field', each: true, min: 1 },
        { column: 'direct_worker', value: '1', minShare: 0.4 },
      ],
      include: ['id-1'],
      exclude: ['id-9'],
    });
  });

  test('bad JSON names the line and column of the mistake', () => {
    fails(
      () => parseRules('{\n  "seats": 10,\n  "quotas": [ }\n}'),
      /^Tệp quy tắc không đúng dạng JSON: lỗi ở dòng 3, cột 15 \(gần "}"\)/,
    );
    fails(() => parseRules('{ "seats": 10, }'), /lỗi ở dòng 1, cột 16/);
    fails(() => parseRules('{ "seats": 10'), /lỗi ở dòng 1, cột 14 \(tệp kết thúc giữa chừng\)/);
    fails(() => parseRules('{ "seats": 10 } x'), /lỗi ở dòng 1, cột 17 \(gần "x"\)/);
  });

  test('unknown keys, missing seats and wrong types are named', () => {
    fails(
      () => parseRules('{ "seats": 5, "seat": 5 }'),
      /^Tệp quy tắc: không có mục "seat"\. Chỉ dùng: "seats"/,
    );
    fails(() => parseRules('{ "quotas": [] }'), /^Tệp quy tắc thiếu số người cần chọn: "seats"/);
    fails(() => parseRules('{ "seats": "5" }'), /"seats"\) phải là số nguyên từ 1 trở lên, không phải "5"/);
    fails(
      () => parseRules('{ "seats": 5, "quotas": [ { "column": "g", "value": "Nữ", "mn": 1 } ] }'),
      /^Tệp quy tắc, quy tắc thứ 1 trong "quotas": không có mục "mn"/,
    );
    fails(
      () => parseRules('{ "seats": 5, "quotas": [ { "column": "d", "value": 1, "min": 1 } ] }'),
      /"value"\) phải đặt trong ngoặc kép, ví dụ "value": "1"/,
    );
    fails(
      () => parseRules('{ "seats": 5, "quotas": [ { "column": "d", "value": "1" } ] }'),
      /cần ít nhất một giới hạn/,
    );
    fails(
      () => parseRules('{ "seats": 5, "quotas": [ { "column": "d", "each": true, "minShare": 40 } ] }'),
      /"minShare" phải là tỷ lệ từ 0 đến 1/,
    );
    fails(
      () => parseRules('{ "seats": 5, "include": "A1" }'),
      /^Tệp quy tắc: mục "include" \(người luôn được chọn\) phải là danh sách mã/,
    );
    fails(() => parseRules('[]'), /phải là một nhóm trong ngoặc nhọn/);
  });
});

describe('building the selection problem', () => {
  test('one candidate per row: id, the score column as a number, every other column as text', () => {
    const problem = buildProblem(csvTable(POOL), parseRules(RULES));
    assert.deepEqual(problem, {
      seats: 1,
      candidates: [
        { id: 'A1', score: 7.5, attributes: { ho_ten: 'Nguyễn Thị Lan', gender: 'Nữ', diem: '7.5' } },
        { id: 'A2', score: 9, attributes: { ho_ten: 'Trần Văn Bình', gender: 'Nam', diem: '9' } },
      ],
      quotas: [{ column: 'gender', value: 'Nữ', min: 1 }],
    });
  });

  test('without a score column every candidate scores 1; include and exclude are passed on', () => {
    const problem = buildProblem(
      csvTable(POOL),
      parseRules('{ "seats": 1, "include": ["A2"], "exclude": ["A1"] }'),
    );
    assert.deepEqual(
      problem.candidates.map((c) => c.score),
      [1, 1],
    );
    assert.deepEqual([problem.include, problem.exclude], [['A2'], ['A1']]);
  });

  test('values typed in decomposed Unicode still match the rule', () => {
    const decomposed = POOL.normalize('NFD');
    const problem = buildProblem(csvTable(decomposed), parseRules(RULES));
    assert.equal(problem.candidates[0].attributes.gender, 'Nữ');
  });

  test('each problem with the pool is named: id column, duplicate ids, columns, scores, ids in include', () => {
    const rules = parseRules(RULES);
    fails(
      () => buildProblem(csvTable('ma,gender,diem\nA,Nữ,1\n'), rules),
      /^Danh sách ứng viên: không có cột "id".*Các cột đang có: "ma", "gender", "diem"/,
    );
    fails(() => buildProblem(csvTable('id,gender,diem\n'), rules), /chưa có ai/);
    fails(
      () => buildProblem(csvTable('id,gender,diem\nA,Nữ,1\nB,Nam,2\nA,Nam,3\n'), rules),
      /^Danh sách ứng viên: mã "A" bị trùng ở dòng 2 và dòng 4/,
    );
    fails(
      () => buildProblem(csvTable('id,gender,diem\n,Nữ,1\n'), rules),
      /^Danh sách ứng viên, dòng 2: chưa có mã/,
    );
    fails(
      () => buildProblem(csvTable('id,gioi_tinh,diem\nA,Nữ,1\n'), rules),
      /^Tệp quy tắc, quy tắc thứ 1: cột "gender" không có trong danh sách ứng viên/,
    );
    fails(
      () =>
        buildProblem(csvTable('id,gender,diem\nA,Nữ,1\n'), parseRules('{ "seats": 1, "score": "score" }')),
      /^Tệp quy tắc: cột điểm "score" \(mục "score"\) không có/,
    );
    fails(
      () => buildProblem(csvTable('id,gender,diem\nA,Nữ,1\nB,Nam,"7,5"\n'), rules),
      /^Danh sách ứng viên, dòng 3, cột "diem": "7,5" không phải là số/,
    );
    fails(() => buildProblem(csvTable('id,gender,diem\nA,Nữ,\n'), rules), /dòng 2, cột "diem": chưa có điểm/);
    fails(
      () => buildProblem(csvTable(POOL), parseRules('{ "seats": 1, "include": ["A9"] }')),
      /^Tệp quy tắc: mã "A9" trong mục "include" \(người luôn được chọn\) không có/,
    );
    fails(
      () => buildProblem(csvTable(POOL), parseRules('{ "seats": 1, "include": ["A1"], "exclude": ["A1"] }')),
      /mã "A1" vừa ở mục "include" vừa ở mục "exclude"/,
    );
  });
});
