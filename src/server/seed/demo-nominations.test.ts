import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicatesWithin } from '../../core/nominations/duplicates.ts';
import { filterNominations } from '../../core/nominations/listing.ts';
import {
  councilPasses,
  meetsThreshold,
  submissionProblems,
  validateNomination,
} from '../../core/nominations/rules.ts';
import { DEFAULT_NOMINATION_SETTINGS, NOMINATION_STATES } from '../../core/nominations/types.ts';
import { DEFAULT_REFERENCE_LISTS } from '../../core/reference/defaults.ts';
import { isEthnicMinority } from '../../core/reference/ethnic-groups.ts';
import { DEMO_PROFILES } from './demo-nomination-profiles.ts';
import { type DemoUnitRef, generateDemoNominations, seededRandom } from './demo-nominations.ts';

const TODAY = '2025-08-20';
const units: DemoUnitRef[] = DEMO_PROFILES.map((p, i) => ({
  id: `u${i}`,
  key: `hp/11948/${p.slug}`,
  fullName: `Đơn vị ${p.slug}`,
  typeLabel: 'đơn vị',
}));
const demo = generateDemoNominations(units, seededRandom(2025));
const share = (pred: (n: (typeof demo)[number]) => boolean, of = demo) => of.filter(pred).length / of.length;

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = [a(), a(), a()];
    assert.deepEqual(xs, [b(), b(), b()]);
    assert.notDeepEqual(xs, [c(), c(), c()]);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
  });
});

