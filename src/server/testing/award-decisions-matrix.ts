import assert from 'node:assert/strict';
import type { DecisionView } from '../../shared/api/award-decisions.ts';
import type { ProposalView } from '../../shared/api/award-proposals.ts';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../render/certificates.ts';
import {
  assertHidden,
  assertHiddenAnswer,
  type CrossUnitWorld,
  type MatrixRow,
  type Method,
} from './cross-unit-world.ts';
import { assertStatus, createUser, FACTORY_PASSWORD, userBody } from './factories.ts';
import { pictureOf } from './nomination-factories.ts';
import type { TestClient } from './test-app.ts';

/**
 * Rows of the access matrix for proposals of commendation, award decisions, certificates and the
 * certificate template: Cát Hải gets "not found" and changes nothing; the school nominator of Bạch Long
 * Vĩ sees nothing either; inside Bạch Long Vĩ a role without the permission gets 403 (the leader reads
 * and approves but does not draft; a nominator of the commune may not even read).
 * Public, and so not in this matrix: GET /api/public/certificates/{token} (and the page /xac-thuc/{token}).
 */

/** Until the demo's ids are loaded, probes (used for the 401 check) aim at an id no row has. */
const NO_ID = '00000000-0000-4000-8000-000000000000';

interface DemoAward {
  proposal: ProposalView;
  decision: DecisionView;
}

const loaded = new WeakMap<CrossUnitWorld, DemoAward>();
const loading = new WeakMap<CrossUnitWorld, Promise<DemoAward>>();

/** The demo's proposal and decision of Bạch Long Vĩ, as its officer reads them (once per world). */
function demoAward(w: CrossUnitWorld): Promise<DemoAward> {
  let p = loading.get(w);
  if (!p) {
    p = (async () => {
      const db = w.t.handle.db;
      const decision = await db
        .selectFrom('award_decisions')
        .select(['id', 'proposal_id'])
        .where('conference_id', '=', w.blvConference.id)
        .where('number', '=', '125')
        .executeTakeFirstOrThrow();
      const get = async (url: string) => {
        const res = await w.blvOfficer.request('GET', url);
        assertStatus(res, 200);
        return res.json();
      };
      const award = {
        proposal: (await get(`/api/award-proposals/${decision.proposal_id}`)) as ProposalView,
        decision: (await get(`/api/award-decisions/${decision.id}`)) as DecisionView,
      };
      loaded.set(w, award);
      return award;
    })();
    loading.set(w, p);
  }
  return p;
}

const proposalId = (w: CrossUnitWorld) => loaded.get(w)?.proposal.id ?? NO_ID;
const decisionId = (w: CrossUnitWorld) => loaded.get(w)?.decision.id ?? NO_ID;
const conferenceUrl = (w: CrossUnitWorld, tail: string) => `/api/conferences/${w.blvConference.id}/${tail}`;
const templateUrl = (w: CrossUnitWorld) => `/api/units/${w.blv.id}/certificate-template`;

/** Everything of Bạch Long Vĩ's commendations a refused request must leave as it was. */
async function awardState(w: CrossUnitWorld) {
  const db = w.t.handle.db;
  const conferenceId = w.blvConference.id;
  return {
    proposals: await db
      .selectFrom('award_proposals')
      .select(['id', 'version', 'state'])
      .where('conference_id', '=', conferenceId)
      .orderBy('id')
      .execute(),
    decisions: await db
      .selectFrom('award_decisions')
      .select(['id', 'version', 'state', 'replaced_by'])
      .where('conference_id', '=', conferenceId)
      .orderBy('id')
      .execute(),
    templates: await db
      .selectFrom('certificate_templates')
      .select(['unit_id', 'version'])
      .orderBy('unit_id')
      .execute(),
    records: (await db.selectFrom('award_records').select('id').where('source', '=', 'decision').execute())
      .length,
    files: (await db.selectFrom('files').select('id').execute()).length,
    audit: (
      await db
        .selectFrom('audit_log')
        .select('id')
        .where('entity_type', 'in', ['award_proposal', 'award_decision', 'certificate_template'])
        .execute()
    ).length,
  };
}

async function unchanged(w: CrossUnitWorld, attempt: () => Promise<void>): Promise<void> {
  await demoAward(w);
  const before = await awardState(w);
  await attempt();
  assert.deepEqual(await awardState(w), before);
}

