// Demo DIP catalog: the 400 sample entries of Palangka Raya's units, played through the real workflow
// (PPID Pembantu drafts and submits, PPID Utama returns or approves) on a clock that walks through the
// last 18 months, so that the portal, the review queue and monitoring show a believable picture:
// most units with everything published, a few late, some entries returned, waiting, withdrawn or
// revised, and 40 entries with a small real PDF whose text is searchable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, like, lt, sql } from 'drizzle-orm';
import type { Ctx, UserActor } from '../context.js';
import type { Db } from '../db/client.js';
import { dipDocuments, dipEntries, outbox, units, users, type DipCategory, type DipStatus } from '../db/schema/index.js';
import { toActor } from '../domain/accounts/sessions.js';
import { attachDocument } from '../domain/dip/documents.js';
import { importDrafts } from '../domain/dip/import-drafts.js';
import type { DipInput } from '../domain/dip/input.js';
import { approveEntries } from '../domain/dip/approve-dip-entries.js';
import { createDraft } from '../domain/dip/create-dip-draft.js';
import { publishImmediately } from '../domain/dip/publish-dip-entry.js';
import { returnEntry } from '../domain/dip/return-dip-entry.js';
import { submitEntries } from '../domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../domain/dip/update-dip-entry.js';
import { startTextExtractionWorker } from '../jobs/text-extraction.js';
import { bulanTahun, makeDemoPdf } from './documents.js';
import { DEMO_DOMAIN } from './demo-domain.js';

type Sample = {
  unit: string;
  title: string;
  summary: string;
  category: DipCategory;
  subtype: string;
  year: number | null;
  responsible: string;
  form: ('tercetak' | 'terekam')[];
  retention: string;
  tags: string[];
};

type Unit = { id: string; code: string; name: string; shortName: string };

/** A phrase that occurs in exactly one demo PDF and nowhere in the catalog's own text. */
export const DEMO_DOC_PHRASE = 'rehabilitasi jembatan gantung Tumbang Rungan';

export type DemoDipSummary = {
  entries: number;
  byStatus: Record<DipStatus, number>;
  /** Entries whose published version is a second (or later) version. */
  revised: number;
  documents: number;
};

/** Published entries that get a small PDF. */
const DOCUMENTS = 40;

const here = path.dirname(fileURLToPath(import.meta.url));
function readSamples(): Sample[] {
  for (const c of [path.join(here, 'data', 'dip-samples.json'), path.join(here, '..', 'src', 'demo', 'data', 'dip-samples.json')]) {
    try {
      return JSON.parse(readFileSync(c, 'utf8')) as Sample[];
    } catch {
      /* next */
    }
  }
  throw new Error('demo data dip-samples.json not found');
}

// --- the design -------------------------------------------------------------------------------------

/** Units that publish little and late: old berkala information only, recent work left as drafts. */
const STALE_UNITS = ['dkppp', 'dpkukmp'];
/** Units that started and stopped: a few old entries published, most never submitted. */
const IDLE_UNITS = ['kec-rakumpit', 'disbudpar'];
/** Units whose newest entry the PPID Utama has just returned with a note. */
const RETURNED_UNITS = ['dinsos', 'dishub', 'dp3appkb', 'bkpsdm', 'satpolpp', 'dlh', 'disperkimtan'];
/** Units whose newest entry waits for review. */
const SUBMITTED_UNITS = ['bpkad', 'disdik', 'dpmptsp', 'setwan', 'bappedalitbang'];
/** Units working on a new draft this week. */
const FRESH_DRAFT_UNITS = ['dinkes', 'setda', 'dpupr'];
/** Units whose oldest entry was revised and re-approved (second version on the portal). */
const REVISED_UNITS = ['setda', 'dinkes', 'disdukcapil', 'bpbpk', 'dpmptsp', 'kec-jekan-raya'];
/** A published entry with a revision waiting for review, and one with a revision still in draft. */
const REVISION_SUBMITTED_UNIT = 'diskominfo';
const REVISION_DRAFT_UNIT = 'bpprd';