describe('generateDemoNominations', () => {
  it('is deterministic for the same random source', () =>
    assert.deepEqual(generateDemoNominations(units, seededRandom(2025)), demo));

  it('every collective names its representative, the delegate, with gender, birth year and ethnic group', () => {
    const collectives = demo.filter((n) => n.kind === 'collective');
    assert.ok(collectives.length > 10);
    for (const c of collectives) {
      assert.ok(c.representativeName.split(' ').length >= 3, c.name);
      assert.ok(c.representativeGender === 'nam' || c.representativeGender === 'nu', c.name);
      assert.ok(c.representativeBirthYear !== null && c.representativeEthnicCode === '01', c.name);
      if (/Phụ nữ/u.test(c.name)) assert.equal(c.representativeGender, 'nu', c.name);
    }
    const people = demo.filter((n) => n.kind === 'individual');
    assert.ok(people.every((p) => p.representativeGender === null && p.representativeName === ''));
  });

  it('makes 200 by default, or the number asked', () => {
    assert.equal(demo.length, 200);
    assert.equal(generateDemoNominations(units, seededRandom(1), 30).length, 30);
  });

  for (const seed of [2025, 1, 42]) {
    const list = generateDemoNominations(units, seededRandom(seed));
    it(`seed ${seed}: every nomination passes validateNomination on ${TODAY} with the default lists`, () => {
      for (const n of list)
        assert.deepEqual(validateNomination(n, { today: TODAY, lists: DEFAULT_REFERENCE_LISTS }), [], n.name);
    });

    it(`seed ${seed}: has no duplicates (same name, birth year and unit)`, () =>
      assert.deepEqual(findDuplicatesWithin(list), []));

    it(`seed ${seed}: everything past draft could be submitted; council votes agree with the decision`, () => {
      for (const n of list) {
        if (n.state !== 'draft')
          assert.deepEqual(
            submissionProblems(n, DEFAULT_NOMINATION_SETTINGS, TODAY),
            [],
            `${n.name} ${n.state}`,
          );
        const decided = n.state === 'council_approved' || n.state === 'council_rejected';
        assert.equal(n.council !== null, decided, n.name);
        if (n.council) {
          assert.equal(
            councilPasses(n.council, DEFAULT_NOMINATION_SETTINGS.council),
            n.state === 'council_approved',
          );
          assert.ok(n.council.present <= n.council.members && n.council.inFavour <= n.council.present);
        }
        assert.equal(n.returnReason !== '', n.state === 'returned', n.name);
      }
    });
  }

  it('spreads over every workflow state, about 130 of 200 approved by the council', () => {
    for (const state of NOMINATION_STATES)
      assert.ok(
        demo.some((n) => n.state === state),
        state,
      );
    assert.equal(demo.filter((n) => n.state === 'council_approved').length, 130);
  });

  for (const seed of [2025, 1, 42]) {
    it(`seed ${seed}: the approved hold every field, sector and former unit of the round and minorities`, () => {
      const list = generateDemoNominations(units, seededRandom(seed));
      const approved = list.filter((n) => n.state === 'council_approved');
      for (const trait of [
        (n: (typeof list)[number]) => n.fieldCode,
        (n: (typeof list)[number]) => n.sectorCode,
        (n: (typeof list)[number]) => n.formerUnitName,
      ])
        assert.deepEqual(new Set(approved.map(trait)), new Set(list.map(trait)));
      assert.equal(new Set(approved.map((n) => n.fieldCode)).size, DEFAULT_REFERENCE_LISTS.field.length);
      assert.ok(new Set(approved.map((n) => n.formerUnitName)).size >= 5);
      assert.ok(approved.filter((n) => isEthnicMinority(n.ethnicCode)).length >= 3);
    });
  }

  it('has a few drafts below the threshold', () => {
    const below = demo.filter(
      (n) =>
        n.state === 'draft' &&
        n.vote &&
        !meetsThreshold(n.vote.inFavour, n.vote.present, { share: 0.5, strict: true }),
    );
    assert.ok(below.length >= 2, String(below.length));
  });

  it('holds meetings in July–August 2025, no later than today', () => {
    for (const n of demo)
      if (n.vote)
        assert.ok(n.vote.meetingDate >= '2025-07-01' && n.vote.meetingDate <= TODAY, n.vote.meetingDate);
  });

  it('has the mix of a real round: women, minorities, direct workers, collectives', () => {
    const people = demo.filter((n) => n.kind === 'individual');
    const women = share((n) => n.gender === 'nu', people);
    assert.ok(women >= 0.35 && women <= 0.45, `women ${women}`);
    assert.ok(people.some((n) => isEthnicMinority(n.ethnicCode)));
    const direct = share((n) => n.directWorker);
    assert.ok(direct >= 0.33 && direct <= 0.5, `direct ${direct}`);
    const collectives = share((n) => n.kind === 'collective');
    assert.ok(collectives >= 0.1 && collectives <= 0.2, `collectives ${collectives}`);
    for (const c of demo.filter((n) => n.kind === 'collective'))
      assert.ok((c.memberCount ?? 0) >= 3 && c.representativeName !== '', c.name);
  });

  it('comes from every demo unit and writes the former unit', () => {
    for (const u of units)
      assert.ok(
        demo.some((n) => n.nominatingUnitId === u.id),
        u.key,
      );
    for (const n of demo) {
      const unit = units.find((u) => u.id === n.nominatingUnitId);
      assert.ok(
        n.formerUnitName === 'Huyện Bạch Long Vĩ' || n.formerUnitName === unit?.fullName,
        n.formerUnitName,
      );
    }
  });

  it('includes Nguyễn Văn Hậu, whom a search for "hau" finds', () => {
    const listed = demo.map((n, i) => ({ ...n, number: i + 1, nominatingUnitName: '' }));
    assert.ok(filterNominations(listed, { q: 'hau' }).some((n) => n.name === 'Nguyễn Văn Hậu'));
  });

  it('gives some people a CCCD and a phone, well formed and matching sex and birth year', () => {
    const withId = demo.filter((n) => n.citizenId !== '');
    assert.ok(withId.length > 20 && demo.some((n) => n.phone !== ''));
    for (const n of withId) {
      const sex = Number(n.citizenId[3]) % 2 === 1 ? 'nu' : 'nam';
      assert.equal(sex, n.gender, n.citizenId);
      assert.equal(n.citizenId.slice(4, 6), String((n.birthYear ?? 0) % 100).padStart(2, '0'));
    }
  });

  it('uses only the units it is given, and refuses when none of them is a demo unit', () => {
    const two = units.slice(0, 2);
    const list = generateDemoNominations(two, seededRandom(3), 40);
    assert.ok(list.every((n) => two.some((u) => u.id === n.nominatingUnitId)));
    assert.throws(() => generateDemoNominations([{ ...units[0], key: 'hp/11949/x' }], seededRandom(3)));
  });
});
