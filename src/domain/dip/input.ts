// The fields of a DIP entry as a PPID officer fills them in, validated once for forms, import and API.
import { z } from 'zod';
import { DIP_CATEGORIES, DIP_FORMS } from '../../db/schema/dip.js';
import { isSubtype } from './subtypes.js';

const text = (max: number, msg?: string) =>
  z
    .string()
    .trim()
    .max(max, { message: msg ?? `Maksimal ${max} karakter.` });

export const FILE_FORMATS = ['PDF', 'DOCX', 'XLSX', 'ODT', 'ODS', 'CSV', 'JPEG', 'PNG', 'HTML', 'Cetak'] as const;

export const ZDipInput = z.object({
  title: text(300).min(5, { message: 'Judul informasi wajib diisi (minimal 5 karakter).' }),
  summary: text(4000).min(10, { message: 'Ringkasan isi informasi wajib diisi (minimal 10 karakter).' }),
  category: z.enum(DIP_CATEGORIES, { message: 'Pilih kategori: berkala, serta-merta, atau setiap saat.' }),
  subtype: z.string().refine(isSubtype, { message: 'Jenis informasi tidak dikenal.' }),
  holder: text(300).default(''),
  responsible: text(300).min(3, { message: 'Penanggung jawab pembuatan informasi wajib diisi.' }),
  madeWhen: text(100).default(''),
  madePlace: text(200).default(''),
  forms: z
    .array(z.enum(DIP_FORMS, { message: 'Bentuk informasi: tercetak atau terekam.' }))
    .min(1, { message: 'Pilih minimal satu bentuk informasi (tercetak/terekam).' }),
  formats: z.array(text(20)).max(10).default([]),
  retention: text(100).min(1, { message: 'Jangka waktu penyimpanan (retensi) wajib diisi.' }),
  year: z
    .number({ message: 'Tahun harus angka, mis. 2025.' })
    .int({ message: 'Tahun harus angka, mis. 2025.' })
    .min(1945, { message: 'Tahun tidak masuk akal (minimal 1945).' })
    .max(2100, { message: 'Tahun tidak masuk akal (maksimal 2100).' })
    .nullable()
    .default(null),
  periodLabel: text(100).default(''),
  tags: z.array(text(50)).max(20, { message: 'Maksimal 20 kata kunci.' }).default([]),
  links: z
    .array(z.object({ label: text(200), url: z.url({ protocol: /^https?$/, message: 'Tautan harus URL lengkap (https://...).' }) }))
    .max(20)
    .default([]),
});
export type DipInput = z.infer<typeof ZDipInput>;

/** Comma- or newline-separated words as a clean list (tags, formats). */
export function splitList(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/[,;\n]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}
