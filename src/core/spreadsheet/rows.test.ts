import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRowMessages, rowMessage } from './messages.ts';
import { type RowsOptions, readRows } from './rows.ts';

type Key = 'stt' | 'name' | 'gender' | 'birthYear' | 'worker' | 'note';

const OPTIONS: RowsOptions<Key> = {
  columns: [
    { key: 'stt', header: 'STT' },
    { key: 'name', header: 'Họ và tên' },
    { key: 'gender', header: 'Giới tính' },
    { key: 'birthYear', header: 'Năm sinh' },
    { key: 'worker', header: 'Trực tiếp lao động (Có/Không)', label: 'Trực tiếp lao động' },
    { key: 'note', header: 'Ghi chú' },
  ],
  mapping: { stt: 0, name: 1, gender: 2, birthYear: 3, worker: 4, note: 5 },
  headerRow: 2,
  ignored: ['stt'],
};

const HEADER = [['DANH SÁCH'], ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Trực tiếp', 'Ghi chú']];

function read(rows: string[][], options: RowsOptions<Key> = OPTIONS) {
  return readRows([...HEADER, ...rows], options, (row) => {
    const name = row.required('name');
    const person = {
      row: row.row,
      name,
      gender: row.gender('gender'),
      birthYear: row.year('birthYear'),
      worker: row.yesNo('worker'),
    };
    row.maxLengths([
      ['name', 10],
      ['note', 5],
    ]);
    return row.failed ? null : person;
  });
}

describe('readRows', () => {
  it('reads each row below the header, skipping empty rows and rows with only an STT', () => {
    const result = read([
      ['1', 'Trần Văn A', 'Nam', '1980', 'Có'],
      [],
      ['2'],
      ['3', ' Lê Thị B ', 'nữ', '02/03/1975', ''],
    ]);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.items, [
      { row: 3, name: 'Trần Văn A', gender: 'nam', birthYear: 1980, worker: true },
      { row: 6, name: 'Lê Thị B', gender: 'nu', birthYear: 1975, worker: false },
    ]);
  });

  it('names the row and column of each bad cell as Excel shows them, sorted by row then column', () => {
    const result = read([
      ['1', 'Nguyễn Văn Hậu Hai', 'Nam', '19x5', 'Có', 'ghi chú dài'],
      ['2', '', 'Khác', '1980', 'Có lẽ'],
    ]);
    assert.deepEqual(result.items, []);
    assert.deepEqual(result.errors, [
      'Dòng 3, cột B: Họ và tên: dài quá 10 ký tự',
      'Dòng 3, cột D: Năm sinh "19x5" không phải là năm hợp lệ',
      'Dòng 3, cột F: Ghi chú: dài quá 5 ký tự',
      'Dòng 4, cột B: Họ và tên: không được để trống',
      'Dòng 4, cột C: Giới tính "Khác" không hợp lệ: ghi "Nam" hoặc "Nữ"',
      'Dòng 4, cột E: Trực tiếp lao động "Có lẽ" không hợp lệ: ghi "Có" hoặc "Không"',
    ]);
  });

  it('gives one message per cell (the first reason), and puts problems of no column last', () => {
    const result = readRows([...HEADER, ['1', '', 'Nam']], OPTIONS, (row) => {
      row.fail(null, 'hồ sơ chưa đủ');
      row.required('name');
      row.fail('name', 'cần ít nhất 2 ký tự');
      return null;
    });
    assert.deepEqual(result.errors, [
      'Dòng 3, cột B: Họ và tên: không được để trống',
      'Dòng 3: hồ sơ chưa đủ',
    ]);
  });

  it('reads a field the file has no column for as empty, and a problem there as the row’s', () => {
    const result = read([['1', 'Trần Văn A', 'Nam', '1980']], {
      ...OPTIONS,
      mapping: { ...OPTIONS.mapping, note: null },
    });
    assert.equal(result.items.length, 1);
    const missing = readRows(
      [...HEADER, ['1', 'Trần Văn A']],
      { ...OPTIONS, mapping: { name: 1 } },
      (row) => {
        row.required('note', 'Ghi chú: cần có');
        return null;
      },
    );
    assert.deepEqual(missing.errors, ['Dòng 3: Ghi chú: cần có']);
  });
});

describe('rowMessage and mergeRowMessages', () => {
  it('names the column by its Excel letter, or only the row', () => {
    assert.equal(
      rowMessage(7, 4, 'Năm sinh "19x5" không phải là năm hợp lệ'),
      'Dòng 7, cột E: Năm sinh "19x5" không phải là năm hợp lệ',
    );
    assert.equal(rowMessage(12, 27, 'sai'), 'Dòng 12, cột AB: sai');
    assert.equal(rowMessage(3, -1, 'trùng với dòng 2'), 'Dòng 3: trùng với dòng 2');
  });

  it('merges the messages of two checks by row, keeping each row’s order', () => {
    const cells = ['Dòng 3, cột B: a', 'Dòng 10, cột A: b'];
    const units = ['Dòng 3, cột H: c', 'Dòng 5, cột H: d'];
    assert.deepEqual(mergeRowMessages(cells, units), [
      'Dòng 3, cột B: a',
      'Dòng 3, cột H: c',
      'Dòng 5, cột H: d',
      'Dòng 10, cột A: b',
    ]);
  });
});
