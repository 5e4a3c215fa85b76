// The holiday file reader: CSV (";" or ",", Indonesian or English headers, DD/MM/YYYY or YYYY-MM-DD, quotes)
// and the all-day iCalendar subset (folded lines, escaped text, exclusive DTEND, "cuti bersama" from the
// summary); a line it cannot use is rejected with its line number and reason, a broken file refused whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCalendarFile, parseFileDate } from '../../src/domain/calendar/import-file.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('calendar file: CSV', () => {
  it('reads ";" with Indonesian headers, DD/MM/YYYY, quoted names, and infers cuti bersama from the kind or name', () => {
    const p = parseCalendarFile(
      bytes(
        '\uFEFFTanggal;Nama;Jenis\r\n01/01/2027;Tahun Baru 2027 Masehi;libur\r\n"2027-02-08";"Cuti bersama; Imlek";\r\n\r\n9/2/2027;Tahun Baru Imlek;Libur Nasional\r\n',
      ),
    );
    expect(p.format).toBe('csv');
    expect(p.rejected).toEqual([]);
    expect(p.days).toEqual([
      { line: 2, date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi' },
      { line: 3, date: '2027-02-08', kind: 'cuti_bersama', name: 'Cuti bersama; Imlek' },
      { line: 5, date: '2027-02-09', kind: 'libur_nasional', name: 'Tahun Baru Imlek' },
    ]);
  });

  it('reads "," with English headers in another order', () => {
    const p = parseCalendarFile(bytes('kind,date,name\ncuti bersama,2027-12-24,"Christmas, collective leave"\n'));
    expect(p.days).toEqual([{ line: 2, date: '2027-12-24', kind: 'cuti_bersama', name: 'Christmas, collective leave' }]);
  });

  it('rejects bad lines with reasons and keeps the good ones', () => {
    const p = parseCalendarFile(
      bytes(
        'tanggal;nama;jenis\n2027-02-30;Tanggal salah;libur\n2027-03-01;X;libur\n2027-03-02;Hari baik;libur kantor\n1999-01-01;Terlalu lama;libur\n"2027-03-03;Kutip;libur\n2027-03-04;Bagus;cuti\n',
      ),
    );
    expect(p.days.map((d) => d.date)).toEqual(['2027-03-04']);
    expect(p.rejected.map((r) => [r.line, r.reason.id.slice(0, 21)])).toEqual([
      [2, 'Tanggal "2027-02-30" '],
      [3, 'Nama hari libur koson'],
      [4, 'Jenis "libur kantor" '],
      [5, 'Tahun harus antara 20'],
      [6, 'Tanda kutip tidak dit'],
    ]);
  });

  it.each([
    ['', /kosong/],
    ['foo;bar\n2027-01-01;x\n', /judul kolom/],
    ['tanggal;nama\n', /tidak berisi hari libur/],
  ])('refuses the whole file %j', (text, message) => {
    expect(() => parseCalendarFile(bytes(text))).toThrow(
      expect.objectContaining({ status: 422, messages: expect.objectContaining({ id: expect.stringMatching(message) }) }),
    );
  });

  it('refuses binary content, non-UTF-8 text and files over the size limit, by content not name', () => {
    expect(() => parseCalendarFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => parseCalendarFile(new Uint8Array([0x74, 0x61, 0x6e, 0xff, 0xfe, 0x0a]))).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => parseCalendarFile(new Uint8Array(300 * 1024).fill(0x41))).toThrow(expect.objectContaining({ status: 413 }));
  });

  it('reads the shipped sample of 2027 (fixed-date holidays only)', () => {
    const p = parseCalendarFile(new Uint8Array(readFileSync('docs/calendar-2027-tanggal-tetap.csv')));
    expect(p.rejected).toEqual([]);
    expect(p.days.map((d) => d.date)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
  });

  it('dates: both forms, nothing impossible', () => {
    expect(parseFileDate('2027-01-01')).toBe('2027-01-01');
    expect(parseFileDate('1/1/2027')).toBe('2027-01-01');
    expect(parseFileDate('31.12.2027')).toBe('2027-12-31');
    expect(parseFileDate('29/02/2027')).toBeNull();
    expect(parseFileDate('2027/01/01')).toBeNull();
    expect(parseFileDate('01/13/2027')).toBeNull();
  });
});

const ics = (events: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Uji//ID\r\n${events}END:VCALENDAR\r\n`;

describe('calendar file: iCalendar', () => {
  it('reads all-day events, folded and escaped summaries, multi-day DTEND (exclusive) and cuti bersama from the summary', () => {
    const p = parseCalendarFile(
      bytes(
        ics(
          'BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:Tahun Baru 2027 Masehi\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270313\r\nSUMMARY:Cuti Bersama Idul Fitri\\, Hari\r\n  ke-1 s.d. 3\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nUID:3\r\nDTSTART:20270417\r\nSUMMARY:Hari tanpa DTEND\r\nEND:VEVENT\r\n',
        ),
      ),
    );
    expect(p.format).toBe('ics');
    expect(p.rejected).toEqual([]);
    expect(p.days.map(({ date, kind, name }) => [date, kind, name])).toEqual([
      ['2027-01-01', 'libur_nasional', 'Tahun Baru 2027 Masehi'],
      ['2027-03-10', 'cuti_bersama', 'Cuti Bersama Idul Fitri, Hari ke-1 s.d. 3'],
      ['2027-03-11', 'cuti_bersama', 'Cuti Bersama Idul Fitri, Hari ke-1 s.d. 3'],
      ['2027-03-12', 'cuti_bersama', 'Cuti Bersama Idul Fitri, Hari ke-1 s.d. 3'],
      ['2027-04-17', 'libur_nasional', 'Hari tanpa DTEND'],
    ]);
  });

  it('rejects timed, recurring, dateless and over-long events with reasons', () => {
    const p = parseCalendarFile(
      bytes(
        ics(
          'BEGIN:VEVENT\r\nDTSTART:20270101T090000Z\r\nSUMMARY:Rapat\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Tahun Baru\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nSUMMARY:Tanpa tanggal\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270301\r\nSUMMARY:Dua bulan\r\nEND:VEVENT\r\n' +
            'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Terbalik\r\nEND:VEVENT\r\n',
        ),
      ),
    );
    expect(p.days).toEqual([]);
    expect(p.rejected.map((r) => r.reason.en.slice(0, 24))).toEqual([
      'DTSTART "20270101T090000',
      'Recurring events (RRULE)',
      'An event without DTSTART',
      'DTEND "20270301" is not ',
      'DTEND "20270104" is not ',
    ]);
  });

  it('refuses a cut-off file whole', () => {
    expect(() => parseCalendarFile(bytes('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Tahun Baru\r\n'))).toThrow(
      expect.objectContaining({ status: 422, messages: expect.objectContaining({ id: expect.stringContaining('terpotong') }) }),
    );
  });
});
