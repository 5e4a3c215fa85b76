// The 2025 and 2026 non-working days as decreed by the SKB of the Ministers of Religious Affairs, Manpower and
// Administrative Reform (kip-domain.md §8.2). Migration NNNN_calendar (0003 on its branch) inserts exactly these rows; a test checks it.
import type { NonWorkingDayKind } from '../../db/schema/calendar.js';

export type SeedDay = { date: string; kind: NonWorkingDayKind; name: string; source: string };

const SKB_2025 = 'SKB Menag, Menaker dan MenPAN-RB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024';
const SKB_2025_AMENDMENT = 'SKB Menag, Menaker dan MenPAN-RB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan SKB 2025)';
const SKB_2026 = 'SKB Menag, Menaker dan MenPAN-RB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025';

const h = (date: string, name: string, source: string): SeedDay => ({ date, kind: 'libur_nasional', name, source });
const cb = (date: string, name: string, source: string): SeedDay => ({ date, kind: 'cuti_bersama', name, source });

export const SEED_CALENDAR: readonly SeedDay[] = [
  // 2025
  h('2025-01-01', 'Tahun Baru 2025 Masehi', SKB_2025),
  h('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', SKB_2025),
  cb('2025-01-28', 'Cuti bersama Tahun Baru Imlek', SKB_2025),
  h('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', SKB_2025),
  cb('2025-03-28', 'Cuti bersama Hari Suci Nyepi', SKB_2025),
  h('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', SKB_2025),
  h('2025-03-31', 'Idul Fitri 1446 Hijriah', SKB_2025),
  h('2025-04-01', 'Idul Fitri 1446 Hijriah', SKB_2025),
  cb('2025-04-02', 'Cuti bersama Idul Fitri 1446 Hijriah', SKB_2025),
  cb('2025-04-03', 'Cuti bersama Idul Fitri 1446 Hijriah', SKB_2025),
  cb('2025-04-04', 'Cuti bersama Idul Fitri 1446 Hijriah', SKB_2025),
  cb('2025-04-07', 'Cuti bersama Idul Fitri 1446 Hijriah', SKB_2025),
  h('2025-04-18', 'Wafat Yesus Kristus', SKB_2025),
  h('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', SKB_2025),
  h('2025-05-01', 'Hari Buruh Internasional', SKB_2025),
  h('2025-05-12', 'Hari Raya Waisak 2569 BE', SKB_2025),
  cb('2025-05-13', 'Cuti bersama Hari Raya Waisak', SKB_2025),
  h('2025-05-29', 'Kenaikan Yesus Kristus', SKB_2025),
  cb('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', SKB_2025),
  h('2025-06-01', 'Hari Lahir Pancasila', SKB_2025),
  h('2025-06-06', 'Idul Adha 1446 Hijriah', SKB_2025),
  cb('2025-06-09', 'Cuti bersama Idul Adha 1446 Hijriah', SKB_2025),
  h('2025-06-27', 'Tahun Baru Islam 1447 Hijriah', SKB_2025),
  h('2025-08-17', 'Hari Proklamasi Kemerdekaan RI', SKB_2025),
  cb('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI', SKB_2025_AMENDMENT),
  h('2025-09-05', 'Maulid Nabi Muhammad SAW', SKB_2025),
  h('2025-12-25', 'Kelahiran Yesus Kristus (Natal)', SKB_2025),
  cb('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', SKB_2025),
  // 2026
  h('2026-01-01', 'Tahun Baru 2026 Masehi', SKB_2026),
  h('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', SKB_2026),
  cb('2026-02-16', 'Cuti bersama Tahun Baru Imlek', SKB_2026),
  h('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', SKB_2026),
  cb('2026-03-18', 'Cuti bersama Hari Suci Nyepi', SKB_2026),
  h('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', SKB_2026),
  cb('2026-03-20', 'Cuti bersama Idul Fitri 1447 Hijriah', SKB_2026),
  h('2026-03-21', 'Idul Fitri 1447 Hijriah', SKB_2026),
  h('2026-03-22', 'Idul Fitri 1447 Hijriah', SKB_2026),
  cb('2026-03-23', 'Cuti bersama Idul Fitri 1447 Hijriah', SKB_2026),
  cb('2026-03-24', 'Cuti bersama Idul Fitri 1447 Hijriah', SKB_2026),
  h('2026-04-03', 'Wafat Yesus Kristus', SKB_2026),
  h('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', SKB_2026),
  h('2026-05-01', 'Hari Buruh Internasional', SKB_2026),
  h('2026-05-14', 'Kenaikan Yesus Kristus', SKB_2026),
  cb('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', SKB_2026),
  h('2026-05-27', 'Idul Adha 1447 Hijriah', SKB_2026),
  cb('2026-05-28', 'Cuti bersama Idul Adha 1447 Hijriah', SKB_2026),
  h('2026-05-31', 'Hari Raya Waisak 2570 BE', SKB_2026),
  h('2026-06-01', 'Hari Lahir Pancasila', SKB_2026),
  h('2026-06-16', 'Tahun Baru Islam 1448 Hijriah', SKB_2026),
  h('2026-08-17', 'Hari Proklamasi Kemerdekaan RI', SKB_2026),
  h('2026-08-25', 'Maulid Nabi Muhammad SAW', SKB_2026),
  cb('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', SKB_2026),
  h('2026-12-25', 'Kelahiran Yesus Kristus (Natal)', SKB_2026),
];
