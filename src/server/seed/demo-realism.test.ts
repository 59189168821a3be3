/**
 * What a legal officer notices first in the demo's lists: a post held by five people, a farming household
 * listed under a government office, a position that names its unit twice. Checked over the nominations
 * generated from the real organisation tree and over the guests and leaders.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { positionAndUnit } from '../../core/documents/award-decision-document.ts';
import { foldVietnamese } from '../../core/vietnamese/fold.ts';
import { DEMO_SUBMISSION } from './demo-award-decision.ts';
import { demoGuests } from './demo-delegation.ts';
import {
  COUNCIL_MEMBERS,
  type DemoNomination,
  type DemoUnitRef,
  generateDemoNominations,
  seededRandom,
} from './demo-nominations.ts';
import { DEMO_TIMELINE } from './demo-timeline.ts';
import { loadOrgTree } from './load-reference.ts';

/** Words that open a post one person holds in a unit; "phó" in them makes a deputy post. */
const POST =
  /^(?:phó )?(?:chủ tịch|bí thư|chỉ huy trưởng|chỉ huy phó|chính trị viên(?: phó)?|trưởng|giám đốc|hiệu trưởng|đồn trưởng|trạm trưởng|bệnh xá trưởng|thuyền trưởng|tổng phụ trách|đội trưởng|chi hội trưởng|chánh văn phòng|tư lệnh)(?!\p{L})/u;
const DEPUTY = /(?<!\p{L})phó(?!\p{L})/u;
/** A realistic number of deputies of one unit (Phó Chủ tịch Ủy ban nhân dân: two). */
const MAX_DEPUTIES = 3;
const PLACE = /(?:,?\s*(?:đặc khu|bạch long vĩ|thành phố|hải phòng))+$/u;

/** The posts a position names, written the same way whoever holds them: "chỉ huy phó ban chỉ huy quân sự". */
export function postsOf(position: string): string[] {
  return position
    .split(/,\s*/u)
    .map((part) => part.trim().toLocaleLowerCase('vi').replace(/\s+/gu, ' ').replace(PLACE, ''))
    .filter((part) => POST.test(part));
}

/** The name of a unit without the place it is in: "Trạm Y tế đặc khu Bạch Long Vĩ" → "tram y te". */
function unitCore(fullName: string): string {
  return foldVietnamese(fullName.toLocaleLowerCase('vi').replace(PLACE, ''));
}

/**
 * The parts of a position that name the unit: "Bác sĩ, Trưởng Trạm Y tế, Trạm Y tế đặc khu" has two for
 * the Trạm Y tế. A body inside the unit ("Chi hội Cựu chiến binh khu dân cư số 3") does not count.
 */
function partsNaming(position: string, unitFullName: string): string[] {
  const core = unitCore(unitFullName);
  return position
    .split(/,\s*/u)
    .map((part) => unitCore(part))
    .filter((part) => part === core || part.endsWith(` ${core}`));
}

/** Posts held by more people than a unit has: one head, up to three deputies. */
function overfilledPosts(positions: readonly string[]): string[] {
  const holders = new Map<string, number>();
  for (const post of positions.flatMap(postsOf)) holders.set(post, (holders.get(post) ?? 0) + 1);
  return [...holders]
    .filter(([post, n]) => n > (DEPUTY.test(post.match(POST)?.[0] ?? '') ? MAX_DEPUTIES : 1))
    .map(([post, n]) => `${n} × ${post}`);
}

const isHousehold = (n: Pick<DemoNomination, 'name' | 'position'>) =>
  /(?:^|[\s,])(?:hộ|chủ hộ)\s|hợp tác xã|tổ hợp tác|xã viên|trang trại/iu.test(`${n.name}, ${n.position}`);

let units: DemoUnitRef[] = [];
/** The Ủy ban's own offices: Văn phòng, the phòng and the public-service centre. */
let offices: DemoUnitRef[] = [];

before(async () => {
  units = (await loadOrgTree())
    .filter((u) => u.key.startsWith('hp/11948/'))
    .map((u) => ({ id: u.key, key: u.key, fullName: u.fullName, typeLabel: u.typeLabel }));
  offices = units.filter((u) => ['văn phòng', 'phòng', 'trung tâm'].includes(u.typeLabel));
});

