import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_NOMINATION_SETTINGS, type NominationSettings } from '../../../core/nominations/types.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  act,
  actOk,
  addNomination,
  auditActions,
  editBody,
  individualBody,
  nominationRow,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const vote = (present: number, inFavour: number, meetingDate = '2025-08-01') => ({
  meetingDate,
  present,
  inFavour,
  minutesFileId: null,
});

/** The grassroots vote (share, threshold, limits, date) and the council threshold, as a conference sets them. */
for (const engine of testEngines()) {
  describe(`nomination votes and thresholds (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let leader: TestClient;
    let schoolId: string;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer, leader] = await Promise.all([
        t.as('truonghoc.blv'),
        t.as('bachlongvi'),
        t.as('lanhdao.blv'),
      ]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
    });
    after(() => t.close());

    const settingsUrl = () => `/api/conferences/${t.demoConferenceId}/nomination-settings`;
    const readSettings = async (client: TestClient = officer) => {
      const res = await client.request('GET', settingsUrl());
      assertStatus(res, 200);
      return res.json() as NominationSettings & { version: number };
    };
    const setSettings = async (settings: NominationSettings) => {
      const { version } = await readSettings();
      assertStatus(await officer.request('PUT', settingsUrl(), { ...settings, version }), 200);
    };
    const withVote = (present: number, inFavour: number, meetingDate?: string) =>
      addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { vote: vote(present, inFavour, meetingDate) }),
      );
    const post = (present: number, inFavour: number, meetingDate?: string) =>
      school.request(
        'POST',
        `/api/conferences/${t.demoConferenceId}/nominations`,
        individualBody(schoolId, { vote: vote(present, inFavour, meetingDate) }),
      );

    test('the share of those present is computed, and judged against more than half by default', async () => {
      const settings = await school.request('GET', settingsUrl());
      assertStatus(settings, 200);
      assert.deepEqual(settings.json(), { ...DEFAULT_NOMINATION_SETTINGS, version: 1 });
      const ten = await withVote(12, 10);
      assert.deepEqual([ten.voteShare, ten.votePasses], [83.3, true]);
      const half = await withVote(12, 6);
      assert.deepEqual([half.voteShare, half.votePasses], [50, false]);
      const seven = await withVote(12, 7);
      assert.deepEqual([seven.voteShare, seven.votePasses], [58.3, true]);
    });

    test('a vote of exactly half cannot be submitted; more than half can', async () => {
      const half = await withVote(12, 6);
      const res = await act(school, half, 'submit');
      assertStatus(res, [400, 409]);
      assert.match(res.json().error.message, /6\/12 phiếu đồng ý \(50,0%\) chưa đạt ngưỡng trên 50%/);
      assert.ok(res.json().error.fields.some((f: { path: string }) => f.path === 'vote'));
      assert.equal((await nominationRow(t, half.id))?.state, 'draft');
      assert.equal((await actOk(school, await withVote(12, 7), 'submit')).state, 'submitted');
    });

    test('no grassroots vote at all: saved as a draft, not submitted', async () => {
      const none = await addNomination(school, t.demoConferenceId, individualBody(schoolId, { vote: null }));
      assert.deepEqual([none.voteShare, none.votePasses], [null, null]);
      const res = await act(school, none, 'submit');
      assertStatus(res, [400, 409]);
      assert.match(res.json().error.message, /chưa có kết quả bình xét/);
    });

    test('more votes in favour than people present is refused with 400 naming “Số phiếu đồng ý”', async () => {
      const res = await post(12, 13);
      assertStatus(res, 400);
      assert.match(res.json().error.message, /Số phiếu đồng ý: không được lớn hơn số người dự họp \(12\)/);
      const fields = res.json().error.fields as Array<{ path: string }>;
      assert.ok(fields.some((f) => f.path === 'vote.inFavour'));
      const n = await withVote(12, 10);
      const edit = await school.request(
        'PUT',
        `/api/nominations/${n.id}`,
        editBody(n, { vote: vote(12, 13) }),
      );
      assertStatus(edit, 400);
      assert.match(edit.json().error.message, /Số phiếu đồng ý/);
      assert.deepEqual((await nominationRow(t, n.id))?.vote, vote(12, 10));
    });

    test('the meeting may be held on the day of the submission (15/8/2025, Vietnam) but not after it', async () => {
      const after = await post(12, 10, '2025-08-16');
      assertStatus(after, 400);
      assert.match(after.json().error.message, /Ngày bình xét: không được sau ngày gửi \(15\/08\/2025\)/);
      const today = await withVote(12, 10, '2025-08-15');
      assert.equal((await actOk(school, today, 'submit')).state, 'submitted');
    });

    test('only the organiser’s reviewers set the thresholds: 403 for the school and the leader', async () => {
      const wanted: NominationSettings = {
        grassroots: { share: 0.5, strict: false },
        council: { share: 0.5, strict: true, base: 'members' },
      };
      const { version, ...stored } = await readSettings();
      assert.deepEqual(stored, DEFAULT_NOMINATION_SETTINGS);
      for (const client of [school, leader]) {
        const res = await client.request('PUT', settingsUrl(), { ...wanted, version });
        assertStatus(res, 403);
      }
      const out = await officer.request('PUT', settingsUrl(), {
        ...wanted,
        grassroots: { share: 1.5, strict: true },
        version,
      });
      assertStatus(out, 400);
      assert.deepEqual(await readSettings(), { ...DEFAULT_NOMINATION_SETTINGS, version });
    });

    test('two reviewers save the thresholds from the same version: the second gets 409 and the first stays', async () => {
      const other = await t.as('bachlongvi');
      const first = await readSettings();
      const second = await readSettings(other);
      assert.equal(first.version, second.version);
      const audited = (await auditActions(t, t.demoConferenceId)).length;
      const mine = { ...first, grassroots: { share: 0.6, strict: false } };
      try {
        const ok = await officer.request('PUT', settingsUrl(), mine);
        assertStatus(ok, 200);
        assert.equal(ok.json().version, first.version + 1);
        const stale = await other.request('PUT', settingsUrl(), {
          ...second,
          grassroots: { share: 0.9, strict: true },
        });
        assertStatus(stale, 409);
        assert.match(stale.json().error.message, /vừa được người khác thay đổi/);
        assert.deepEqual(await readSettings(), { ...mine, version: first.version + 1 });
        assert.equal((await auditActions(t, t.demoConferenceId)).length, audited + 1);
      } finally {
        await setSettings(DEFAULT_NOMINATION_SETTINGS);
      }
    });

    test('“at least half” lets 6 of 12 through, “at least 3/4” stops 8 of 12; the change is audited', async () => {
      const settingsAudited = async () =>
        (await auditActions(t, t.demoConferenceId)).filter((a) => a === 'conference.nomination_settings')
          .length;
      const audited = await settingsAudited();
      try {
        await setSettings({ ...DEFAULT_NOMINATION_SETTINGS, grassroots: { share: 0.5, strict: false } });
        const half = await withVote(12, 6);
        assert.equal(half.votePasses, true);
        assert.equal((await actOk(school, half, 'submit')).state, 'submitted');

        await setSettings({ ...DEFAULT_NOMINATION_SETTINGS, grassroots: { share: 0.75, strict: false } });
        const eight = await withVote(12, 8);
        assert.equal(eight.votePasses, false);
        const res = await act(school, eight, 'submit');
        assertStatus(res, [400, 409]);
        assert.match(res.json().error.message, /chưa đạt ngưỡng từ 75% số người dự họp trở lên/);
        assert.equal((await withVote(12, 9)).votePasses, true);
        assert.equal(await settingsAudited(), audited + 2);
      } finally {
        await setSettings(DEFAULT_NOMINATION_SETTINGS);
      }
    });

    test('the council threshold is the conference’s: 5 of 11 members fails “more than half of members”, passes “2/3 of those present” with 6 present', async () => {
      const council = { meetingDate: '2025-08-14', members: 11, present: 6, inFavour: 5 };
      const accepted = await actOk(officer, await actOk(school, await withVote(12, 10), 'submit'), 'accept');
      const refused = await act(officer, accepted, 'council_approve', { council });
      assertStatus(refused, [400, 409]);
      assert.match(refused.json().error.message, /chưa đạt ngưỡng của Hội đồng/);
      try {
        await setSettings({
          ...DEFAULT_NOMINATION_SETTINGS,
          council: { share: 2 / 3, strict: false, base: 'present' },
        });
        const approved = await actOk(officer, accepted, 'council_approve', { council });
        assert.deepEqual([approved.state, approved.council], ['council_approved', council]);
      } finally {
        await setSettings(DEFAULT_NOMINATION_SETTINGS);
      }
    });
  });
}
