// Search quality on the demo catalog: realistic citizen queries, each with the entries a person reading
// the catalog would expect (chosen from dip-samples.json by reading titles, summaries and tags, not by
// running the search), scored as recall@10, MRR and the share of queries whose best entry (the first
// expected) is in the top 3. Targets: recall@10 ≥ 0.90, top-3 ≥ 95 %.
// Usage: npx tsx bench/search-quality.ts [--dir DIR] [--verbose]
//   --dir DIR  PGlite data directory with the demo seeded (made when missing, reused when present)
// Expected entries are named by their position in src/demo/data/dip-samples.json; those the demo does not
// publish (drafts, unpublished) are left out of the expectations (and counted).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { systemClock } from '../src/clock.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { searchPublished } from '../src/domain/dip/search.js';
import { benchCtx, flags, fmt, machineLine, openPglite, safetyTimer, seconds } from './lib.js';

type Case = { q: string; kind: string; expect: number[] };

// kind: missing (a word no entry has), question, syarat, abbr (abbreviation ↔ long form), form (hyphen /
// joined / split), everyday (everyday word for an official term), typo, plain.
export const CASES: Case[] = [
  { q: 'jembatan kahayan', kind: 'missing', expect: [98, 252, 388] },
  { q: 'data jembatan rusak palangka raya', kind: 'missing', expect: [98] },
  { q: 'jadwal angkut sampah jekan raya', kind: 'missing', expect: [385, 255] },
  { q: 'laporan realisasi anggaran dinas kesehatan 2024', kind: 'missing', expect: [360, 264] },
  { q: 'renstra dinas perhubungan 2025', kind: 'missing', expect: [71] },
  { q: 'daftar posko pengungsian banjir sabangau', kind: 'missing', expect: [338] },
  { q: 'berapa anggaran dinas pendidikan', kind: 'question', expect: [200, 361] },
  { q: 'berapa jumlah peserta jaminan kesehatan yang dibayar pemkot', kind: 'question', expect: [311] },
  { q: 'berapa jumlah penduduk per kecamatan', kind: 'question', expect: [12] },
  { q: 'di mana puskesmas dan jam bukanya', kind: 'question', expect: [9] },
  { q: 'dimana lokasi bank sampah', kind: 'question', expect: [273] },
  { q: 'kapan jatuh tempo pbb', kind: 'question', expect: [40, 171] },
  { q: 'bagaimana cara mengajukan keberatan informasi', kind: 'question', expect: [97] },
  { q: 'apakah ada data rumah sakit dan klinik', kind: 'question', expect: [367] },
  { q: 'mohon informasi jam layanan mal pelayanan publik', kind: 'question', expect: [37] },
  { q: 'syarat pbg', kind: 'syarat', expect: [22] },
  { q: 'syarat membuat ktp dan kartu keluarga', kind: 'syarat', expect: [131] },
  { q: 'syarat izin praktik tenaga kesehatan', kind: 'syarat', expect: [62] },
  { q: 'syarat izin mendirikan bangunan', kind: 'syarat', expect: [22] },
  { q: 'imb', kind: 'abbr', expect: [22] },
  { q: 'rkpd 2026', kind: 'abbr', expect: [305] },
  { q: 'perda apbd 2024', kind: 'abbr', expect: [227] },
  { q: 'lakip dlh', kind: 'abbr', expect: [184] },
  { q: 'laporan keterangan pertanggungjawaban wali kota', kind: 'abbr', expect: [215] },
  { q: 'rth', kind: 'abbr', expect: [32] },
  { q: 'rencana tata ruang wilayah', kind: 'abbr', expect: [327] },
  { q: 'perda pajak dan retribusi', kind: 'abbr', expect: [229] },
  { q: 'penerimaan peserta didik baru', kind: 'abbr', expect: [204, 154] },
  { q: 'bantuan operasional sekolah', kind: 'abbr', expect: [265] },
  { q: 'rumah tidak layak huni', kind: 'abbr', expect: [162, 228] },
  { q: 'e-ktp', kind: 'form', expect: [131, 332] },
  { q: 'ektp', kind: 'form', expect: [131, 332] },
  { q: 'E-KTP jemput bola', kind: 'form', expect: [332] },
  { q: 'ktp el', kind: 'form', expect: [332, 131] },
  { q: 'pbb p2', kind: 'form', expect: [171, 40] },
  { q: 'kua-ppas', kind: 'form', expect: [91] },
  { q: 'pengadaan barang jasa', kind: 'form', expect: [274, 60, 85] },
  { q: 'lelang proyek konstruksi', kind: 'everyday', expect: [382] },
  { q: 'jalan rusak', kind: 'everyday', expect: [239, 236] },
  { q: 'beasiswa sekolah', kind: 'everyday', expect: [151] },
  { q: 'gaji pegawai dinas pendidikan', kind: 'everyday', expect: [361] },
  { q: 'warga miskin terima bantuan pangan', kind: 'everyday', expect: [161] },
  { q: 'bedah rumah', kind: 'everyday', expect: [228] },
  { q: 'vaksin bayi', kind: 'everyday', expect: [287] },
  { q: 'rencana strategsi dinas perhubungan', kind: 'typo', expect: [71] },
  { q: 'puskesmaa', kind: 'typo', expect: [9, 287] },
  { q: 'kepndudukan agregat', kind: 'typo', expect: [12] },
  { q: 'stunting', kind: 'plain', expect: [109, 42] },
  { q: 'kebakaran hutan dan lahan', kind: 'plain', expect: [329, 221] },
  { q: 'penyakit mulut dan kuku', kind: 'plain', expect: [99] },
];

