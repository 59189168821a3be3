import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asciiFileName, contentDisposition } from './responses.ts';

describe('file names of downloads', () => {
  test('the ASCII fallback folds the Vietnamese name and keeps the extension', () => {
    assert.equal(asciiFileName('Danh sách đề cử.xlsx'), 'danh-sach-de-cu.xlsx');
    assert.equal(asciiFileName('Thống kê khen thưởng 2020-2025.xlsx'), 'thong-ke-khen-thuong-2020-2025.xlsx');
    assert.equal(
      asciiFileName('Quyết định 125-QĐ-UBND - Giấy khen năm 2025.pdf'),
      'quyet-dinh-125-qd-ubnd-giay-khen-nam-2025.pdf',
    );
  });

  test('the header carries both names; the UTF-8 one decodes back to the Vietnamese name', () => {
    const name = "Tờ trình 20-TTr (dự thảo) - Giấy khen's.docx";
    const header = contentDisposition({ fileName: name });
    assert.match(
      header,
      /^attachment; filename="to-trinh-20-ttr-du-thao-giay-khen-s\.docx"; filename\*=UTF-8''/,
    );
    const encoded = header.split("filename*=UTF-8''")[1] ?? '';
    assert.match(encoded, /^[A-Za-z0-9%._~!-]+$/, 'only characters RFC 8187 allows');
    assert.equal(decodeURIComponent(encoded), name);
  });

  test('a given ASCII name is kept, made safe for the quoted string', () => {
    assert.equal(
      contentDisposition({ fileName: 'ảnh.jpg', asciiName: 'Danh-sach "1".xlsx' }, 'inline'),
      `inline; filename="Danh-sach -1-.xlsx"; filename*=UTF-8''%E1%BA%A3nh.jpg`,
    );
  });
});