const WITHDRAWALS: { unit: string; match: RegExp; reason: string }[] = [
  {
    unit: 'dinsos',
    match: /Penerima Manfaat Program Keluarga Harapan/i,
    reason:
      'Lampiran rekapitulasi ternyata memuat nama dan NIK penerima manfaat. Ditarik sementara untuk dihitamkan (Pasal 17 huruf h UU 14/2008) sebelum diterbitkan ulang.',
  },
  {
    unit: 'dinkes',
    match: /Demam Berdarah Dengue/i,
    reason: 'Angka kasus dua puskesmas tercatat ganda sehingga total per kelurahan keliru. Ditarik sampai data diverifikasi ulang oleh Bidang P2P.',
  },
];

// Each note comes with the shortcoming that earned it, so the returned version shows what was wrong.
const RETURN_NOTES: { note: string; spoil(i: DipInput): DipInput | null }[] = [
  { note: 'Ringkasan terlalu singkat; sebutkan periode data dan satuannya.', spoil: (i) => ({ ...i, summary: shortened(i.summary) }) },
  {
    note: 'Tempat pembuatan informasi dan format berkas belum diisi. Lengkapi alamat kantor dan format yang tersedia (PDF/XLSX).',
    spoil: (i) => ({ ...i, madePlace: '', formats: [] }),
  },
  {
    note: 'Penanggung jawab diisi nama pribadi; gunakan nama jabatan sesuai SK PPID Pelaksana.',
    spoil: (i) => ({ ...i, responsible: 'Yohana Natalia, S.E.' }),
  },
  {
    note: 'Jangka waktu penyimpanan belum sesuai Jadwal Retensi Arsip; gunakan retensi dari JRA perangkat daerah.',
    spoil: (i) => ({ ...i, retention: 'Sementara' }),
  },
  {
    note: 'Kategori kurang tepat: informasi ini wajib diumumkan secara berkala (Pasal 9 UU 14/2008), bukan informasi tersedia setiap saat.',
    spoil: (i) => (i.category === 'berkala' ? { ...i, category: 'setiap_saat' } : null),
  },
  { note: 'Kata kunci belum diisi; tambahkan dua atau tiga kata kunci agar informasi mudah ditemukan di portal.', spoil: (i) => ({ ...i, tags: [] }) },
  {
    note: 'Tahun informasi belum diisi. Cantumkan tahun dan periode data agar masyarakat tahu kemutakhirannya.',
    spoil: (i) => (i.year ? { ...i, year: null, periodLabel: '' } : null),
  },
];

function shortened(summary: string): string {
  const cut = summary.split(/,| yang | beserta | serta /)[0]!.trim();
  return cut.length >= 20 && cut.length < summary.length ? cut + '.' : summary.split(' ').slice(0, 6).join(' ') + '.';
}

