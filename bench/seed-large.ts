// Fills a database with a large published DIP catalog for the search and portal benchmarks: entries,
// versions, documents with extracted text and the public search rows (the shape refreshSearchRow
// writes), with Indonesian text recombined from the demo samples. Batched INSERT … SELECT unnest(…).
// Usage: npx tsx bench/seed-large.ts [--pg URL | --dir DIR] [--entries 100000] [--docs 10000] [--units 20]
//   --pg URL   an existing PostgreSQL database (migrated here; must hold no DIP entries yet)
//   --dir DIR  a PGlite data directory (kept afterwards); default: PGlite in memory
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { searchWords } from '../src/domain/dip/text.js';
import { slugify } from '../src/domain/dip/workflow.js';
import { flags, fmt, intFlag, machineLine, openPglite, openPostgres, prng, seconds } from './lib.js';

type Sample = {
  unit: string;
  title: string;
  summary: string;
  category: 'berkala' | 'serta_merta' | 'setiap_saat';
  subtype: string;
  year: number | null;
  responsible: string;
  form: string[];
  retention: string;
  tags: string[];
};
type Sopd = { code: string; name: string; shortName: string };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(root, 'src', 'demo', 'data', name), 'utf8')) as T;

// Palangka Raya's kelurahan and kecamatan, for places in titles and text.
const KELURAHAN = [
  'Pahandut', 'Pahandut Seberang', 'Panarung', 'Langkai', 'Tanjung Pinang', 'Menteng', 'Palangka', 'Bukit Tunggal', 'Petuk Katimpun',
  'Kereng Bangkirai', 'Sabaru', 'Kalampangan', 'Kameloh Baru', 'Danau Tundai', 'Bereng Bengkel', 'Tangkiling', 'Banturung', 'Sei Gohong',
  'Marang', 'Tumbang Tahai', 'Habaring Hurung', 'Kanarakan', 'Petuk Bukit', 'Pager', 'Mungku Baru', 'Bukit Sua', 'Gaung Baru', 'Petuk Barunai',
]; // prettier-ignore
const KECAMATAN = ['Pahandut', 'Jekan Raya', 'Sabangau', 'Bukit Batu', 'Rakumpit'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const COUNTED = [
  'kegiatan',
  'paket pekerjaan',
  'dokumen',
  'penerima manfaat',
  'lokasi',
  'unit usaha',
  'kejadian',
  'layanan',
  'sekolah',
  'rumah tangga',
  'pegawai',
  'kendaraan',
];
const TEXT_SENTENCES = [
  'Seluruh angka disajikan dalam rupiah dan mengacu pada dokumen pelaksanaan anggaran yang telah disahkan.',
  'Data disajikan dalam bentuk tabel menurut kecamatan dan kelurahan, disertai catatan tentang sumber data dan metode pengumpulannya.',
  'Capaian kinerja dibandingkan dengan target yang ditetapkan dalam perjanjian kinerja, disertai analisis penyebab keberhasilan dan kendala.',
  'Persyaratan, alur, waktu penyelesaian dan biaya layanan diuraikan secara berurutan agar mudah diikuti pemohon.',
  'Rincian paket memuat nama paket, lokasi, sumber dana, pagu anggaran dan metode pemilihan penyedia.',
  'Masyarakat diimbau mengikuti arahan petugas dan menghubungi nomor layanan darurat bila memerlukan bantuan.',
  'Laporan ini memuat jumlah permohonan informasi, waktu rata-rata pemenuhan, jumlah keberatan dan tindak lanjutnya.',
  'Dokumen ini merupakan informasi publik yang dapat diakses oleh setiap orang sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.',
  'Verifikasi lapangan dilakukan bersama lurah dan ketua rukun tetangga setempat sebelum data ditetapkan.',
  'Kendala utama adalah keterbatasan anggaran, kondisi cuaca pada musim hujan dan akses jalan menuju lokasi.',
  'Tindak lanjut rekomendasi dipantau setiap triwulan dan dilaporkan kepada Wali Kota melalui Sekretaris Daerah.',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const roman = (n: number) => ['I', 'II', 'III', 'IV'][n]!;

/** Generates the catalog text from the 400 samples; deterministic for a seed. */
export function textGenerator(seed = 14_2008) {
  const samples = readJson<Sample[]>('dip-samples.json');
  const sopd = readJson<Sopd[]>('sopd-palangka-raya.json');
  const unitOf = new Map(sopd.map((s) => [s.code, s]));
  const r = prng(seed);
  const shortUnit = (u: Sopd) => u.name.replace(/ Kota Palangka Raya$/, '');

  function rename(text: string, from: Sopd, to: Sopd): string {
    if (from.code === to.code) return text;
    return text.split(shortUnit(from)).join(shortUnit(to)).split(from.shortName).join(to.shortName);
  }
  const shiftYears = (text: string, by: number) => text.replace(/\b(20[0-3]\d)\b/g, (y) => String(Number(y) + by));

  function qualifier(): string {
    switch (Math.floor(r() * 9)) {
      case 0:
        return ` di Kelurahan ${pick(r, KELURAHAN)}`;
      case 1:
        return ` Semester ${roman(Math.floor(r() * 2))}`;
      case 2:
        return ` Triwulan ${roman(Math.floor(r() * 4))}`;
      case 3:
        return ` Bulan ${pick(r, MONTHS)}`;
      case 4:
        return ` Wilayah Kecamatan ${pick(r, KECAMATAN)}`;
      case 5:
        return ' (Pemutakhiran)';
      default:
        return '';
    }
  }

  // The long tail of a real catalog's vocabulary: names of streets, schools, groups, firms and
  // neighbourhoods, most of them rare. Generated from syllables, drawn with a Zipf-like skew.
  const SYLLABLES = ['ba', 'bu', 'da', 'di', 'ka', 'ki', 'la', 'lu', 'ma', 'mu', 'na', 'ni', 'pa', 'ra', 'ri', 'sa', 'ta', 'tu', 'ya', 'ha', 'ja', 'ga', 'tam', 'bang', 'kah', 'yan', 'ting', 'gang', 'rung', 'san', 'dar', 'man', 'hen', 'lan', 'son', 'tin', 'rai', 'hu', 'je', 'ke']; // prettier-ignore
  const names = new Set<string>();
  while (names.size < 40_000) {
    const n = 2 + Math.floor(r() * 2);
    let w = '';
    for (let k = 0; k < n; k++) w += pick(r, SYLLABLES);
    names.add(w[0]!.toUpperCase() + w.slice(1));
  }
  const namePool = [...names];
  const name = () => namePool[Math.floor(namePool.length * r() ** 3)]!;
  function place(): string {
    switch (Math.floor(r() * 7)) {
      case 0:
        return `Jalan ${name()}`;
      case 1:
        return `Gang ${name()} ${1 + Math.floor(r() * 12)}`;
      case 2:
        return `SD Negeri ${1 + Math.floor(r() * 12)} ${pick(r, KELURAHAN)}`;
      case 3:
        return `Kelompok ${pick(r, ['Tani', 'Nelayan', 'Usaha Bersama', 'Wanita Tani', 'Sadar Wisata'])} ${name()}`;
      case 4:
        return `${pick(r, ['CV', 'PT', 'Koperasi'])} ${name()} ${pick(r, ['Jaya', 'Mandiri', 'Karya', 'Sejahtera', 'Abadi', 'Lestari', 'Borneo'])}`;
      case 5:
        return `Perumahan ${name()} ${pick(r, ['Indah', 'Permai', 'Asri', 'Residence'])}`;
      default:
        return `RT ${String(1 + Math.floor(r() * 9)).padStart(2, '0')} ${name()}`;
    }
  }

  function numberSentence(year: number): string {
    const n = 5 + Math.floor(r() * 2000);
    switch (Math.floor(r() * 5)) {
      case 0:
        return `Jumlah keseluruhan tercatat ${fmt(n)} ${pick(r, COUNTED)} dengan perubahan ${(r() * 30).toFixed(1).replace('.', ',')} persen dibanding tahun sebelumnya.`;
      case 1:
        return `Realisasi sampai dengan bulan ${pick(r, MONTHS)} ${year} sebesar Rp${fmt(n * 1_250_000)} atau ${(40 + r() * 60).toFixed(2).replace('.', ',')} persen dari pagu.`;
      case 2:
        return `Data mencakup ${1 + Math.floor(r() * 30)} kelurahan di Kecamatan ${pick(r, KECAMATAN)}, antara lain ${pick(r, KELURAHAN)} dan ${pick(r, KELURAHAN)}, untuk periode ${pick(r, MONTHS)} sampai ${pick(r, MONTHS)} ${year}.`;
      case 3:
        return `Kode rekening ${1 + Math.floor(r() * 6)}.${Math.floor(r() * 3) + 1}.${String(Math.floor(r() * 30)).padStart(2, '0')}.${String(Math.floor(r() * 20)).padStart(2, '0')}.${String(Math.floor(r() * 60)).padStart(4, '0')} dengan nilai Rp${fmt(n * 375_000)}.`;
      default:
        return `Pelaksanaan dimulai pada ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${year} dengan jangka waktu ${10 + Math.floor(r() * 170)} hari kalender.`;
    }
  }

  /** One entry's fields for a unit and a year offset. */
  function entry(to: Sopd) {
    const s = pick(r, samples);
    const from = unitOf.get(s.unit) ?? to;
    const shift = -Math.floor(r() * 6);
    const year = s.year ? s.year + shift : null;
    const title = (shiftYears(rename(s.title, from, to), shift) + qualifier()).slice(0, 300);
    const parts = [shiftYears(rename(s.summary, from, to), shift)];
    if (r() < 0.5) parts.push(numberSentence(year ?? 2024));
    if (r() < 0.6) parts.push(`Lokasi: ${place()}${r() < 0.5 ? ` dan ${place()}` : ''}, Kelurahan ${pick(r, KELURAHAN)}.`);
    if (r() < 0.3) {
      const o = pick(r, samples);
      parts.push(shiftYears(rename(o.summary, unitOf.get(o.unit) ?? to, to), shift));
    }
    const tags = [...new Set([...s.tags, ...(r() < 0.4 ? [pick(r, pick(r, samples).tags)] : [])])];
    return { s, title, summary: parts.join(' '), year, tags };
  }

  /** A few KB of extracted document text about an entry. */
  function documentText(title: string, unitName: string, year: number | null): string {
    const lines = ['PEMERINTAH KOTA PALANGKA RAYA', unitName.toUpperCase(), title, ''];
    const target = 2500 + Math.floor(r() * 3500);
    let size = lines.join('\n').length;
    while (size < target) {
      let line: string;
      const k = r();
      if (k < 0.35) line = shiftYears(pick(r, samples).summary, -Math.floor(r() * 4));
      else if (k < 0.65) line = numberSentence(year ?? 2024);
      else if (k < 0.75) line = pick(r, TEXT_SENTENCES);
      else if (k < 0.85) line = `${place()}: ${pick(r, COUNTED)} ${fmt(Math.floor(r() * 500))}, penanggung jawab ${name()} ${name()}.`;
      else {
        // A table row as text extraction yields it.
        line = `${1 + Math.floor(r() * 40)} ${pick(r, KELURAHAN)} ${fmt(Math.floor(r() * 5000))} ${(r() * 100).toFixed(1).replace('.', ',')}% ${pick(r, COUNTED)}`;
      }
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n');
  }

  return { sopd, entry, documentText, random: r };
}

const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export type LargeOptions = { entries: number; docs: number; units: number; batch?: number; log?: (line: string) => void };
export type LargeResult = { rows: Record<string, number>; seconds: Record<string, number>; total: number };

/**
 * Writes `entries` published entries over `units` units (created if missing), `docs` of them with a
 * document and its extracted text. The database must be migrated and hold no DIP entries.
 */
export async function seedLarge(database: Database, opts: LargeOptions): Promise<LargeResult> {
  const db = database.db;
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const [{ n: existing } = { n: 0 }] = (await db.execute(sql`select count(*)::int as n from dip_entries`)).rows as { n: number }[];
  if (Number(existing) > 0) throw new Error(`the database already holds ${existing} DIP entries; use an empty one`);

  const gen = textGenerator();
  const r = gen.random;
  const chosen = gen.sopd.slice(0, opts.units);
  const now = Date.now();
  for (const u of chosen) {
    await db.execute(
      sql`insert into units (code, name, short_name, created_at, updated_at) values (${u.code}, ${u.name}, ${u.shortName}, now(), now()) on conflict (code) do nothing`,
    );
  }
  const unitRows = (await db.execute(sql`select id, code from units`)).rows as { id: string; code: string }[];
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));

  // GIN indexes are far cheaper to build once than to grow row by row: the full-text and trigram
  // indexes are dropped and rebuilt from their own definitions (the tables are empty at this point).
  // So is search_terms' primary key (term, entry_id): ~30 rows per entry land all over it, and past a few
  // hundred thousand entries its inserts are what the seeding waits for.
  const gin = (
    await db.execute(sql`select indexname, indexdef from pg_indexes where tablename in ('dip_search', 'search_terms') and indexdef ilike '%using gin%'`)
  ).rows as { indexname: string; indexdef: string }[];
  for (const ix of gin) await db.execute(sql.raw(`drop index "${ix.indexname}"`));
  const keys = (
    await db.execute(sql`select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'search_terms'::regclass and contype = 'p'`)
  ).rows as { conname: string; def: string }[];
  for (const k of keys) await db.execute(sql.raw(`alter table search_terms drop constraint "${k.conname}"`));
  // As a superuser (the benchmarks' usual case), the batches run with session_replication_role = replica:
  // no foreign-key check per row (~35 per entry, all to rows written in the same batch) and no
  // statement triggers; search_words (the trigger's per-term counts) is filled once at the end instead.
  const [{ su } = { su: false }] = (await db.execute(sql`select rolsuper as su from pg_roles where rolname = current_user`)).rows as { su: boolean }[];
  const quiet = su === true;

  const rows = { dip_entries: 0, dip_versions: 0, dip_documents: 0, dip_search: 0, search_terms: 0 };
  const time = { generate: 0, entries: 0, documents: 0, search: 0, terms: 0, indexes: 0, analyze: 0 };
  const counters = new Map<string, number>();
  const batch = opts.batch ?? 2000;
  // Every (entries/docs)-th entry gets a document, spread evenly.
  const docEvery = opts.docs > 0 ? opts.entries / opts.docs : Infinity;
  let nextDoc = 0;
  let docsMade = 0;
  let inflight: Promise<void> = Promise.resolve();

  try {
    for (let offset = 0; offset < opts.entries; offset += batch) {
      const t = performance.now();
      const e = { id: [] as string[], unit: [] as string[], number: [] as string[], slug: [] as string[], created: [] as string[], published: [] as string[] };
      const v = {
        id: [] as string[], title: [] as string[], summary: [] as string[], category: [] as string[], subtype: [] as string[], holder: [] as string[],
        responsible: [] as string[], madeWhen: [] as string[], madePlace: [] as string[], forms: [] as string[], formats: [] as string[],
        retention: [] as string[], year: [] as (number | null)[], period: [] as string[], tags: [] as string[],
      }; // prettier-ignore
      const d = {
        id: [] as string[],
        entry: [] as string[],
        version: [] as string[],
        sha: [] as string[],
        filename: [] as string[],
        size: [] as number[],
        text: [] as string[],
        created: [] as string[],
      };
      const s = { tags: [] as string[], doc: [] as string[], file: [] as boolean[] };
      const terms = { term: [] as string[], entry: [] as string[] };

      for (let k = offset; k < Math.min(opts.entries, offset + batch); k++) {
        const unit = chosen[k % chosen.length]!;
        const g = gen.entry(unit);
        const published = new Date(now - Math.floor(r() * 6 * 365) * 86_400_000 - Math.floor(r() * 86_400_000));
        const created = new Date(published.getTime() - Math.floor(r() * 14) * 86_400_000);
        const year = Number(published.toISOString().slice(0, 4));
        const key = `${unit.code}/${year}`;
        const serial = (counters.get(key) ?? 0) + 1;
        counters.set(key, serial);
        const id = randomUUID();
        const versionId = randomUUID();
        const number = `DIP/${unit.code.toUpperCase()}/${year}/${String(serial).padStart(5, '0')}`;
        e.id.push(id);
        e.unit.push(unitId.get(unit.code)!);
        e.number.push(number);
        e.slug.push(`${slugify(g.title).slice(0, 70).replace(/-+$/, '')}-${(k + 1).toString(36)}`);
        e.created.push(created.toISOString());
        e.published.push(published.toISOString());
        const formats = [...(g.s.form.includes('terekam') ? ['PDF'] : []), ...(g.s.form.includes('tercetak') ? ['Cetak'] : [])];
        v.id.push(versionId);
        v.title.push(g.title);
        v.summary.push(g.summary);
        v.category.push(g.s.category);
        v.subtype.push(g.s.subtype);
        v.holder.push(unit.name);
        v.responsible.push(g.s.responsible);
        v.madeWhen.push(String(year));
        v.madePlace.push('Palangka Raya');
        v.forms.push(arrayLiteral(g.s.form));
        v.formats.push(arrayLiteral(formats));
        v.retention.push(g.s.retention);
        v.year.push(g.year);
        v.period.push(g.year ? `Tahun ${g.year}` : '');
        v.tags.push(arrayLiteral(g.tags));
        let docText = '';
        if (k >= nextDoc && docsMade < opts.docs) {
          nextDoc += docEvery;
          docsMade++;
          docText = gen.documentText(g.title, unit.name, g.year);
          d.id.push(randomUUID());
          d.entry.push(id);
          d.version.push(versionId);
          d.sha.push(createHash('sha256').update(docText).digest('hex'));
          d.filename.push(`${slugify(g.title).slice(0, 60)}.pdf`);
          d.size.push(docText.length * 12);
          d.text.push(docText);
          d.created.push(created.toISOString());
        }
        s.tags.push(g.tags.join(', '));
        s.doc.push(docText);
        s.file.push(docText !== '');
        for (const w of searchWords(`${g.title} ${g.summary} ${g.tags.join(' ')}`)) {
          terms.term.push(w);
          terms.entry.push(id);
        }
      }
      const p = sql.param;
      time.generate += seconds(t);

      // The batch is written while the next one is generated, in two transactions at once when nothing
      // checks foreign keys (quiet), in order otherwise.
      await inflight;
      const writeEntries = async () => {
        const t = performance.now();
        await db.transaction(async (tx) => {
          if (quiet) await tx.execute(sql`set local session_replication_role = replica`);
          await tx.execute(sql`
          insert into dip_entries (id, unit_id, number, slug, status, working_version_id, published_version_id, created_at, updated_at, submitted_at, published_at, first_published_at)
          select x.id, x.unit_id, x.number, x.slug, 'published', x.version_id, x.version_id, x.created, x.published, x.published, x.published, x.published
          from unnest(${p(e.id)}::uuid[], ${p(e.unit)}::uuid[], ${p(e.number)}::text[], ${p(e.slug)}::text[], ${p(v.id)}::uuid[],
                      ${p(e.created)}::timestamptz[], ${p(e.published)}::timestamptz[]) as x(id, unit_id, number, slug, version_id, created, published)`);
          await tx.execute(sql`
          insert into dip_versions (id, entry_id, version_no, title, summary, category, subtype, holder, responsible, made_when, made_place, forms, formats, retention, year, period_label, tags, created_at)
          select x.id, x.entry_id, 1, x.title, x.summary, x.category, x.subtype, x.holder, x.responsible, x.made_when, x.made_place,
                 x.forms::text[], x.formats::text[], x.retention, x.year, x.period_label, x.tags::text[], x.created
          from unnest(${p(v.id)}::uuid[], ${p(e.id)}::uuid[], ${p(v.title)}::text[], ${p(v.summary)}::text[], ${p(v.category)}::text[], ${p(v.subtype)}::text[],
                      ${p(v.holder)}::text[], ${p(v.responsible)}::text[], ${p(v.madeWhen)}::text[], ${p(v.madePlace)}::text[], ${p(v.forms)}::text[],
                      ${p(v.formats)}::text[], ${p(v.retention)}::text[], ${p(v.year)}::int[], ${p(v.period)}::text[], ${p(v.tags)}::text[], ${p(e.created)}::timestamptz[])
               as x(id, entry_id, title, summary, category, subtype, holder, responsible, made_when, made_place, forms, formats, retention, year, period_label, tags, created)`);
        });
        time.entries += seconds(t);
        rows.dip_entries += e.id.length;
        rows.dip_versions += v.id.length;
      };
      const writeSearch = async () => {
        let t = performance.now();
        await db.transaction(async (tx) => {
          if (quiet) await tx.execute(sql`set local session_replication_role = replica`);
          if (d.id.length) {
            await tx.execute(sql`
          insert into dip_documents (id, entry_id, version_id, sha256, filename, mime, size, text_status, text, created_at)
          select x.id, x.entry_id, x.version_id, x.sha, x.filename, 'application/pdf', x.size, 'done', x.text, x.created
          from unnest(${p(d.id)}::uuid[], ${p(d.entry)}::uuid[], ${p(d.version)}::uuid[], ${p(d.sha)}::text[], ${p(d.filename)}::text[], ${p(d.size)}::bigint[],
                      ${p(d.text)}::text[], ${p(d.created)}::timestamptz[]) as x(id, entry_id, version_id, sha, filename, size, text, created)`);
            rows.dip_documents += d.id.length;
          }
          time.documents += seconds(t);

          t = performance.now();
          await tx.execute(sql`
        insert into dip_search (entry_id, unit_id, category, year, forms, has_file, title, summary, tags, doc_text, published_at)
        select x.entry_id, x.unit_id, x.category, x.year, x.forms::text[], x.has_file, x.title, x.summary, x.tags, x.doc_text, x.published
        from unnest(${p(e.id)}::uuid[], ${p(e.unit)}::uuid[], ${p(v.category)}::text[], ${p(v.year)}::int[], ${p(v.forms)}::text[], ${p(s.file)}::boolean[],
                    ${p(v.title)}::text[], ${p(v.summary)}::text[], ${p(s.tags)}::text[], ${p(s.doc)}::text[], ${p(e.published)}::timestamptz[])
             as x(entry_id, unit_id, category, year, forms, has_file, title, summary, tags, doc_text, published)`);
          time.search += seconds(t);
          rows.dip_search += e.id.length;

          t = performance.now();
          await tx.execute(sql`insert into search_terms (term, entry_id) select * from unnest(${p(terms.term)}::text[], ${p(terms.entry)}::uuid[])`);
          time.terms += seconds(t);
          rows.search_terms += terms.term.length;
        });
      };
      inflight = quiet ? Promise.all([writeEntries(), writeSearch()]).then(() => {}) : writeEntries().then(writeSearch);
      inflight.catch(() => {});
      if ((offset / batch) % 10 === 9) log(`  … ${fmt(offset + batch)} entries, ${fmt(seconds(started), 1)} s`);
    }
    await inflight;
  } finally {
    await inflight.catch(() => {});
    // Also after a failure: the database keeps the schema the migrations made.
    const t = performance.now();
    // Index builds sort in memory when they may (the default 64 MB spills a million rows to disk).
    await db.transaction(async (tx) => {
      if (database.kind === 'postgres') await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
      for (const k of keys) await tx.execute(sql.raw(`alter table search_terms add constraint "${k.conname}" ${k.def}`));
      for (const ix of gin) await tx.execute(sql.raw(ix.indexdef));
    });
    if (quiet) {
      // What the triggers left out: the word counts, the title words in published order (the table held
      // no entries before), and one public change (the generation moves on).
      await db.execute(sql`
        insert into search_words (word, entries) select term, count(*)::int from search_terms group by term
        on conflict (word) do update set entries = excluded.entries`);
      await db.execute(sql`truncate table search_title_postings`);
      await db.execute(sql`
        insert into search_title_postings (lexeme, published_at, entry_id, unit_id, year, category, has_file)
        select u.lexeme, s.published_at, s.entry_id, s.unit_id, s.year, s.category, s.has_file from dip_search s, unnest(s.title_tsv) u`);
      await db.execute(sql`insert into public_changes default values`);
    }
    time.indexes = seconds(t);
  }
  const t = performance.now();
  await db.execute(sql`analyze`);
  time.analyze = seconds(t);
  return { rows, seconds: time, total: seconds(started) };
}

async function main(): Promise<void> {
  const f = flags();
  const entries = intFlag(f, 'entries', 100_000);
  const docs = intFlag(f, 'docs', Math.round(entries / 10));
  const unitCount = intFlag(f, 'units', 20);
  const target = f.get('pg') ? await openPostgres(f.get('pg')!) : await openPglite(f.get('dir'));
  try {
    console.log(`Seeding ${fmt(entries)} published entries over ${unitCount} units, ${fmt(docs)} documents, into ${target.label} ...`);
    const r = await seedLarge(target.database, { entries, docs, units: unitCount, log: (l) => console.log(l) });
    console.log('');
    for (const [table, n] of Object.entries(r.rows)) console.log(`  ${table.padEnd(14)} ${fmt(n).padStart(11)} rows`);
    console.log('');
    console.log(
      `  ${Object.entries(r.seconds)
        .map(([k, s]) => `${k} ${fmt(s, 1)} s`)
        .join(', ')}`,
    );
    console.log(`  total ${fmt(r.total, 1)} s (${fmt(entries / r.total)} entries/s); process memory ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB`);
    console.log(machineLine());
  } finally {
    await target.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
