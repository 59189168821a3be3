import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { inListOrder } from '../../../../core/documents/award-decision-document.ts';
import type { CertificateTemplateView, DecisionView } from '../../../../shared/api/award-decisions.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../../testing/factories.ts';
import { pictureOf } from '../../../testing/nomination-factories.ts';
import { qrCodesOfPdf } from '../../../testing/pdf-qr-codes.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import {
  approve,
  approvedNomination,
  createProposal,
  demoDecisionId,
  draftDecision,
  proposalBody,
  vote,
} from '../decisions/award-decisions.fixture.ts';

const NO_POPPLER =
  spawnSync('pdftoppm', ['-v']).error === undefined ? false : 'poppler-utils (pdftoppm) is not installed';
const PUBLIC_URL = 'https://vinhdanh.haiphong.gov.vn';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** The certificates PDF of a decision and each unit's template with its background image. */
for (const engine of testEngines()) {
  describe(`certificates (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let templateUrl: string;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      templateUrl = `/api/units/${(await unitByKey(t, UNIT_KEYS.bachLongVi)).id}/certificate-template`;
    });
    after(() => t.close());

    test('printing is refused while the public address is unset or this machine’s, naming the setting', async () => {
      const url = `/api/award-decisions/${await demoDecisionId(t)}/certificates.pdf`;
      const unset = await officer.request('GET', url);
      assertStatus(unset, 409);
      const message = unset.json().error.message as string;
      assert.match(message, /^Chưa đặt Địa chỉ công khai của hệ thống/);
      assert.match(message, /“Cài đặt”/);
      assert.match(message, /vinhdanh settings set public-url https:\/\//);
      assert.equal(unset.json().error.fields[0].path, 'publicUrl');
      t.ctx.publicUrl = 'http://localhost:3000';
      try {
        const local = await officer.request('GET', url);
        assertStatus(local, 409);
        assert.match(local.json().error.message, /“http:\/\/localhost:3000” chỉ mở được trên chính máy chủ/);
      } finally {
        t.ctx.publicUrl = undefined;
      }
      const admin = await t.as('admin');
      const saved = await admin.request('PUT', '/api/settings/public-address', {
        version: 0,
        publicUrl: PUBLIC_URL,
      });
      assertStatus(saved, 200);
      assertStatus(await officer.request('GET', url), 200);
    });

    test('the demo decision prints one A4-landscape certificate per line, in one PDF', async () => {
      const id = await demoDecisionId(t);
      const decision = (await officer.request('GET', `/api/award-decisions/${id}`)).json() as DecisionView;
      const res = await officer.request('GET', `/api/award-decisions/${id}/certificates.pdf`);
      assertStatus(res, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(pageCount(res.rawPayload), decision.items.length);
      assert.match(res.rawPayload.toString('latin1'), /\/MediaBox \[\s*0 0 841\.8\d* 595\.2\d*\s*\]/);
      assert.doesNotMatch(res.rawPayload.toString('latin1'), /\/Subtype \/Image/, 'no background image yet');
    });

    test('every certificate’s QR code decodes to its verification page at the public address', {
      skip: NO_POPPLER,
    }, async () => {
      const id = await demoDecisionId(t);
      const decision = (await officer.request('GET', `/api/award-decisions/${id}`)).json() as DecisionView;
      const res = await officer.request('GET', `/api/award-decisions/${id}/certificates.pdf`);
      const codes = await qrCodesOfPdf(res.rawPayload);
      assert.equal(codes.length, decision.items.length);
      const expected = new Set(decision.items.map((i) => `${PUBLIC_URL}/xac-thuc/${i.certificateToken}`));
      assert.deepEqual(new Set(codes), expected, 'one code per line, each to its own token');
    });

    test('số vào sổ: written on an approved decision, versioned, audited, unique, and printed', async () => {
      const id = await demoDecisionId(t);
      const url = `/api/award-decisions/${id}/register-numbers`;
      const decision = (await officer.request('GET', `/api/award-decisions/${id}`)).json() as DecisionView;
      assert.equal(decision.state, 'approved');
      const [first, second] = inListOrder(decision.items);
      const body = {
        version: decision.version,
        items: [
          { id: first.id, registerNumber: '15' },
          { id: second.id, registerNumber: '16' },
        ],
      };
      const leader = await t.as('lanhdao.blv');
      assertStatus(await leader.request('PUT', url, body), 403);
      const twice = await officer.request('PUT', url, {
        ...body,
        items: [body.items[0], { id: second.id, registerNumber: '15' }],
      });
      assertStatus(twice, 400);
      assert.deepEqual(twice.json().error.fields, [
        { path: 'items.1.registerNumber', message: 'Số vào sổ (dòng 2): số 15 đã dùng cho dòng 1' },
      ]);
      const bad = await officer.request('PUT', url, {
        ...body,
        items: [{ id: first.id, registerNumber: '15<>' }],
      });
      assertStatus(bad, 400);
      assert.match(bad.json().error.message, /Số vào sổ: chỉ gồm chữ, số/);
      const saved = await officer.request('PUT', url, body);
      assertStatus(saved, 200);
      const after = saved.json() as DecisionView;
      assert.equal(after.version, decision.version + 1);
      assert.equal(after.total, decision.total, 'nothing else of the decision changes');
      assert.deepEqual(
        inListOrder(after.items)
          .slice(0, 3)
          .map((i) => i.registerNumber ?? ''),
        ['15', '16', ''],
      );
      assertStatus(await officer.request('PUT', url, body), 409);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['after'])
        .where('action', '=', 'award_decision.register_numbers_updated')
        .where('entity_id', '=', id)
        .execute();
      assert.deepEqual(audit, [
        {
          after: {
            registerNumbers: [
              { name: first.subject.name, registerNumber: '15' },
              { name: second.subject.name, registerNumber: '16' },
            ],
          },
        },
      ]);
    });

    test('the first certificate shows its register number', { skip: NO_POPPLER }, async () => {
      const res = await officer.request(
        'GET',
        `/api/award-decisions/${await demoDecisionId(t)}/certificates.pdf`,
      );
      assertStatus(res, 200);
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-', '-'], {
        input: res.rawPayload,
        encoding: 'utf8',
      });
      assert.match(text, /Số vào sổ: 15/);
    });

    test('a draft has no certificates yet: its QR codes would not verify', async () => {
      const person = await approvedNomination(t, officer);
      const p = await vote(
        officer,
        await createProposal(
          officer,
          t.demoConferenceId,
          proposalBody('lao-dong-tien-tien', [person.id], { year: 2024 }),
        ),
      );
      const d = await draftDecision(officer, p);
      const res = await officer.request('GET', `/api/award-decisions/${d.id}/certificates.pdf`);
      assertStatus(res, 409);
      assert.match(res.json().error.message, /Chỉ in giấy khen khi quyết định đã được phê duyệt/);
      const approved = await approve(officer, d);
      const printed = await officer.request('GET', `/api/award-decisions/${approved.id}/certificates.pdf`);
      assertStatus(printed, 200);
      assert.equal(pageCount(printed.rawPayload), 1);
    });

    test('a unit without its own template gets the built-in one (version 0); saving it is versioned and audited', async () => {
      const res = await officer.request('GET', templateUrl);
      assertStatus(res, 200);
      const built = res.json() as CertificateTemplateView;
      assert.equal(built.version, 0);
      assert.ok(built.fields.some((f) => f.key === 'qr') && built.fields.some((f) => f.key === 'name'));
      const fields = built.fields.map((f) => (f.key === 'name' ? { ...f, fontSize: 30 } : f));
      const saved = await officer.request('PUT', templateUrl, { version: 0, backgroundFileId: null, fields });
      assertStatus(saved, 200);
      const one = saved.json() as CertificateTemplateView;
      assert.equal(one.version, 1);
      assert.equal(one.fields.find((f) => f.key === 'name')?.fontSize, 30);
      const stale = await officer.request('PUT', templateUrl, { version: 0, backgroundFileId: null, fields });
      assertStatus(stale, 409);
      const twice = await officer.request('PUT', templateUrl, {
        version: 1,
        backgroundFileId: null,
        fields: [...fields, fields[0]],
      });
      assertStatus(twice, 400);
      assert.match(twice.json().error.message, /trường bị lặp/);
      const leader = await t.as('lanhdao.blv');
      assertStatus(await leader.request('GET', templateUrl), 200);
      assertStatus(
        await leader.request('PUT', templateUrl, { version: 1, backgroundFileId: null, fields }),
        403,
      );
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id'])
        .where('entity_type', '=', 'certificate_template')
        .execute();
      assert.deepEqual(audit, [
        { action: 'certificate_template.updated', entity_id: templateUrl.split('/')[3] },
      ]);
    });

    test('a background image is stored as JPEG for the unit, shown back, and printed under the fields', async () => {
      const current = (await officer.request('GET', templateUrl)).json() as CertificateTemplateView;
      const refused = await officer.upload(`${templateUrl}/background`, {
        data: Buffer.from('không phải ảnh'),
        fileName: 'nen.txt',
      });
      assertStatus(refused, 400);
      assert.match(refused.json().error.message, /Ảnh nền phải là tệp ảnh JPG hoặc PNG/);
      const res = await officer.upload(`${templateUrl}/background`, {
        data: await pictureOf(1200, 850),
        fileName: 'nen.png',
        contentType: 'image/png',
      });
      assertStatus(res, 200);
      const withBackground = res.json() as CertificateTemplateView;
      assert.ok(withBackground.backgroundFileId);
      assert.equal(withBackground.version, current.version + 1);
      const image = await officer.request('GET', `${templateUrl}/background`);
      assertStatus(image, 200);
      const meta = await sharp(image.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 1200, 850]);
      const pdf = await officer.request(
        'GET',
        `/api/award-decisions/${await demoDecisionId(t)}/certificates.pdf`,
      );
      assertStatus(pdf, 200);
      assert.match(pdf.rawPayload.toString('latin1'), /\/Subtype \/Image/);
      const catHai = await t.as('cathai');
      const catHaiUrl = `/api/units/${(await unitByKey(t, UNIT_KEYS.catHai)).id}/certificate-template`;
      const theirs = await catHai.upload(`${catHaiUrl}/background`, {
        data: await pictureOf(300, 200),
        fileName: 'a.png',
      });
      assertStatus(theirs, 200);
      const foreign = await officer.request('PUT', templateUrl, {
        version: withBackground.version,
        backgroundFileId: (theirs.json() as CertificateTemplateView).backgroundFileId,
        fields: withBackground.fields,
      });
      assertStatus(foreign, 400);
      assert.match(
        foreign.json().error.message,
        /không phải ảnh đã tải lên cho mẫu giấy khen của đơn vị này/,
      );
      const cleared = await officer.request('PUT', templateUrl, {
        version: withBackground.version,
        backgroundFileId: null,
        fields: withBackground.fields,
      });
      assertStatus(cleared, 200);
      assertStatus(await officer.request('GET', `${templateUrl}/background`), 404);
    });
  });
}