type Sample = { title: string };

async function main(): Promise<void> {
  const f = flags();
  const stop = safetyTimer(30 * 60_000);
  const dir = f.get('dir') ?? path.join(os.tmpdir(), 'qgesy-bench-search-quality');
  const fresh = !existsSync(dir);
  const started = performance.now();
  const target = await openPglite(dir);
  const { database } = target;
  try {
    const have = Number(((await database.db.execute(sql`select count(*)::int as n from dip_search`)).rows[0] as { n: number }).n);
    if (fresh || have === 0) {
      process.stdout.write(`  seeding the demo into ${dir} ... `);
      const blobDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-sq-')), 'blobs');
      await seedDemo(benchCtx(database, blobDir, systemClock));
      console.log(`${fmt(seconds(started), 1)} s`);
    } else console.log(`  reusing ${dir} (${fmt(have)} published entries)`);

    const samples = JSON.parse(readFileSync(new URL('../src/demo/data/dip-samples.json', import.meta.url), 'utf8')) as Sample[];
    const rows = (await database.db.execute(sql`select s.title, e.number from dip_search s join dip_entries e on e.id = s.entry_id`)).rows as {
      title: string;
      number: string;
    }[];
    const byTitle = new Map(rows.map((r) => [r.title, r.number]));
    let dropped = 0;
    let recallSum = 0;
    let rrSum = 0;
    let top3 = 0;
    let scored = 0;
    const byKind = new Map<string, { n: number; recall: number; top3: number }>();
    const verbose = f.has('verbose');
    for (const c of CASES) {
      const expected = c.expect.map((i) => byTitle.get(samples[i]!.title)).filter((n): n is string => !!n);
      dropped += c.expect.length - expected.length;
      if (!expected.length) {
        console.log(`  (skipped: nothing expected is published) ${c.q}`);
        continue;
      }
      const r = await searchPublished(database.db, { q: c.q, pageSize: 10 });
      const got = r.items.map((i) => i.number);
      const found = expected.filter((n) => got.includes(n)).length;
      const recall = found / expected.length;
      const firstRank = got.findIndex((n) => expected.includes(n));
      const rr = firstRank < 0 ? 0 : 1 / (firstRank + 1);
      const bestPos = got.indexOf(expected[0]!);
      const inTop3 = bestPos >= 0 && bestPos < 3;
      recallSum += recall;
      rrSum += rr;
      top3 += inTop3 ? 1 : 0;
      scored++;
      const k = byKind.get(c.kind) ?? { n: 0, recall: 0, top3: 0 };
      byKind.set(c.kind, { n: k.n + 1, recall: k.recall + recall, top3: k.top3 + (inTop3 ? 1 : 0) });
      if (verbose || recall < 1 || !inTop3)
        console.log(
          `  ${recall < 1 || !inTop3 ? '✗' : '✓'} ${c.q.padEnd(44)} recall ${fmt(recall, 2)}  best at ${bestPos < 0 ? '—' : bestPos + 1}  (${r.total} hits${r.suggestion ? `, suggestion "${r.suggestion}"` : ''})`,
        );
    }
    console.log('');
    console.log(`queries: ${scored} (expected entries not published, left out: ${dropped})`);
    for (const [kind, k] of byKind)
      console.log(`  ${kind.padEnd(10)} ${String(k.n).padStart(3)} queries  recall@10 ${fmt(k.recall / k.n, 2)}  top-3 ${fmt((100 * k.top3) / k.n, 0)} %`);
    console.log(`recall@10 ${fmt(recallSum / scored, 3)}   MRR ${fmt(rrSum / scored, 3)}   best entry in top 3: ${fmt((100 * top3) / scored, 1)} %`);
    console.log(`targets: recall@10 ≥ 0.90 → ${recallSum / scored >= 0.9 ? 'met' : 'NOT met'}; top-3 ≥ 95 % → ${top3 / scored >= 0.95 ? 'met' : 'NOT met'}`);
    console.log(machineLine());
  } finally {
    await target.close();
    stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