const nominators = new WeakMap<CrossUnitWorld, Promise<TestClient>>();

/** A nominator granted on the Bạch Long Vĩ commune itself: inside the scope, without conference.read. */
function communeNominator(w: CrossUnitWorld): Promise<TestClient> {
  let client = nominators.get(w);
  if (!client) {
    client = (async () => {
      const user = await createUser(
        w.blvOfficer,
        userBody(w.blv.id, { roles: [{ role: 'nominator', unitId: w.blv.id }] }),
      );
      return w.t.as(user.username, FACTORY_PASSWORD);
    })();
    nominators.set(w, client);
  }
  return client;
}

function assertForbidden(res: Awaited<ReturnType<TestClient['request']>>): void {
  assertStatus(res, 403);
  assert.match(res.json().error.message, /không có quyền/);
}

/** A read: Cát Hải and the school get 404; the commune's nominator 403. */
function readRow(route: string, path: (w: CrossUnitWorld) => string): MatrixRow {
  return {
    route,
    probe: (w) => ({ url: path(w) }),
    async crossUnit(w) {
      await demoAward(w);
      await assertHidden(w, 'GET', path(w));
      assertForbidden(await (await communeNominator(w)).request('GET', path(w)));
    },
    async school(w) {
      await demoAward(w);
      assertHiddenAnswer(await w.school.request('GET', path(w)));
    },
  };
}

/**
 * A change: Cát Hải and the school get 404 and nothing changes; `insider` (the leader, unless told),
 * who lacks the permission inside Bạch Long Vĩ, gets 403.
 */
function changeRow(
  route: string,
  path: (w: CrossUnitWorld) => string,
  body: (w: CrossUnitWorld, award: DemoAward) => unknown,
  insider: ((w: CrossUnitWorld) => Promise<TestClient>) | null = (w) => w.t.as('lanhdao.blv'),
): MatrixRow {
  const method = route.split(' ')[0] as Method;
  return {
    route,
    probe: (w) => ({ url: path(w), ...(method === 'DELETE' ? {} : { body: {} }) }),
    async crossUnit(w) {
      await unchanged(w, async () => {
        const award = await demoAward(w);
        await assertHidden(w, method, path(w), body(w, award));
        if (insider) assertForbidden(await (await insider(w)).request(method, path(w), body(w, award)));
      });
    },
    async school(w) {
      await unchanged(w, async () =>
        assertHiddenAnswer(await w.school.request(method, path(w), body(w, await demoAward(w)))),
      );
    },
  };
}

const proposalInput = (a: DemoAward) => ({
  formCode: 'lao-dong-tien-tien',
  year: 2025,
  title: 'Sửa trộm',
  submissionNumber: '',
  submissionDate: null,
  items: [{ source: 'nomination', id: a.proposal.items[0].nominationId }],
});

const councilInput = (a: DemoAward) => ({
  version: a.proposal.version,
  council: {
    meetingDate: '2025-08-14',
    members: 9,
    present: 9,
    writtenVotes: 0,
    chair: '',
    secretary: '',
    location: '',
  },
  votes: a.proposal.items.map((i) => ({ itemId: i.id, inFavour: 9 })),
});

const decisionInput = (a: DemoAward) => ({
  version: a.decision.version,
  decisionNumber: '999',
  symbol: a.decision.symbol,
  decisionDate: a.decision.date,
  signingPrefix: '',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Sửa trộm',
  bases: a.decision.bases,
  fundSource: a.decision.fundSource,
  executors: a.decision.executors,
  items: a.decision.items.map((i) => ({ id: i.id, achievement: i.achievement })),
});

const templateInput = () => ({
  version: 0,
  backgroundFileId: null,
  fields: DEFAULT_CERTIFICATE_TEMPLATE.fields,
});

const proposalUrl = (w: CrossUnitWorld) => `/api/award-proposals/${proposalId(w)}`;
const decisionUrl = (w: CrossUnitWorld) => `/api/award-decisions/${decisionId(w)}`;

