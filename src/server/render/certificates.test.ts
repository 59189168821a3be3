import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import jsqr from 'jsqr';
import sharp from 'sharp';
import { FIXTURE_ISSUER, fixtureDecision, fixtureGiayKhen } from '../../core/documents/award.fixture.ts';
import { inListOrder } from '../../core/documents/award-decision-document.ts';
import { certificateTexts, certificateUrl } from '../../core/documents/certificate-texts.ts';
import { type CertificatesInput, DEFAULT_CERTIFICATE_TEMPLATE, renderCertificates } from './certificates.ts';

const POPPLER = spawnSync('pdftoppm', ['-v']).error === undefined;
const NO_POPPLER = POPPLER ? false : 'poppler-utils (pdftotext, pdftoppm) is not installed';
const BASE = 'https://vinhdanh.haiphong.gov.vn/';

function input(overrides: Partial<CertificatesInput> = {}): CertificatesInput {
  return {
    decision: fixtureDecision({ collectives: 2, individuals: 3 }),
    form: fixtureGiayKhen(),
    template: DEFAULT_CERTIFICATE_TEMPLATE,
    background: null,
    issuer: FIXTURE_ISSUER,
    verifyBaseUrl: BASE,
    ...overrides,
  };
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('certificates of a decision', () => {
  let dir = '';
  let pdf: Buffer = Buffer.alloc(0);
  const file = () => path.join(dir, 'giay-khen.pdf');
  const pageText = (page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file(), '-'], {
      encoding: 'utf8',
    });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-certificates-'));
    pdf = await renderCertificates(input());
    fs.writeFileSync(file(), pdf);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one A4-landscape page per line of the decision', () => {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal(pageCount(pdf), 5);
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
  });

  test('page 1 is the first line of the attached list, with the texts of a Giấy khen', {
    skip: NO_POPPLER,
  }, () => {
    const first = inListOrder(input().decision.items)[0];
    const text = pageText(1).replace(/\s+/g, ' ');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ',
      'TẶNG',
      'GIẤY KHEN',
      first.subject.name,
      'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước',
      'Quyết định số 125/QĐ-UBND ngày 20/8/2025',
      'Bạch Long Vĩ, ngày 20 tháng 8 năm 2025',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn Hậu',
    ]) {
      assert.ok(text.includes(expected), `page 1 lacks “${expected}”:\n${text}`);
    }
  });

  test('a person is addressed as Ông or Bà, and the page shows no birth year', { skip: NO_POPPLER }, () => {
    const people = inListOrder(input().decision.items).filter((i) => i.subject.kind === 'individual');
    const page = inListOrder(input().decision.items).indexOf(people[0]) + 1;
    const text = pageText(page).replace(/\s+/g, ' ');
    const honorific = people[0].subject.gender === 'nu' ? 'Bà' : 'Ông';
    assert.ok(text.includes(`${honorific} ${people[0].subject.name}`), text);
    assert.ok(!text.includes(String(people[0].subject.birthYear)), 'the birth year is personal data');
  });

  test('each QR code decodes to the verification page of its own line', { skip: NO_POPPLER }, async () => {
    const items = inListOrder(input().decision.items);
    for (const page of [1, items.length]) {
      const prefix = path.join(dir, `trang-${page}`);
      execFileSync('pdftoppm', [
        '-r',
        '150',
        '-png',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        file(),
        prefix,
      ]);
      const { data, info } = await sharp(`${prefix}.png`)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const code = jsqr.default(
        new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
        info.width,
        info.height,
      );
      assert.ok(code, `no QR code found on page ${page}`);
      assert.equal(
        code.data,
        `https://vinhdanh.haiphong.gov.vn/xac-thuc/${items[page - 1].certificateToken}`,
      );
    }
  });

  test('the register number is printed where the template puts it, or under the decision in an older template', {
    skip: NO_POPPLER,
  }, async () => {
    const base = input();
    const numbered = {
      ...base.decision,
      items: base.decision.items.map((i, n) => ({ ...i, registerNumber: String(15 + n) })),
    };
    const first = inListOrder(numbered.items)[0];
    const render = async (template: CertificatesInput['template'], name: string) => {
      const out = path.join(dir, name);
      fs.writeFileSync(out, await renderCertificates(input({ decision: numbered, template })));
      return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', out, '-'], { encoding: 'utf8' });
    };
    const own = await render(DEFAULT_CERTIFICATE_TEMPLATE, 'so-vao-so.pdf');
    const lines = own.split('\n').map((l) => l.trim());
    const decisionLine = lines.findIndex((l) => l.startsWith('Quyết định số 125/QĐ-UBND'));
    assert.ok(decisionLine >= 0, own);
    assert.match(
      lines.slice(decisionLine + 1).join('\n'),
      new RegExp(`^Số vào sổ: ${first.registerNumber}\\b`, 'm'),
    );
    const older = {
      fields: DEFAULT_CERTIFICATE_TEMPLATE.fields.filter((f) => f.key !== 'register'),
    };
    assert.ok((await render(older, 'mau-cu.pdf')).includes(`Số vào sổ: ${first.registerNumber}`));
    assert.ok(!pageText(1).includes('Số vào sổ'), 'a line without a number prints no label');
  });

  test('a background image replaces the drawn border on every page and keeps the QR code readable', {
    skip: NO_POPPLER,
  }, async () => {
    const background = await sharp({
      create: { width: 1169, height: 827, channels: 3, background: { r: 250, g: 236, b: 200 } },
    })
      .webp()
      .toBuffer();
    const withImage = await renderCertificates(input({ background }));
    assert.equal(pageCount(withImage), 5);
    const bytes = withImage.toString('latin1');
    assert.equal((bytes.match(/\/Subtype \/Image/g) ?? []).length, 1, 'the image is embedded once');
    const target = path.join(dir, 'nen.pdf');
    fs.writeFileSync(target, withImage);
    const prefix = path.join(dir, 'nen');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '2', '-l', '2', '-singlefile', target, prefix]);
    const { data, info } = await sharp(`${prefix}.png`)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const corner = (info.width * 20 + 20) * 4;
    const pixel = [...data.subarray(corner, corner + 3)];
    // WebP is lossy: the colour comes back within a few units.
    assert.ok(
      pixel.every((v, i) => Math.abs(v - [250, 236, 200][i]) <= 6),
      `the page corner shows ${pixel}, not the image`,
    );
    const code = jsqr.default(
      new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      info.width,
      info.height,
    );
    assert.equal(code?.data, certificateUrl(BASE, inListOrder(input().decision.items)[1].certificateToken));
  });

  test('a file that is not an image is refused with a Vietnamese message', async () => {
    await assert.rejects(renderCertificates(input({ background: Buffer.from('không phải ảnh') })), /Ảnh nền/);
  });
});

test('the QR address joins the base and the token with one slash', () => {
  assert.equal(certificateUrl('https://a.vn/', 'abc_-1'), 'https://a.vn/xac-thuc/abc_-1');
  assert.equal(certificateUrl(' https://a.vn ', 'abc'), 'https://a.vn/xac-thuc/abc');
});

test('a collective has no honorific and a title is given as “TẶNG DANH HIỆU”', () => {
  const base = input();
  const collective = base.decision.items.find((i) => i.subject.kind === 'collective');
  assert.ok(collective);
  const texts = certificateTexts(
    { ...base, form: fixtureGiayKhen({ category: 'title', name: 'Tập thể lao động tiên tiến' }) },
    collective,
  );
  assert.equal(texts.name, collective.subject.name);
  assert.equal(texts.verb, 'TẶNG DANH HIỆU');
  assert.equal(texts.formName, 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN');
});

test('150 certificates come out as one PDF of 150 pages (speed: bench/awards.ts)', async () => {
  const decision = fixtureDecision({ collectives: 12, individuals: 138 });
  const many = await renderCertificates(input({ decision }));
  assert.equal(pageCount(many), 150);
});
