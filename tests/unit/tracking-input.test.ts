// The forgiving reading of what an applicant types on the tracking page: registration numbers made by
// numbering.ts (every pattern marker) and tracking codes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_PATTERN, formatRequestNumber, OBJECTION_NUMBER_PATTERN } from '../../src/domain/requests/numbering.js';
import { codeCandidates, newTrackingCode, numberKey } from '../../src/domain/requests/tracking-input.js';

describe('numberKey', () => {
  const real = [
    formatRequestNumber(DEFAULT_NUMBER_PATTERN, 1, { year: 2026, month: 3 }),
    formatRequestNumber(DEFAULT_NUMBER_PATTERN, 42, { year: 2026, month: 11 }),
    formatRequestNumber(DEFAULT_NUMBER_PATTERN, 1234, { year: 2027, month: 1 }),
    formatRequestNumber('PPID-{tahun}.{bulan2}-{nomor}', 7, { year: 2026, month: 4 }),
    formatRequestNumber(OBJECTION_NUMBER_PATTERN, 10, { year: 2026, month: 12 }),
  ];

  it('formats as numbering.ts does', () => {
    expect(real).toEqual(['001/PPID/III/2026', '042/PPID/XI/2026', '1234/PPID/I/2027', 'PPID-2026.04-007', '010/KEB/XII/2026']);
  });

  it('reads case, spaces and missing leading zeros as the same number', () => {
    const same: [string, string][] = [
      ['001/PPID/III/2026', '1/ppid/iii/2026'],
      ['001/PPID/III/2026', ' 001 / PPID / III / 2026 '],
      ['001/PPID/III/2026', '01/Ppid/Iii/2026'],
      ['001/PPID/III/2026', '0001/PPID/III/2026'],
      ['042/PPID/XI/2026', '42/ppid/xi/2026'],
      ['1234/PPID/I/2027', '1234 /ppid/ i /2027'],
      ['PPID-2026.04-007', 'ppid-2026.4-7'],
      ['010/KEB/XII/2026', '10/keb/xii/2026'],
      ['001/PPID/III/2026', '001/PPID/III/2026\t'],
    ];
    for (const [stored, typed] of same) expect(numberKey(typed), typed).toBe(numberKey(stored));
  });

  it('keeps different numbers apart: another sequence, month, year, or a zero that is the whole number', () => {
    const key = numberKey('001/PPID/III/2026');
    for (const other of ['010/PPID/III/2026', '100/PPID/III/2026', '001/PPID/II/2026', '001/PPID/III/2025', '011/PPID/III/2026', '001/PPID/III/20260']) {
      expect(numberKey(other), other).not.toBe(key);
    }
    expect(numberKey('000/X')).toBe('0/X');
    expect(numberKey('PPID-2026.10-007')).not.toBe(numberKey('PPID-2026.1-007'));
  });
});

describe('tracking codes', () => {
  it('are 24 characters of Crockford base32, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newTrackingCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
  });

  it('are read regardless of case, spaces, dashes and the letters O, I and L for 0 and 1', () => {
    const code = '0123456789ABCDEFGHJKMNPQ';
    expect(codeCandidates(code)).toEqual([code]);
    expect(codeCandidates(' 0123 4567 89ab cdef ghjk mnpq ')).toContain(code);
    expect(codeCandidates('0123-4567-89AB-CDEF-GHJK-MNPQ')).toContain(code);
    expect(codeCandidates('o123456789abcdefghjkmnpq')).toContain(code);
    expect(codeCandidates('0l23456789abcdefghjkmnpq')).toContain(code);
  });

  it('leave an older base64url code as typed (without spaces): it is case-sensitive', () => {
    expect(codeCandidates(' aB_c-dEf9 ')).toEqual(['aB_c-dEf9']);
    expect(codeCandidates('Xy3_AbCdEfGhIjKlMnOpQrSt')).toEqual(['Xy3_AbCdEfGhIjKlMnOpQrSt']);
  });
});