const OFFICES: Record<string, string> = {
  setda: 'Kantor Wali Kota Palangka Raya, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  setwan: 'Gedung DPRD Kota Palangka Raya, Jl. Ahmad Yani, Palangka Raya',
  inspektorat: 'Kantor Inspektorat, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  bappedalitbang: 'Kantor Bappedalitbang, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  bpkad: 'Kantor BPKAD, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  bpprd: 'Kantor BPPRD, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  bkpsdm: 'Kantor BKPSDM, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  bpbpk: 'Markas BPBPK, Jl. Ahmad Yani, Palangka Raya',
  diskominfo: 'Kantor Diskominfo, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  disdik: 'Kantor Dinas Pendidikan, Jl. Diponegoro, Palangka Raya',
  dinkes: 'Kantor Dinas Kesehatan, Jl. Diponegoro, Palangka Raya',
  dpupr: 'Kantor DPUPR, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  disperkimtan: 'Kantor Disperkimtan, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  satpolpp: 'Markas Satpol PP, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  dinsos: 'Kantor Dinas Sosial, Jl. Diponegoro, Palangka Raya',
  dp3appkb: 'Kantor DP3APPKB, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  dlh: 'Kantor Dinas Lingkungan Hidup, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  disdukcapil: 'Kantor Disdukcapil, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  dishub: 'Kantor Dinas Perhubungan, Jl. RTA Milono, Palangka Raya',
  dpkukmp: 'Kantor DPKUKMP, Jl. Ahmad Yani, Palangka Raya',
  dpmptsp: 'Mal Pelayanan Publik Kota Palangka Raya, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  disbudpar: 'Kantor Disbudpar, Jl. Tjilik Riwut Km. 5,5, Palangka Raya',
  dkppp: 'Kantor DKPPP, Jl. G. Obos, Palangka Raya',
  'kec-pahandut': 'Kantor Kecamatan Pahandut, Palangka Raya',
  'kec-jekan-raya': 'Kantor Kecamatan Jekan Raya, Palangka Raya',
  'kec-sabangau': 'Kantor Kecamatan Sabangau, Palangka Raya',
  'kec-bukit-batu': 'Kantor Kecamatan Bukit Batu, Tangkiling, Palangka Raya',
  'kec-rakumpit': 'Kantor Kecamatan Rakumpit, Palangka Raya',
};

// Information that is mostly tables is offered as a spreadsheet too.
const TABULAR = new Set(['statistik', 'laporan_keuangan', 'rencana_anggaran', 'aset', 'bantuan', 'pengadaan', 'kepegawaian']);

function periodLabel(s: Sample): string {
  const range = /(\d{4})\s*[–-]\s*(\d{4})/.exec(s.title);
  if (range) return `${range[1]}–${range[2]}`;
  const part = /(Semester I{1,2}|Triwulan (?:IV|I{1,3}))(?: Tahun)? (\d{4})/.exec(s.title);
  if (part) return `${part[1]} ${part[2]}`;
  if (s.category === 'setiap_saat' && s.retention === 'Selama berlaku') return 'Selama berlaku';
  if (s.category !== 'berkala' || !s.year) return '';
  return s.subtype === 'laporan_keuangan' || s.subtype === 'rencana_anggaran' ? `Tahun Anggaran ${s.year}` : `Tahun ${s.year}`;
}

function inputOf(s: Sample, unit: Unit, made: Date, index: number): DipInput {
  const formats = [
    ...(s.form.includes('terekam') ? (TABULAR.has(s.subtype) ? ['PDF', 'XLSX'] : ['PDF']) : []),
    ...(s.form.includes('tercetak') ? ['Cetak'] : []),
  ];
  return {
    title: s.title,
    summary: s.summary,
    category: s.category,
    subtype: s.subtype,
    holder: index % 3 === 0 ? s.responsible : unit.name,
    responsible: s.responsible,
    madeWhen: bulanTahun(made),
    madePlace: OFFICES[unit.code] ?? `Kantor ${unit.shortName}, Palangka Raya`,
    forms: s.form,
    formats,
    retention: s.retention,
    year: s.year,
    periodLabel: periodLabel(s),
    tags: s.tags,
    links: [],
  };
}

// --- time -------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const MINUTE = 60_000;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same moment moved to a working day, 08:00–15:00 WIB (01:00–08:00 UTC), never earlier in the day's order. */
function officeHours(t: number, rnd: () => number): number {
  const d = new Date(t);
  const dow = d.getUTCDay();
  const shift = dow === 6 ? 2 : dow === 0 ? 1 : 0;
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + shift * DAY;
  return day + (60 + Math.floor(rnd() * 420)) * MINUTE;
}

const yearStart = (y: number | null) => (y ? Date.UTC(y, 0, 1) : 0);

// --- the seeding ------------------------------------------------------------------------------------