describe('the checks themselves', () => {
  it('find the defects the legal officer reported', () => {
    assert.deepEqual(
      overfilledPosts([
        'Chỉ huy phó Ban Chỉ huy quân sự, Ban Chỉ huy quân sự đặc khu Bạch Long Vĩ',
        'Chỉ huy phó Ban Chỉ huy quân sự, Ban Chỉ huy quân sự đặc khu Bạch Long Vĩ',
        'Chỉ huy phó Ban Chỉ huy quân sự, Ban Chỉ huy quân sự đặc khu Bạch Long Vĩ',
        'Chỉ huy phó Ban Chỉ huy quân sự, Ban Chỉ huy quân sự đặc khu Bạch Long Vĩ',
        'Bác sĩ, Trưởng Trạm Y tế, Trạm Y tế đặc khu Bạch Long Vĩ',
        'Trưởng Trạm Y tế đặc khu Bạch Long Vĩ',
        'Phó Chủ tịch Ủy ban nhân dân đặc khu',
        'Phó Chủ tịch Ủy ban nhân dân đặc khu',
      ]),
      ['4 × chỉ huy phó ban chỉ huy quân sự', '2 × trưởng trạm y tế'],
    );
    assert.equal(
      partsNaming('Bác sĩ, Trưởng Trạm Y tế, Trạm Y tế đặc khu', 'Trạm Y tế đặc khu Bạch Long Vĩ').length,
      2,
    );
    assert.equal(partsNaming('Công chức Phòng Kinh tế, Phòng Kinh tế', 'Phòng Kinh tế').length, 2);
    assert.equal(
      partsNaming(
        'Chi hội trưởng Chi hội Cựu chiến binh khu dân cư số 3, Hội Cựu chiến binh đặc khu',
        'Hội Cựu chiến binh đặc khu Bạch Long Vĩ',
      ).length,
      1,
    );
    assert.ok(isHousehold({ name: 'x', position: 'Hộ nông dân trồng rau trên đảo' }));
    assert.ok(isHousehold({ name: 'Tổ hợp tác trồng rau an toàn', position: 'Phòng Kinh tế' }));
    assert.ok(!isHousehold({ name: 'x', position: 'Giáo viên Trường Mầm non Bạch Long Vĩ' }));
  });
});

for (const seed of [2025, 1, 42]) {
  describe(`the demo of seed ${seed}`, () => {
    let list: DemoNomination[] = [];
    before(() => {
      list = generateDemoNominations(units, seededRandom(seed));
    });
    const unitOf = (n: DemoNomination) => units.find((u) => u.id === n.nominatingUnitId) as DemoUnitRef;
    const printed = (n: DemoNomination) =>
      positionAndUnit({ position: n.position, unitName: unitOf(n).fullName, name: n.name });

    it('holds each post once (a deputy post at most three times), guests and nominees together', () => {
      const people = [
        ...list.filter((n) => n.kind === 'individual').map((n) => n.position),
        ...demoGuests().map((g) => g.position),
      ];
      assert.deepEqual(overfilledPosts(people), []);
    });

    it('follows the conference timeline: grassroots votes before the units enter them, one council of nine', () => {
      for (const n of list) {
        if (n.vote) {
          assert.ok(
            n.vote.meetingDate < DEMO_TIMELINE.nominations,
            `${n.name}: grassroots vote on ${n.vote.meetingDate}, after the nominations were entered`,
          );
        }
        if (n.council) {
          assert.equal(n.council.members, COUNCIL_MEMBERS, `${n.name}: a council of ${n.council.members}`);
          assert.ok(n.council.present <= COUNCIL_MEMBERS && n.council.inFavour <= n.council.present);
          assert.ok(n.council.meetingDate >= DEMO_TIMELINE.nominations);
          assert.ok(n.council.meetingDate <= DEMO_SUBMISSION.date, `${n.name}: council after the Tờ trình`);
        }
      }
    });

    it('nominates each collective once', () => {
      const names = list.filter((n) => n.kind === 'collective').map((n) => `${n.name} | ${n.position}`);
      assert.deepEqual(
        names.filter((name, i) => names.indexOf(name) !== i),
        [],
      );
    });

    it('lists households and cooperative groups under their khu dân cư or association, not an office', () => {
      const households = list.filter(isHousehold);
      assert.ok(households.length >= 10, `only ${households.length} households`);
      for (const n of households) {
        assert.ok(
          !offices.some((o) => o.id === n.nominatingUnitId),
          `${n.name}: nominated by ${unitOf(n).fullName}`,
        );
        for (const office of offices)
          assert.ok(!foldVietnamese(printed(n)).includes(foldVietnamese(office.fullName)), printed(n));
      }
    });

    it('names the unit once in a position', () => {
      for (const n of list.filter((x) => x.kind === 'individual')) {
        assert.ok(partsNaming(n.position, unitOf(n).fullName).length <= 1, n.position);
        assert.ok(partsNaming(printed(n), unitOf(n).fullName).length <= 1, printed(n));
      }
    });
  });
}

describe('the guests and leaders', () => {
  it('name no body the special zone does not have (it has no Hội đồng nhân dân)', () => {
    for (const g of demoGuests()) assert.doesNotMatch(g.position, /Hội đồng nhân dân/u, g.position);
  });

  it('write the units as the organisation tree does', () => {
    const positions = demoGuests().map((g) => g.position);
    for (const u of units.filter((x) => x.typeLabel !== 'đơn vị trước sắp xếp')) {
      const core = unitCore(u.fullName);
      for (const p of positions) {
        const folded = foldVietnamese(p.toLocaleLowerCase('vi'));
        if (folded.includes(core))
          assert.ok(p.includes(u.fullName.replace(PLACE_CASED, '')), `${p} writes "${u.fullName}" otherwise`);
      }
    }
  });
});

/** The place at the end of a unit's name, in its own case. */
const PLACE_CASED = /(?:\s*(?:đặc khu|Bạch Long Vĩ))+$/u;