export const AWARD_DECISIONS_MATRIX: MatrixRow[] = [
  readRow('GET /api/conferences/{id}/award-proposals', (w) => conferenceUrl(w, 'award-proposals')),
  changeRow(
    'POST /api/conferences/{id}/award-proposals/check',
    (w) => conferenceUrl(w, 'award-proposals/check'),
    (_w, a) => proposalInput(a),
  ),
  changeRow(
    'POST /api/conferences/{id}/award-proposals',
    (w) => conferenceUrl(w, 'award-proposals'),
    (_w, a) => proposalInput(a),
  ),
  readRow('GET /api/award-proposals/{id}', proposalUrl),
  changeRow('PUT /api/award-proposals/{id}', proposalUrl, (_w, a) => ({
    ...proposalInput(a),
    version: a.proposal.version,
  })),
  changeRow(
    'DELETE /api/award-proposals/{id}',
    (w) => `${proposalUrl(w)}?version=${loaded.get(w)?.proposal.version ?? 1}`,
    () => undefined,
  ),
  changeRow(
    'PUT /api/award-proposals/{id}/council',
    (w) => `${proposalUrl(w)}/council`,
    (_w, a) => councilInput(a),
  ),
  ...(['submission', 'minutes'] as const).flatMap((kind) =>
    (['docx', 'pdf'] as const).map((format) =>
      readRow(
        `GET /api/award-proposals/{id}/${kind}.${format}`,
        (w) => `${proposalUrl(w)}/${kind}.${format}`,
      ),
    ),
  ),
  readRow('GET /api/conferences/{id}/award-decisions', (w) => conferenceUrl(w, 'award-decisions')),
  changeRow(
    'POST /api/conferences/{id}/award-decisions',
    (w) => conferenceUrl(w, 'award-decisions'),
    (_w, a) => ({
      proposalId: a.proposal.id,
    }),
  ),
  readRow('GET /api/award-decisions/{id}', decisionUrl),
  changeRow('PUT /api/award-decisions/{id}', decisionUrl, (_w, a) => decisionInput(a)),
  changeRow(
    'DELETE /api/award-decisions/{id}',
    (w) => `${decisionUrl(w)}?version=${loaded.get(w)?.decision.version ?? 1}`,
    () => undefined,
  ),
  // The leader holds conference.approve: the insider without it is the commune's nominator.
  changeRow(
    'POST /api/award-decisions/{id}/approve',
    (w) => `${decisionUrl(w)}/approve`,
    (_w, a) => ({
      version: a.decision.version,
      confirmUnverified: a.decision.unverified.map((v) => v.key),
    }),
    communeNominator,
  ),
  changeRow(
    'POST /api/award-decisions/{id}/replace',
    (w) => `${decisionUrl(w)}/replace`,
    (_w, a) => ({
      version: a.decision.version,
    }),
  ),
  ...(['docx', 'pdf'] as const).map((format) =>
    readRow(
      `GET /api/award-decisions/{id}/decision.${format}`,
      (w) => `${decisionUrl(w)}/decision.${format}`,
    ),
  ),
  readRow('GET /api/award-decisions/{id}/certificates.pdf', (w) => `${decisionUrl(w)}/certificates.pdf`),
  changeRow(
    'PUT /api/award-decisions/{id}/register-numbers',
    (w) => `${decisionUrl(w)}/register-numbers`,
    (_w, a) => ({
      version: a.decision.version,
      items: a.decision.items.slice(0, 2).map((i, n) => ({ id: i.id, registerNumber: `9${n}` })),
    }),
  ),
  readRow('GET /api/units/{id}/certificate-template', templateUrl),
  changeRow('PUT /api/units/{id}/certificate-template', templateUrl, () => templateInput()),
  {
    route: 'POST /api/units/{id}/certificate-template/background',
    probe: (w) => ({ url: `${templateUrl(w)}/background`, body: {} }),
    async crossUnit(w) {
      const image = { data: await pictureOf(300, 200), fileName: 'nen.png', contentType: 'image/png' };
      await unchanged(w, async () => {
        assertHiddenAnswer(await w.catHai.upload(`${templateUrl(w)}/background`, image));
        const leader = await w.t.as('lanhdao.blv');
        assertForbidden(await leader.upload(`${templateUrl(w)}/background`, image));
      });
    },
    async school(w) {
      const image = { data: await pictureOf(300, 200), fileName: 'nen.png', contentType: 'image/png' };
      await unchanged(w, async () =>
        assertHiddenAnswer(await w.school.upload(`${templateUrl(w)}/background`, image)),
      );
    },
  },
  readRow('GET /api/units/{id}/certificate-template/background', (w) => `${templateUrl(w)}/background`),
];