/**
 * Seeds the demo DIP catalog, then extracts the text of its documents. Does nothing (returns null) when
 * any DIP entry exists. Needs the demo units and users from seedDemo. Each workflow step is its own
 * transaction: a run that fails half-way leaves a partial catalog (start again from an empty database).
 */
export async function seedDemoDip(ctx: Ctx): Promise<DemoDipSummary | null> {
  const [any] = await ctx.db.select({ id: dipEntries.id }).from(dipEntries).limit(1);
  if (any) return null;

  const samples = readSamples();
  const unitRows = await ctx.db.select({ id: units.id, code: units.code, name: units.name, shortName: units.shortName }).from(units);
  const unitByCode = new Map<string, Unit>(unitRows.map((u) => [u.code, { ...u, shortName: u.shortName ?? u.code }]));
  const demoUsers = await ctx.db
    .select()
    .from(users)
    .where(like(users.email, `%@${DEMO_DOMAIN}`));
  const actorOf = new Map<string, UserActor>(demoUsers.map((u) => [u.email, toActor(u)]));
  const utama = actorOf.get(`ppid.utama@${DEMO_DOMAIN}`);
  if (!utama) throw new Error('seedDemoDip needs the demo users: run seedDemo first');

  const now = ctx.clock.now().getTime();
  const rnd = prng(20081430);
  const start = now - 540 * DAY;
  const lastBatch = now - 25 * DAY;
  const thisYear = new Date(now).getUTCFullYear();
  const staleYear = thisYear - 3;

  type Ev = { at: number; seq: number; actor: UserActor; run(c: Ctx): Promise<unknown> };
  const events: Ev[] = [];
  const on = (at: number, actor: UserActor, run: (c: Ctx) => Promise<unknown>) => events.push({ at, seq: events.length, actor, run });
  const ids = new Map<number, string>();
  const id = (i: number) => ids.get(i)!;
  const inputs = new Map<number, DipInput>();
  const pdfFor = new Map<number, boolean>();
  const retNote = new Map<number, string>();

  const byUnit = new Map<string, number[]>();
  samples.forEach((s, i) => byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), i]));

  // The entry whose document carries the distinctive phrase: a public-works procurement list.
  const special = samples.findIndex((s) => s.unit === 'dpupr' && /Paket Pekerjaan/i.test(s.title));

  // One entry is drafted with createDraft; several at once come from the unit's spreadsheet (importDrafts),
  // which is also how most PPIDs fill their DIP, and far cheaper than one transaction per entry.
  const create = (list: number[], at: number, pembantu: UserActor, unit: Unit, spoil?: (i: number, x: DipInput) => DipInput | null) => {
    const first = list.map((i) => {
      const good = inputOf(samples[i]!, unit, new Date(at - Math.floor(rnd() * 40) * DAY), i);
      inputs.set(i, good);
      return (spoil && spoil(i, good)) ?? good;
    });
    if (list.length === 1) on(at, pembantu, async (c) => ids.set(list[0]!, (await createDraft(c, unit.id, first[0]!)).id));
    else
      on(at, pembantu, async (c) =>
        (await importDrafts(c, unit.id, first, { filename: `DIP ${unit.shortName} ${bulanTahun(new Date(at))}.xlsx` })).ids.forEach((id, k) =>
          ids.set(list[k]!, id),
        ),
      );
    list.forEach((i, k) => {
      if (pdfFor.get(i))
        on(at + (k + 1) * 4 * MINUTE, pembantu, async (c) => attachDocument(c, id(i), await documentFor(samples[i]!, unit, i === special, new Date(at))));
    });
  };
  const noteFor = (i: number, k: number) => {
    for (let n = 0; n < RETURN_NOTES.length; n++) {
      const r = RETURN_NOTES[(k + n) % RETURN_NOTES.length]!;
      if (r.spoil(inputOf(samples[i]!, unitByCode.get(samples[i]!.unit)!, new Date(now), i))) return r;
    }
    return RETURN_NOTES[0]!;
  };

  // Historic returns rotate through the notes; the seven entries returned now show each note once.
  let returnCount = 0;
  let finalReturns = 0;
  const unitCodes = [...byUnit.keys()].sort();
  // Document candidates first, so that create() knows which entries get a PDF.
  const docCandidates: number[] = [];
  type Plan = { batches: number[][]; serta: number[]; idle: number[]; last?: number; oldest?: number };
  const plans = new Map<string, Plan>();
  for (const code of unitCodes) {
    const list = byUnit
      .get(code)!
      .slice()
      .sort((a, b) => (samples[a]!.year ?? 0) - (samples[b]!.year ?? 0) || a - b);
    const serta = list.filter((i) => samples[i]!.category === 'serta_merta');
    let flow = list.filter((i) => samples[i]!.category !== 'serta_merta');
    let idle: number[] = [];
    if (STALE_UNITS.includes(code)) {
      idle = flow.filter((i) => (samples[i]!.year ?? 0) > staleYear);
      flow = flow.filter((i) => (samples[i]!.year ?? 0) <= staleYear);
    } else if (IDLE_UNITS.includes(code)) {
      idle = flow.slice(3);
      flow = flow.slice(0, 3);
    }
    const plan: Plan = { batches: [], serta, idle };
    if ([...RETURNED_UNITS, ...SUBMITTED_UNITS, ...FRESH_DRAFT_UNITS].includes(code) && flow.length > 1) plan.last = flow.pop();
    for (let k = 0; k < flow.length;) {
      const size = 3 + Math.floor(rnd() * 3);
      plan.batches.push(flow.slice(k, k + size));
      k += size;
    }
    plan.oldest = flow[0];
    plans.set(code, plan);
    if (!STALE_UNITS.includes(code) && !IDLE_UNITS.includes(code)) {
      for (const i of flow) if (samples[i]!.form.includes('terekam') && i !== special) docCandidates.push(i);
    }
  }
  // About DOCUMENTS published entries carry a PDF, spread evenly over the complete units.
  if (special >= 0) pdfFor.set(special, true);
  const step = docCandidates.length / (DOCUMENTS - 1);
  for (let k = 0; k < DOCUMENTS - 1 && Math.floor(k * step) < docCandidates.length; k++) pdfFor.set(docCandidates[Math.floor(k * step)]!, true);

  const publishedAt = new Map<number, number>();
  for (const code of unitCodes) {
    const unit = unitByCode.get(code);
    const pembantu = actorOf.get(`ppid.${code}@${DEMO_DOMAIN}`);
    if (!unit || !pembantu) continue;
    const plan = plans.get(code)!;
    const late = STALE_UNITS.includes(code) || IDLE_UNITS.includes(code);
    const maxYearOf = (batch: number[]) => Math.max(...batch.map((i) => samples[i]!.year ?? 0));
    // A unit that keeps up publishes information about this year and last within the last months
    // (berkala information is due every six months); older information went out earlier. A late
    // unit's last publications are all more than a year old.
    const isRecent = (batch: number[]) => !late && maxYearOf(batch) >= thisYear - 1;
    const recentCount = plan.batches.filter(isRecent).length;
    const olderCount = plan.batches.length - recentCount;
    let recentSeen = 0;
    let olderSeen = 0;

    // Batches: drafted together, submitted together, reviewed together.
    plan.batches.forEach((batch) => {
      const maxYear = maxYearOf(batch);
      const [lo, hi, k, n] = isRecent(batch)
        ? [now - 165 * DAY, lastBatch, recentSeen++, recentCount]
        : [start, late ? start + 0.35 * (lastBatch - start) : now - 185 * DAY, olderSeen++, olderCount];
      let base = lo + ((k + 0.2 + 0.6 * rnd()) / n) * (hi - lo);
      base = Math.max(base, yearStart(maxYear) + (9 + rnd() * 20) * DAY);
      if (base > lastBatch) base = lastBatch - rnd() * 10 * DAY;
      const created = officeHours(base, rnd);
      const returned: number[] = [];
      const spoils = new Map<number, (x: DipInput) => DipInput | null>();
      for (const i of batch) {
        if (byUnit.get(code)!.indexOf(i) % 10 !== 4) continue;
        const r = noteFor(i, returnCount++);
        returned.push(i);
        retNote.set(i, r.note);
        spoils.set(i, r.spoil);
      }
      create(batch, created, pembantu, unit, (i, x) => spoils.get(i)?.(x) ?? null);
      const submitted = officeHours(created + (1 + Math.floor(rnd() * 3)) * DAY, rnd);
      on(submitted, pembantu, (c) => submitEntries(c, batch.map(id)));
      const reviewed = officeHours(submitted + (1 + Math.floor(rnd() * 4)) * DAY, rnd);
      for (const i of returned) on(reviewed, utama, (c) => returnEntry(c, id(i), retNote.get(i)!));
      const ok = batch.filter((i) => !returned.includes(i));
      if (ok.length) on(reviewed + 5 * MINUTE, utama, (c) => approveEntries(c, ok.map(id)));
      for (const i of ok) publishedAt.set(i, reviewed + 5 * MINUTE);
      if (returned.length) {
        const fixed = officeHours(reviewed + (1 + Math.floor(rnd() * 3)) * DAY, rnd);
        for (const i of returned) on(fixed, pembantu, (c) => updateEntry(c, id(i), inputs.get(i)!));
        on(fixed + 30 * MINUTE, pembantu, (c) => submitEntries(c, returned.map(id)));
        const approved = officeHours(fixed + (1 + Math.floor(rnd() * 3)) * DAY, rnd);
        on(approved, utama, (c) => approveEntries(c, returned.map(id)));
        for (const i of returned) publishedAt.set(i, approved);
      }
    });

    // Serta-merta information is published by the unit at once, whenever the event happened.
    for (const i of plan.serta) {
      const s = samples[i]!;
      let t = start + rnd() * (now - 3 * DAY - start);
      t = Math.min(Math.max(t, yearStart(s.year) + rnd() * 120 * DAY), now - 3 * DAY);
      create([i], t, pembantu, unit);
      on(t + 20 * MINUTE, pembantu, (c) => publishImmediately(c, id(i)));
      publishedAt.set(i, t + 20 * MINUTE);
    }

    // Drafts that were never submitted: late units' backlog.
    if (plan.idle.length) {
      const ago = STALE_UNITS.includes(code) ? 150 + rnd() * 150 : 20 + rnd() * 100;
      create(plan.idle, officeHours(now - ago * DAY, rnd), pembantu, unit);
    }

    // The newest entry: returned this week, waiting for review, or still being drafted.
    if (plan.last !== undefined) {
      const i = plan.last;
      if (RETURNED_UNITS.includes(code)) {
        const r = noteFor(i, finalReturns++);
        const created = officeHours(now - (14 + rnd() * 10) * DAY, rnd);
        create([i], created, pembantu, unit, (_, x) => r.spoil(x));
        const submitted = officeHours(created + (1 + Math.floor(rnd() * 2)) * DAY, rnd);
        on(submitted, pembantu, (c) => submitEntries(c, [id(i)]));
        const reviewed = Math.min(officeHours(submitted + (2 + Math.floor(rnd() * 3)) * DAY, rnd), now - DAY);
        on(reviewed, utama, (c) => returnEntry(c, id(i), r.note));
      } else if (SUBMITTED_UNITS.includes(code)) {
        const created = officeHours(now - (8 + rnd() * 6) * DAY, rnd);
        create([i], created, pembantu, unit);
        on(Math.min(officeHours(created + (2 + Math.floor(rnd() * 4)) * DAY, rnd), now - 2 * 3600_000), pembantu, (c) => submitEntries(c, [id(i)]));
      } else {
        create([i], Math.min(officeHours(now - (1 + rnd() * 8) * DAY, rnd), now - 3600_000), pembantu, unit);
      }
    }

    // Revisions of the oldest published entry: a new version approved, one under review, one in draft.
    const oldest = plan.oldest;
    if (oldest !== undefined && publishedAt.has(oldest)) {
      const input = inputs.get(oldest)!;
      const base = publishedAt.get(oldest)!;
      const revise = (at: number): DipInput => ({
        ...input,
        summary: `${input.summary} Pemutakhiran ${bulanTahun(new Date(at))}: data dan lampiran disesuaikan dengan kondisi terbaru.`,
        madeWhen: bulanTahun(new Date(at)),
        formats: input.forms.includes('terekam') && !input.formats.includes('XLSX') ? [...input.formats, 'XLSX'] : input.formats,
      });
      if (REVISED_UNITS.includes(code)) {
        const edited = officeHours(Math.min(base + (45 + rnd() * 75) * DAY, base + (now - 12 * DAY - base) / 2), rnd);
        on(edited, pembantu, (c) => updateEntry(c, id(oldest), revise(edited)));
        const submitted = officeHours(edited + DAY, rnd);
        on(submitted, pembantu, (c) => submitEntries(c, [id(oldest)]));
        on(officeHours(submitted + (1 + Math.floor(rnd() * 3)) * DAY, rnd), utama, (c) => approveEntries(c, [id(oldest)]));
      } else if (code === REVISION_SUBMITTED_UNIT || code === REVISION_DRAFT_UNIT) {
        const edited = officeHours(now - (code === REVISION_DRAFT_UNIT ? 3 : 6) * DAY, rnd);
        on(edited, pembantu, (c) => updateEntry(c, id(oldest), revise(edited)));
        if (code === REVISION_SUBMITTED_UNIT) on(Math.min(officeHours(edited + DAY, rnd), now - 3600_000), pembantu, (c) => submitEntries(c, [id(oldest)]));
      }
    }

    // Withdrawals by the PPID Utama, some weeks after publication.
    for (const w of WITHDRAWALS.filter((x) => x.unit === code)) {
      const i = byUnit.get(code)!.find((k) => w.match.test(samples[k]!.title) && publishedAt.has(k) && k !== oldest);
      if (i === undefined) continue;
      const at = Math.min(officeHours(publishedAt.get(i)! + (20 + rnd() * 40) * DAY, rnd), now - 2 * DAY);
      if (at < publishedAt.get(i)! + DAY) continue;
      on(at, utama, (c) => unpublishEntry(c, id(i), w.reason));
    }
  }

  // Each step is its own transaction, as in real use. One transaction around all of them would make
  // the demo all-or-nothing, but every step updates audit_head, and a row updated a thousand times in
  // one transaction leaves a chain of versions that each later step must walk (measured ~15 % slower).
  events.sort((a, b) => a.at - b.at || a.seq - b.seq);
  for (const ev of events) {
    const when = new Date(ev.at);
    await ev.run({ ...ctx, actor: ev.actor, clock: { now: () => when } });
  }
  // Notifications about events months old would have been delivered long ago; leaving them pending
  // would flood the first mail server an operator configures. The last week's stay in the queue.
  await ctx.db
    .update(outbox)
    .set({ status: 'sent', attempts: 1, sentAt: outbox.createdAt })
    .where(and(like(outbox.template, 'dip_%'), eq(outbox.status, 'pending'), lt(outbox.createdAt, new Date(now - 7 * DAY))));

  // The documents' text reaches the search index of the published entries through the worker.
  const worker = startTextExtractionWorker({ db: ctx.db as Db, blobs: ctx.blobs, clock: ctx.clock, ocr: null, batchSize: DOCUMENTS * 2, pollMs: 3_600_000 });
  try {
    await worker.tick();
  } finally {
    await worker.stop();
  }

  const counts = await ctx.db
    .select({ status: dipEntries.status, n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .groupBy(dipEntries.status);
  const byStatus = { draft: 0, submitted: 0, returned: 0, published: 0, unpublished: 0 } as Record<DipStatus, number>;
  for (const r of counts) byStatus[r.status] = Number(r.n);
  const [rev] = await ctx.db
    .execute<{ n: number }>(sql`select count(*)::int as n from dip_entries e join dip_versions v on v.id = e.published_version_id where v.version_no > 1`)
    .then((r) => r.rows);
  const [docs] = await ctx.db.select({ n: sql<number>`count(distinct ${dipDocuments.sha256})::int` }).from(dipDocuments);
  return { entries: samples.length, byStatus, revised: Number(rev?.n ?? 0), documents: Number(docs?.n ?? 0) };
}

// --- documents --------------------------------------------------------------------------------------

const SUBTYPE_SENTENCES: Record<string, string> = {
  statistik: 'Data disajikan dalam bentuk tabel menurut kecamatan dan kelurahan, disertai catatan tentang sumber data dan metode pengumpulannya.',
  laporan_keuangan: 'Seluruh angka disajikan dalam rupiah dan mengacu pada dokumen pelaksanaan anggaran yang telah disahkan.',
  rencana_anggaran: 'Angka anggaran disajikan dalam rupiah menurut program, kegiatan dan subkegiatan.',
  rencana_kerja: 'Dokumen ini memuat tujuan, sasaran, program prioritas dan indikator kinerja yang menjadi acuan perangkat daerah.',
  kinerja: 'Capaian kinerja dibandingkan dengan target yang ditetapkan dalam perjanjian kinerja, disertai analisis penyebab keberhasilan dan kendala.',
  profil: 'Uraian ini mencakup kedudukan, tugas pokok, fungsi, susunan organisasi serta alamat dan jam layanan kantor.',
  prosedur_layanan: 'Persyaratan, alur, waktu penyelesaian dan biaya layanan diuraikan secara berurutan agar mudah diikuti pemohon.',
  sop: 'Setiap prosedur memuat dasar hukum, pelaksana, mutu baku dan bagan alir kegiatan.',
  pengadaan: 'Rincian paket memuat nama paket, lokasi, sumber dana, pagu anggaran dan metode pemilihan penyedia.',
  darurat: 'Masyarakat diimbau mengikuti arahan petugas dan menghubungi nomor layanan darurat bila memerlukan bantuan.',
  laporan_akses_informasi: 'Laporan ini memuat jumlah permohonan informasi, waktu rata-rata pemenuhan, jumlah keberatan dan tindak lanjutnya.',
};

async function documentFor(s: Sample, unit: Unit, isSpecial: boolean, at: Date): Promise<{ filename: string; bytes: Uint8Array }> {
  const paragraphs = [
    s.summary,
    SUBTYPE_SENTENCES[s.subtype] ?? 'Informasi ini disusun berdasarkan dokumen resmi perangkat daerah dan diperbarui sesuai ketentuan yang berlaku.',
    `Informasi ini disusun oleh ${s.responsible} pada ${unit.name}${s.year ? ` untuk tahun ${s.year}` : ''}. Kata kunci: ${s.tags.join(', ')}.`,
    'Dokumen ini merupakan informasi publik yang dapat diakses oleh setiap orang sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.',
  ];
  if (isSpecial) {
    paragraphs.splice(
      2,
      0,
      `Salah satu paket lanjutan adalah ${DEMO_DOC_PHRASE} di Kecamatan Pahandut, yang menghubungkan permukiman warga di kedua tepi sungai. Pekerjaan meliputi penggantian lantai kayu, kabel penggantung dan perbaikan pondasi menara, dengan masa pelaksanaan 120 hari kalender.`,
    );
  }
  const bytes = await makeDemoPdf({
    letterhead: ['Pemerintah Kota Palangka Raya', unit.name],
    title: s.title,
    paragraphs,
    place: 'Palangka Raya',
    signedBy: s.responsible,
    date: at,
  });
  const base = s.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return { filename: `${base}.pdf`, bytes };
}
