// Query parsing for the public search: question and filler words, hyphenated/joined/split forms, and the
// synonym dictionary's lookup and expansion (pure functions; the ranking itself is tested on a database).
import { describe, expect, it } from 'vitest';
import { buildSynonymMap, expandQuery, formatQuery, formWords, parseQuery, synonymKey } from '../../src/domain/dip/search-query.js';
import { splitExpansions } from '../../src/domain/dip/synonyms.js';
import { searchWords } from '../../src/domain/dip/text.js';

const words = (q: string) => parseQuery(q).groups.map((g) => g.map((c) => (c.negated ? '-' : '') + c.words.join(' ')));

describe('parseQuery', () => {
  it('drops question words and, while another word is left, filler words', () => {
    expect(words('berapa anggaran dinas pendidikan')).toEqual([['anggaran', 'dinas', 'pendidikan']]);
    expect(words('di mana kantor dlh')).toEqual([['kantor', 'dlh']]);
    expect(words('kapan jadwal ppdb?')).toEqual([['jadwal', 'ppdb']]);
    expect(words('apakah ada data hotel')).toEqual([['data', 'hotel']]);
    const p = parseQuery('mohon informasi jadwal sampah');
    expect(words('mohon informasi jadwal sampah')).toEqual([['jadwal', 'sampah']]);
    expect(p.ignored).toEqual(expect.arrayContaining(['mohon', 'informasi']));
    // Alone, a filler word is what the citizen searches for.
    expect(words('informasi')).toEqual([['informasi']]);
    // "syarat" is the subject, not a filler.
    expect(words('syarat izin usaha')).toEqual([['syarat', 'izin', 'usaha']]);
  });

  it('keeps phrases, exclusions and alternatives', () => {
    expect(words('"rencana umum pengadaan" -2023 or renja')).toEqual([['rencana umum pengadaan', '-2023'], ['renja']]);
    expect(formatQuery(parseQuery('anggaran -perubahan atau apbd'))).toBe('anggaran -perubahan or apbd');
  });

  it('makes hyphenated, split and joined forms meet', () => {
    for (const q of ['e-ktp', 'E-KTP', 'e ktp']) {
      const [c] = parseQuery(q).groups[0]!;
      expect(c!.words, q).toEqual(['ektp']);
      expect(c!.alts, q).toEqual([['e', 'ktp']]);
    }
    expect(parseQuery('ektp').groups[0]![0]!.words).toEqual(['ektp']);
    expect(parseQuery('covid19').groups[0]![0]).toMatchObject({ words: ['covid19'], alts: [['covid', '19']] });
    expect(parseQuery('covid-19').groups[0]![0]).toMatchObject({ words: ['covid19'], alts: [['covid', '19']] });
    expect(parseQuery('-e-ktp').groups[0]![0]).toMatchObject({ words: ['ektp'], negated: true, alts: [['e', 'ktp']] });
    expect(words('barang/jasa')).toEqual([['barang', 'jasa']]);
    expect(formWords('Perekaman KTP-el dan e-Katalog')).toEqual(['perekaman', 'ktpel', 'dan', 'ekatalog']);
    // The published vocabulary has the joined forms too (for "Maksud Anda").
    expect(searchWords('Layanan e-KTP')).toEqual(expect.arrayContaining(['layanan', 'ktp', 'ektp']));
  });
});

describe('synonym dictionary', () => {
  const map = buildSynonymMap([
    { term: 'RKPD', expansions: ['Rencana Kerja Pemerintah Daerah'], kind: 'singkatan', twoWay: true },
    { term: 'SPM', expansions: ['Standar Pelayanan Minimal', 'Surat Perintah Membayar'], kind: 'singkatan', twoWay: true },
    { term: 'IMB', expansions: ['PBG'], kind: 'sinonim', twoWay: true },
    { term: 'lelang', expansions: ['tender', 'pengadaan barang'], kind: 'sinonim', twoWay: false },
    { term: 'jalan rusak', expansions: ['pemeliharaan jalan'], kind: 'sinonim', twoWay: false },
    { term: 'e-KTP', expansions: ['KTP elektronik'], kind: 'singkatan', twoWay: true },
  ]);

  it('looks abbreviations up both ways, one-way synonyms one way only', () => {
    expect(map.get('rkpd')).toEqual([['rencana', 'kerja', 'pemerintah', 'daerah']]);
    expect(map.get('rencana kerja pemerintah daerah')).toEqual([['rkpd']]);
    // The long forms of one abbreviation are not synonyms of each other.
    expect(map.get('standar pelayanan minimal')).toEqual([['spm']]);
    expect(map.get('imb')).toEqual([['pbg']]);
    expect(map.get('pbg')).toEqual([['imb']]);
    expect(map.get('lelang')).toEqual([['tender'], ['pengadaan', 'barang']]);
    expect(map.get('tender')).toBeUndefined();
    expect(map.get('ektp')).toEqual([['ktp', 'elektronik']]);
    expect(synonymKey('Pejabat Pengelola Informasi dan Dokumentasi')).toBe('pejabat pengelola dokumentasi');
  });

  it('expands words and runs of words of a query, not phrases or exclusions', () => {
    const q = expandQuery(parseQuery('berapa rkpd 2026'), map);
    expect(q.groups[0]![0]).toMatchObject({ words: ['rkpd'], syn: [['rencana', 'kerja', 'pemerintah', 'daerah']] });
    expect(q.groups[0]![1]!.syn).toBeUndefined();
    // Every word of a multi-word key gets the other form: an entry with it has all the words.
    const road = expandQuery(parseQuery('jalan rusak kahayan'), map).groups[0]!;
    expect(road.map((c) => c.syn)).toEqual([[['pemeliharaan', 'jalan']], [['pemeliharaan', 'jalan']], undefined]);
    const long = expandQuery(parseQuery('rencana kerja pemerintah daerah'), map).groups[0]!;
    expect(long.every((c) => c.syn?.[0]?.[0] === 'rkpd')).toBe(true);
    expect(expandQuery(parseQuery('"jadwal lelang" -rkpd'), map).groups[0]!.every((c) => !c.syn)).toBe(true);
    expect(expandQuery(parseQuery('E-KTP'), map).groups[0]![0]!.syn).toEqual([['ktp', 'elektronik']]);
    expect(formatQuery(expandQuery(parseQuery('lelang'), map))).toBe('lelang');
  });

  it('splits expansions typed one per line or with commas', () => {
    expect(splitExpansions('tender\n pengadaan  barang ; seleksi,tender')).toEqual(['tender', 'pengadaan barang', 'seleksi']);
  });
});
