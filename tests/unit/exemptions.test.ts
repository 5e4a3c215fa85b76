// Pure rules of exemptions: the Pasal 17 catalogue and its codes, the period rules of Pasal 20 and PP 61,
// the next day in the body's time zone (when a cached DIK goes stale), and who sees a test's internals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/i18n/catalogue.js';
import type { Role } from '../../src/context.js';
import type { SecurityLevel } from '../../src/db/schema/classification.js';
import { nextDayStarts } from '../../src/domain/exemptions/dik.js';
import {
  beyondLegalMaximum,
  endRequired,
  GROUNDS,
  groundCode,
  groundLabel,
  groundReference,
  legalMaximumEnd,
  parseGroundCode,
} from '../../src/domain/exemptions/grounds.js';
import { fieldIssues, joinLegalBasis, legalBasisText, splitLegalBasis } from '../../src/domain/exemptions/input.js';
import { canDecideTest, canEditTest, canReviewTest, canSeeTestInternals } from '../../src/policies/exemptions.js';
import { dateInZone } from '../../src/domain/calendar/dates.js';
import { user } from '../helpers/actors.js';

describe('the Pasal 17 catalogue', () => {
  it('has letters a–j with the sub-points of kip-domain.md §4.1', () => {
    expect(GROUNDS.map((g) => g.letter).join('')).toBe('abcdefghij');
    expect(Object.fromEntries(GROUNDS.map((g) => [g.letter, g.subpoints.length]))).toEqual({ a: 5, b: 0, c: 7, d: 0, e: 7, f: 4, g: 0, h: 5, i: 0, j: 0 });
    for (const g of GROUNDS) {
      expect(g.label.id.length).toBeGreaterThan(10);
      expect(g.label.en.length).toBeGreaterThan(10);
      for (const s of g.subpoints) expect(s.id && s.en).toBeTruthy();
    }
    expect(groundLabel('h', 2)).toBe('mengungkap rahasia pribadi: riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang');
    expect(groundLabel('c', 6, 'en')).toBe('would endanger national defence and security: the state cipher system');
    expect(groundReference('h', 2)).toBe('Pasal 17 huruf h angka 2');
    expect(groundReference('b', null, 'en')).toBe('Art. 17(b)');
  });

  it('accepts exactly the codes of the catalogue, and round-trips them', () => {
    const valid = GROUNDS.flatMap((g) => (g.subpoints.length ? g.subpoints.map((_, i) => `${g.letter}.${i + 1}`) : [g.letter]));
    expect(valid).toHaveLength(5 + 1 + 7 + 1 + 7 + 4 + 1 + 5 + 1 + 1);
    for (const code of valid) {
      const p = parseGroundCode(code)!;
      expect(groundCode(p.ground, p.subpoint)).toBe(code);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (s) => {
        const p = parseGroundCode(s);
        return p === null || valid.includes(groundCode(p.ground, p.subpoint));
      }),
    );
    for (const bad of ['a', 'a.0', 'a.6', 'b.1', 'h', 'k', 'c.8', 'A.1', '']) expect(parseGroundCode(bad), bad).toBeNull();
  });
});

