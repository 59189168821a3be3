import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { AwardDecision } from '../../core/awards/types.ts';
import { FIXTURE_ISSUER, fixtureDecision, fixtureGiayKhen } from '../../core/documents/award.fixture.ts';
import { inListOrder } from '../../core/documents/award-decision-document.ts';
import { amountInWords, formatNumberVi } from '../../core/vietnamese/money.ts';
import { buildApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/database.ts';
import { SESSION_COOKIE } from '../../server/http/session-hook.ts';
import {
  loadDecisionForDocuments,
  renderDecisionFile,
} from '../../server/modules/awards/decisions/award-documents.service.ts';
import { DEMO_PASSWORD } from '../../server/seed/demo.ts';
import { makeTempDir, runCli } from '../../server/testing/cli-process.ts';
import { qrCodesOfPdf } from '../../server/testing/pdf-qr-codes.ts';

const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const NO_POPPLER = POPPLER ? false : 'poppler-utils (pdftotext, pdftoppm) is not installed';

/** The visible text of a DOCX, one line per paragraph (table cells are paragraphs too). */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n');
}

/** The text of a PDF with its words on single spaces (lines of a paragraph joined). */
/** The text of a PDF in one line; a page's number in the top margin is not text of the document. */
function pdfText(file: string, pages: string[] = []): string {
  return execFileSync('pdftotext', [...pages, file, '-'], { encoding: 'utf8' })
    .replace(/\f\s*\d+\s*\n/g, ' ')
    .replace(/\s+/g, ' ');
}

/** What a decision's documents must say, in figures and words. */
function expectations(d: AwardDecision): string[] {
  return [
    `Số: ${d.number}/${d.symbol}`,
    'ngày 20 tháng 8 năm 2025',
    'QUYẾT ĐỊNH',
    `Tổng số tiền: ${formatNumberVi(d.total)} đồng (Bằng chữ: ${amountInWords(d.total)}).`,
    'DANH SÁCH',
    `(Kèm theo Quyết định số ${d.number}/${d.symbol} ngày 20/8/2025`,
  ];
}

describe('decision documents rendered as the command writes them', () => {
  const decision = fixtureDecision();
  const input = { decision, form: fixtureGiayKhen(), issuer: FIXTURE_ISSUER };
  let dir = '';
  before(() => {
    dir = makeTempDir('quyet-dinh');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the DOCX has the number, date, each amount, the total in figures and words, and the list', async () => {
    const text = docxText(await renderDecisionFile(input, 'docx'));
    for (const line of expectations(decision)) assert.ok(text.includes(line), `missing: ${line}`);
    assert.ok(text.includes('- Tập thể (hệ số 0,6): 12 tập thể × 1.410.000 đồng = 16.920.000 đồng;'));
    assert.ok(text.includes('- Cá nhân (hệ số 0,3): 40 cá nhân × 710.000 đồng = 28.400.000 đồng.'));
    const paragraphs = text.split('\n');
    assert.equal(paragraphs.filter((p) => p === '710.000').length, 40, 'each person’s amount in the list');
    assert.equal(
      paragraphs.filter((p) => p === '1.410.000').length,
      12,
      'each collective’s amount in the list',
    );
    assert.ok(paragraphs.includes('Tổng cộng: 12 tập thể và 40 cá nhân'));
    assert.ok(paragraphs.includes('45.320.000'));
    // The list comes after the signature, from a new page.
    assert.ok(text.indexOf('Nguyễn Văn Hậu') < text.indexOf('DANH SÁCH'));
  });

  test('the PDF says the same', { skip: NO_POPPLER }, async () => {
    const file = path.join(dir, 'quyet-dinh.pdf');
    fs.writeFileSync(file, await renderDecisionFile(input, 'pdf'));
    const text = pdfText(file);
    for (const line of expectations(decision)) assert.ok(text.includes(line), `missing: ${line}`);
    assert.ok(text.includes('Bốn mươi lăm triệu ba trăm hai mươi nghìn đồng'));
    assert.equal(text.match(/(?<=\s)710\.000(?=\s)/g)?.length, 40 + 1, 'each person’s amount, and Điều 2');
    const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(layout, /Tổng cộng: 12 tập thể và 40 cá nhân\s+45\.320\.000/, 'the total row');
  });
});

