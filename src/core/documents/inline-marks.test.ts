import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInlineMarks, stripInlineMarks } from './inline-marks.ts';

test('one star italic, two bold, three both; the text outside stays upright', () => {
  assert.deepEqual(parseInlineMarks('phóng sự (*nếu có điều kiện*).'), [
    { text: 'phóng sự (' },
    { text: 'nếu có điều kiện', italic: true },
    { text: ').' },
  ]);
  assert.deepEqual(parseInlineMarks('**Số lượng:** 150'), [
    { text: 'Số lượng:', bold: true },
    { text: ' 150' },
  ]);
  assert.deepEqual(parseInlineMarks('***x***'), [{ text: 'x', bold: true, italic: true }]);
});

test('marks nest, and a base style carries into every run', () => {
  assert.deepEqual(parseInlineMarks('*a **b** c*'), [
    { text: 'a ', italic: true },
    { text: 'b', bold: true, italic: true },
    { text: ' c', italic: true },
  ]);
  assert.deepEqual(parseInlineMarks('4. Phòng *A*:', { bold: true }), [
    { text: '4. Phòng ', bold: true },
    { text: 'A', bold: true, italic: true },
    { text: ':', bold: true },
  ]);
});

test('a star that does not hug a word on both sides is printed as written', () => {
  for (const text of ['5 * 3 * 2', 'a*b', '* mục', 'x *y', '', 'không có dấu'])
    assert.deepEqual(parseInlineMarks(text), [{ text }], text);
  assert.equal(stripInlineMarks('(*nếu có điều kiện*) và **đậm**'), '(nếu có điều kiện) và đậm');
});