describe('periods (UU KIP Ps 20, PP 61)', () => {
  it('needs an end except for g and h, and warns past 30 years for a–f only', () => {
    expect(GROUNDS.filter((g) => !endRequired(g.letter)).map((g) => g.letter)).toEqual(['g', 'h']);
    expect(legalMaximumEnd('a', '2026-03-01')).toBe('2056-02-29');
    expect(legalMaximumEnd('f', '2024-02-29')).toBe('2054-02-28');
    for (const l of ['g', 'h', 'i', 'j']) expect(legalMaximumEnd(l, '2026-03-01')).toBeNull();
    expect(beyondLegalMaximum('c', '2026-03-01', '2056-02-29')).toBe(false);
    expect(beyondLegalMaximum('c', '2026-03-01', '2056-03-01')).toBe(true);
    expect(beyondLegalMaximum('h', '2026-03-01', '2099-01-01')).toBe(false);
    expect(beyondLegalMaximum('a', '2026-03-01', null)).toBe(false);
  });

  it('names every problem of the dates at once', () => {
    expect(fieldIssues({ groundCode: 'a.1', periodStart: '', periodEnd: '' })).toMatchObject({
      periodStart: expect.any(String),
      periodEnd: expect.any(String),
    });
    expect(fieldIssues({ groundCode: 'x', periodStart: '2026-01-01' })).toHaveProperty('groundCode');
    expect(fieldIssues({ groundCode: 'g', periodStart: '2026-01-01', periodEnd: '' })).toEqual({});
    const released = fieldIssues({ groundCode: 'i', periodStart: '2026-01-01', periodEnd: '2027-01-01', partial: 'ya' });
    expect(Object.keys(released)).toEqual(['releasedPart']);
    expect(renderText('id', released.releasedPart!)).toBe('Sebutkan bagian yang tetap dapat diberikan.');
  });

  it('keeps regulation and article of the legal basis apart in one column', () => {
    const b = joinLegalBasis(' UU No. 17 Tahun 2023\ntentang Kesehatan ', 'Pasal 4 ayat (1)');
    expect(splitLegalBasis(b)).toEqual({ regulation: 'UU No. 17 Tahun 2023 tentang Kesehatan', article: 'Pasal 4 ayat (1)' });
    expect(legalBasisText(b)).toBe('UU No. 17 Tahun 2023 tentang Kesehatan, Pasal 4 ayat (1)');
  });
});

describe('the next day in a time zone', () => {
  it('is the first minute of the next local date, whatever the instant', () => {
    expect(nextDayStarts(new Date('2026-04-30T16:59:59Z'), 'Asia/Jakarta').toISOString()).toBe('2026-04-30T17:00:00.000Z');
    expect(nextDayStarts(new Date('2026-04-30T17:00:00Z'), 'Asia/Jakarta').toISOString()).toBe('2026-05-01T17:00:00.000Z');
    expect(nextDayStarts(new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(nextDayStarts(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin'),
        (d, tz) => {
          const next = nextDayStarts(d, tz);
          const today = dateInZone(d, tz).date;
          return next > d && dateInZone(next, tz).date > today && dateInZone(new Date(next.getTime() - 60_000), tz).date === today;
        },
      ),
    );
  });
});

describe('who sees and handles a test', () => {
  const test = (level: SecurityLevel, unitId = 'u1') => ({ unitId, level });

  it('needs exemption.view and a clearance at the item level for the internals', () => {
    expect(canSeeTestInternals(user(['ppid_pembantu'], 'u1', 'terbatas'), test('terbatas'))).toBe(true);
    expect(canSeeTestInternals(user(['ppid_pembantu'], 'u1', 'biasa'), test('terbatas'))).toBe(false);
    expect(canSeeTestInternals(user(['ppid_pembantu'], 'u1', 'sangat_rahasia'), test('biasa', 'u2'))).toBe(false);
    expect(canSeeTestInternals(user(['ppid_utama'], 'u9', 'rahasia'), test('rahasia', 'u2'))).toBe(true);
    expect(canSeeTestInternals(user(['atasan_ppid'], null, 'biasa'), test('rahasia'))).toBe(false);
    expect(canSeeTestInternals(user(['admin'], null, 'sangat_rahasia'), test('biasa'))).toBe(false);
    expect(canSeeTestInternals(user(['viewer'], 'u1', 'sangat_rahasia'), test('biasa'))).toBe(false);
    expect(canSeeTestInternals({ kind: 'anonymous' }, test('biasa'))).toBe(false);
  });

  it('lets each role do its own step only', () => {
    const t = test('terbatas');
    const rows: [Role, boolean, boolean, boolean][] = [
      // role, edit, review, decide
      ['ppid_pembantu', true, false, false],
      ['ppid_utama', true, true, false],
      ['atasan_ppid', false, false, true],
      ['viewer', false, false, false],
      ['admin', false, false, false],
    ];
    for (const [role, edit, review, decide] of rows) {
      const a = user([role], 'u1', 'rahasia');
      expect([canEditTest(a, t), canReviewTest(a, t), canDecideTest(a, t)], role).toEqual([edit, review, decide]);
    }
    expect(canDecideTest(user(['atasan_ppid'], 'u1', 'biasa'), t)).toBe(false);
    expect(canReviewTest(user(['ppid_utama'], 'u1', 'biasa'), t)).toBe(false);
  });
});
