import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { attendingPerson } from '../../../core/delegation/attributes.ts';
import type { CompositionInput, DelegationResponse, Proposal } from '../../../shared/api/delegation.ts';
import { assertStatus } from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** The engine's proposal on the demo conference: optimal, explained, what-if, relaxed, refused. */
for (const engine of testEngines()) {
  describe(`delegate proposals (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let delegation: DelegationResponse;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/delegates`);
      assertStatus(res, 200);
      delegation = res.json() as DelegationResponse;
    });
    after(() => t.close());

    const proposeUrl = () => `/api/conferences/${t.demoConferenceId}/delegates/propose`;
    const propose = async (composition?: CompositionInput): Promise<Proposal> => {
      const res = await officer.request('POST', proposeUrl(), composition ? { composition } : {});
      assertStatus(res, 200);
      return res.json() as Proposal;
    };
    const saved = (): CompositionInput => {
      const { version: _v, ...settings } = delegation.composition;
      return structuredClone(settings);
    };
    const byId = () => new Map(delegation.candidates.map((c) => [c.id, c]));
    // A collective counts by its representative, as the rules do.
    const women = (p: Proposal) =>
      p.selected.filter((id) => {
        const c = byId().get(id);
        return c !== undefined && attendingPerson(c).gender === 'nu';
      }).length;

    test('the saved composition gives an optimal list of every seat meeting every rule, labelled', async () => {
      const p = await propose();
      assert.equal(p.status, 'optimal');
      assert.equal(p.selected.length, delegation.composition.seats);
      assert.equal(new Set(p.selected).size, p.selected.length);
      assert.ok(p.quotas.length > 0 && p.quotas.every((q) => q.met));
      const exemplary = p.quotas.find((q) => q.column === 'category' && q.value === 'dien_hinh');
      assert.deepEqual([exemplary?.label, exemplary?.count], ['Thành phần: Điển hình tiên tiến', 105]);
      assert.ok(p.quotas.some((q) => q.label === 'Giới tính: Nữ' && q.count >= 45));
      const scores = byId();
      const total = p.selected.reduce((sum, id) => sum + (scores.get(id)?.score ?? 0), 0);
      assert.ok(Math.abs(total - p.objective) < 1e-6, `${total} ≠ ${p.objective}`);
      for (const id of delegation.composition.include)
        assert.ok(p.selected.includes(id), 'leaders locked in');
      for (const e of p.explanations) {
        assert.ok(!p.selected.includes(e.id));
        assert.match(e.text, /^(Không được chọn vì|Đã được loại ra)/);
      }
    });

    test('against the current approved list the diff is empty, and nothing is saved', async () => {
      const before = await t.handle.db.selectFrom('delegate_lists').select('number').execute();
      const auditBefore = await t.handle.db.selectFrom('audit_log').select('id').execute();
      const p = await propose();
      assert.deepEqual(p.diff, { added: [], removed: [] });
      assert.deepEqual(new Set(p.selected), new Set(delegation.current?.selected));
      assert.deepEqual(await t.handle.db.selectFrom('delegate_lists').select('number').execute(), before);
      assert.equal(
        (await t.handle.db.selectFrom('audit_log').select('id').execute()).length,
        auditBefore.length,
      );
    });

    test('a what-if of at least 45% women gives more women, and a diff against the approved list', async () => {
      const base = await propose();
      const whatIf = saved();
      whatIf.rules = whatIf.rules.map((r) =>
        r.column === 'gender' && r.value === 'nu' ? { ...r, minShare: 0.45 } : r,
      );
      const p = await propose(whatIf);
      assert.equal(p.status, 'optimal');
      assert.ok(women(p) >= 68, `${women(p)} women`);
      assert.ok(women(p) > women(base), `${women(p)} ≤ ${women(base)}`);
      assert.ok(p.diff.added.length > 0 && p.diff.added.length === p.diff.removed.length);
      assert.ok(p.diff.added.every((id) => p.selected.includes(id) && !base.selected.includes(id)));
      assert.ok(p.objective <= base.objective);
    });

    test('what-if weights change the scores the engine maximises', async () => {
      const whatIf = saved();
      whatIf.weights = { ...whatIf.weights, directWorker: 500 };
      const p = await propose(whatIf);
      const direct = (q: Proposal) => q.selected.filter((id) => byId().get(id)?.directWorker).length;
      assert.ok(direct(p) >= direct(await propose()));
      assert.ok(p.objective > (await propose()).objective);
    });

    test('rules that cannot all hold give the best list with the smallest relaxation, in words', async () => {
      const whatIf = saved();
      whatIf.rules.push({ column: 'gender', value: 'nu', min: 140 });
      const p = await propose(whatIf);
      assert.equal(p.status, 'infeasible');
      assert.equal(p.selected.length, 150);
      assert.ok(p.relaxation && p.relaxation.length > 0);
      const women = p.relaxation.find(
        (r) => r.column === 'gender' && r.bound === 'min' && r.required === 140,
      );
      assert.ok(women, JSON.stringify(p.relaxation));
      assert.equal(women.label, 'Giới tính: Nữ');
      assert.ok(women.achieved < 140);
      assert.ok((p.violation ?? 0) > 0);
    });

    test('input the engine refuses is a 400 with its Vietnamese message', async () => {
      const whatIf = saved();
      whatIf.seats = 5000;
      const res = await officer.request('POST', proposeUrl(), { composition: whatIf });
      assertStatus(res, 400);
      assert.equal(res.json().error.code, 'VALIDATION');
      assert.match(res.json().error.message, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
      const bad = await officer.request('POST', proposeUrl(), { composition: { ...saved(), seats: 0 } });
      assertStatus(bad, 400);
      assert.match(bad.json().error.message, /Dữ liệu chưa hợp lệ/);
    });

    test('the leader may read the delegation but not ask for a proposal; the school reaches nothing', async () => {
      const leader = await t.as('lanhdao.blv');
      assertStatus(await leader.request('POST', proposeUrl(), {}), 403);
      const school = await t.as('truonghoc.blv');
      const res = await school.request('POST', proposeUrl(), {});
      assertStatus(res, 404);
      assert.doesNotMatch(res.body, /Bạch Long Vĩ/);
    });
  });
}
