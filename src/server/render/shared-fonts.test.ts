import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildPlanDocument } from '../../core/documents/plan-document.ts';
import { seedPlanConference } from '../../core/documents/seed-plan.fixture.ts';
import { renderPdf } from './pdf.ts';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

test('every PDF of a process embeds the fonts and its Vietnamese text, not only the first', {
  skip: !hasPoppler && 'pdftotext (poppler-utils) is not installed',
}, async () => {
  const doc = buildPlanDocument(seedPlanConference());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-fonts-'));
  try {
    for (const n of [1, 2, 3]) {
      const file = path.join(dir, `plan-${n}.pdf`);
      fs.writeFileSync(file, await renderPdf(doc));
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
      assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/, `document ${n}`);
      assert.match(text, /Độc lập - Tự do - Hạnh phúc/, `document ${n}`);
      const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
      for (const style of ['Tinos', 'Tinos-Bold', 'Tinos-Italic'])
        assert.match(
          fonts,
          new RegExp(`\\+${style}\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes`),
          `${style} in document ${n}`,
        );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