describe('vinhdanh doc decision and doc certificates on the demo data', () => {
  let cwd = '';
  let id = '';
  let demo: AwardDecision;
  const data = 'du-lieu';
  const cli = (...args: string[]) => runCli([...args, '--data', data], { cwd });

  before(async () => {
    cwd = makeTempDir('doc-awards');
    const loaded = await cli('demo');
    assert.equal(loaded.code, 0, loaded.stderr);
    // Without --decision the command lists the decisions to choose from.
    const listed = await cli('doc', 'decision', '--out', 'qd.docx');
    assert.equal(listed.code, 2);
    id =
      /([0-9a-f-]{36}) {2}Quyết định số 125\/QĐ-UBND ngày 20\/8\/2025 \(\d+ dòng, đã phê duyệt\)/.exec(
        listed.stderr,
      )?.[1] ?? '';
    assert.ok(id, listed.stderr);
    const handle = await openDatabase({ engine: 'pglite', dataDir: path.join(cwd, data) });
    try {
      demo = (await loadDecisionForDocuments(handle.db, id)).decision;
    } finally {
      await handle.close();
    }
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('the demo decision as Word: amounts and total as stored, the total in words', async () => {
    const res = await cli('doc', 'decision', '--decision', id, '--out', 'qd.docx');
    assert.equal(res.code, 0, res.stderr);
    assert.match(
      res.stdout,
      /^Đã ghi Quyết định số 125\/QĐ-UBND ngày 20\/8\/2025 \(\d+ dòng, tổng [\d.]+ đồng; DOCX/,
    );
    const text = docxText(fs.readFileSync(path.join(cwd, 'qd.docx')));
    for (const line of expectations(demo)) assert.ok(text.includes(line), `missing: ${line}`);
    assert.equal(
      demo.total,
      demo.items.reduce((s, i) => s + i.amount, 0),
    );
    const paragraphs = text.split('\n');
    for (const item of demo.items)
      assert.ok(paragraphs.includes(item.subject.name), `missing ${item.subject.name}`);
    // The demo's approval confirmed its unverified căn cứ and coefficients: printed clean, named on stderr.
    assert.ok(!text.includes('cần kiểm tra'), 'no unconfirmed value in the approved decision');
    assert.match(
      res.stderr,
      /^Lưu ý: Quyết định số 125\/QĐ-UBND ngày 20\/8\/2025 dùng giá trị chưa được kiểm tra với văn bản gốc:\n {2}- Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 chưa được kiểm tra .* Đã được \S+ xác nhận khi phê duyệt\./u,
    );
    assert.match(
      res.stderr,
      /\n {2}- Hệ số 0,6 của “Giấy khen” \(tập thể\) chưa được kiểm tra .* Đã được \S+ xác nhận khi phê duyệt\./u,
    );
    assert.equal(res.stderr.match(/Đã được \S+ xác nhận khi phê duyệt/gu)?.length, 6);
  });

  test('the demo decision as PDF', { skip: NO_POPPLER }, async () => {
    const res = await cli('doc', 'decision', '--decision', id, '--out', 'qd.pdf');
    assert.equal(res.code, 0, res.stderr);
    const text = pdfText(path.join(cwd, 'qd.pdf'));
    for (const line of expectations(demo)) assert.ok(text.includes(line), `missing: ${line}`);
  });

  test('without a public address the certificates are refused, naming the setting and how to set it', async () => {
    const res = await cli('doc', 'certificates', '--decision', id, '--out', 'khong-in.pdf');
    assert.equal(res.code, 2);
    assert.match(res.stderr, /^Lỗi: Chưa đặt Địa chỉ công khai của hệ thống/);
    assert.match(res.stderr, /vinhdanh settings set public-url https:\/\//);
    assert.match(res.stderr, /--base-url/);
    assert.ok(!fs.existsSync(path.join(cwd, 'khong-in.pdf')));
    const local = await cli(
      'doc',
      'certificates',
      '--decision',
      id,
      '--out',
      'khong-in.pdf',
      '--base-url',
      'http://localhost:3000',
    );
    assert.equal(local.code, 2);
    assert.match(local.stderr, /^Lỗi: --base-url chỉ mở được trên chính máy chủ \(localhost\)/);
    const env = await runCli(
      ['doc', 'certificates', '--decision', id, '--out', 'khong-in.pdf', '--data', data],
      {
        cwd,
        env: { VINHDANH_PUBLIC_URL: 'http://127.0.0.1:3000' },
      },
    );
    assert.equal(env.code, 2);
    assert.match(env.stderr, /Địa chỉ công khai “http:\/\/127\.0\.0\.1:3000” chỉ mở được trên chính máy chủ/);
  });

  test('with --base-url every page is a certificate whose QR code opens its own verification page there', {
    skip: NO_POPPLER,
  }, async () => {
    const res = await cli(
      'doc',
      'certificates',
      '--decision',
      id,
      '--out',
      'gk.pdf',
      '--base-url',
      'https://vinhdanh.example.vn/',
    );
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, new RegExp(`^Đã ghi ${demo.items.length} giấy khen \\(PDF`));
    const file = path.join(cwd, 'gk.pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.equal(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), demo.items.length);
    const inOrder = inListOrder(demo.items);
    assert.ok(pdfText(file, ['-f', '1', '-l', '1']).includes(inOrder[0].subject.name));
    const codes = await qrCodesOfPdf(fs.readFileSync(file));
    assert.deepEqual(
      codes,
      inOrder.map((item) => `https://vinhdanh.example.vn/xac-thuc/${item.certificateToken}`),
      'page by page, in the order of the list',
    );
  });

  test('settings set public-url saves the address the certificates then use; settings show reads it', {
    skip: NO_POPPLER,
  }, async () => {
    const before = await cli('settings', 'show');
    assert.equal(before.code, 0, before.stderr);
    assert.match(before.stdout, /^Địa chỉ công khai \(public-url\): chưa đặt/);
    const wrong = await cli('settings', 'set', 'public-url', 'http://localhost:3000');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^Lỗi: Địa chỉ công khai chỉ mở được trên chính máy chủ/);
    const set = await cli('settings', 'set', 'public-url', 'https://vinhdanh.haiphong.gov.vn');
    assert.equal(set.code, 0, set.stderr);
    assert.equal(set.stdout.trim(), 'Đã lưu Địa chỉ công khai: https://vinhdanh.haiphong.gov.vn');
    const shown = await cli('settings', 'show', '--json');
    assert.deepEqual(JSON.parse(shown.stdout).publicUrl, {
      value: 'https://vinhdanh.haiphong.gov.vn',
      source: 'setting',
      saved: 'https://vinhdanh.haiphong.gov.vn',
      problem: null,
      version: 1,
    });
    const res = await cli('doc', 'certificates', '--decision', id, '--out', 'gk-cai-dat.pdf');
    assert.equal(res.code, 0, res.stderr);
    const [first] = await qrCodesOfPdf(fs.readFileSync(path.join(cwd, 'gk-cai-dat.pdf')), {
      first: 1,
      last: 1,
    });
    assert.equal(
      first,
      `https://vinhdanh.haiphong.gov.vn/xac-thuc/${inListOrder(demo.items)[0].certificateToken}`,
    );
  });

  test('decision list prints the conference’s decisions as JSON for scripts, or as a table', async () => {
    const json = await cli('decision', 'list', '--conference', demo.conferenceId, '--json');
    assert.equal(json.code, 0, json.stderr);
    const rows = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    const row = rows.find((r) => r.id === id);
    assert.deepEqual(
      row && {
        id: row.id,
        number: row.number,
        date: row.date,
        form: row.form,
        state: row.state,
        total: row.total,
      },
      {
        id,
        number: demo.number,
        date: '2025-08-20',
        form: demo.formCode,
        state: 'approved',
        total: demo.total,
      },
    );
    assert.equal(row?.items, demo.items.length);
    const table = await cli('decision', 'list', '--conference', demo.conferenceId);
    assert.equal(table.code, 0, table.stderr);
    assert.ok(
      table.stdout.includes(
        `${id}  Quyết định số 125/QĐ-UBND ngày 20/8/2025  Giấy khen  ${demo.items.length} dòng  ${formatNumberVi(demo.total)} đồng  đã phê duyệt`,
      ),
      table.stdout,
    );
    const missing = await cli('decision', 'list', '--conference', 'khong-co');
    assert.equal(missing.code, 2);
    assert.match(
      missing.stderr,
      /^Lỗi: Không có hội nghị mã khong-co\. Xem mã các hội nghị bằng: vinhdanh conference list/,
    );
  });

  test('the command writes the same documents the web downloads: decision and plan, Word and PDF', async () => {
    const files = [
      { name: 'decision', args: ['decision', '--decision', id], url: `/api/award-decisions/${id}/decision` },
      {
        name: 'plan',
        args: ['plan', '--conference', demo.conferenceId],
        url: `/api/conferences/${demo.conferenceId}/plan`,
      },
    ];
    const formatsOf = (name: string) => (POPPLER && name === 'decision' ? ['docx', 'pdf'] : ['docx']);
    for (const { name, args } of files) {
      for (const format of formatsOf(name)) {
        const res = await cli('doc', ...args, '--out', `${name}.${format}`);
        assert.equal(res.code, 0, res.stderr);
      }
    }
    // The web, in-process on the same data, signed in as Bạch Long Vĩ's officer.
    const handle = await openDatabase({ engine: 'pglite', dataDir: path.join(cwd, data) });
    const app = await buildApp({ ctx: { db: handle.db, now: () => new Date() }, logLevel: 'silent' });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'bachlongvi', password: DEMO_PASSWORD },
      });
      assert.equal(login.statusCode, 200, login.body);
      const session = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
      for (const { name, url } of files) {
        for (const format of formatsOf(name)) {
          const res = await app.inject({
            method: 'GET',
            url: `${url}.${format}`,
            headers: { cookie: `${SESSION_COOKIE}=${session}` },
          });
          assert.equal(res.statusCode, 200, res.body);
          const fromCli = path.join(cwd, `${name}.${format}`);
          if (format === 'docx') {
            const web = docxText(res.rawPayload);
            assert.ok(web.length > 500, `${name}: the download holds the document`);
            assert.equal(docxText(fs.readFileSync(fromCli)), web, `${name}.docx`);
          } else {
            const downloaded = path.join(cwd, `${name}-web.pdf`);
            fs.writeFileSync(downloaded, res.rawPayload);
            assert.equal(pdfText(fromCli), pdfText(downloaded), `${name}.pdf`);
          }
        }
      }
    } finally {
      await app.close();
      await handle.close();
    }
  });

  test('an unknown decision or a wrong file type fails with “Lỗi:” and writes nothing', async () => {
    const unknown = await cli('doc', 'decision', '--decision', randomUUID(), '--out', 'khong.docx');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^Lỗi: Không có quyết định khen thưởng mã /);
    assert.ok(unknown.stderr.includes(id), 'the message lists the decisions there are');
    assert.ok(!fs.existsSync(path.join(cwd, 'khong.docx')));
    const wrong = await cli('doc', 'certificates', '--decision', id, '--out', 'gk.docx');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^Lỗi: Tệp --out phải có đuôi \.pdf/);
  });
});
