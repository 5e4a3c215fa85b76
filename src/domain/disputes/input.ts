// What officers fill in about a dispute at the Komisi Informasi: its registration, its stages and
// hearings, the outcome and the follow-up. Form input is all strings; messages are Indonesian first.
import { z } from 'zod';
import { DISPUTE_APPEALS, DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../db/schema/disputes.js';
import { parseIsoDate } from '../calendar/dates.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maksimal ${max} karakter.` });

/** UU KIP Ps 40(2): mediation only for the objection grounds b–g of Ps 35(1), never for a Ps 17 refusal alone. */
export const MEDIATION_NOT_ALLOWED =
  'Mediasi tidak dapat ditempuh: sengketa ini atas penolakan berdasarkan pengecualian Pasal 17 (alasan keberatan huruf a, UU KIP Pasal 35 ayat (1)) dan diselesaikan melalui ajudikasi nonlitigasi; mediasi hanya untuk alasan huruf b–g (Pasal 40 ayat (2)).';

export const DISPUTE_MESSAGES_EN: Record<string, string> = {
  'Isi nama Komisi Informasi (minimal 5 karakter).': 'Enter the name of the Information Commission (at least 5 characters).',
  'Isi nomor register perkara dari Komisi Informasi.': 'Enter the case register number given by the Information Commission.',
  'Isi tanggal dengan format TTTT-BB-HH, mis. 2026-06-10.': 'Enter a date in the form YYYY-MM-DD, e.g. 2026-06-10.',
  'Tanggal pendaftaran sengketa tidak boleh setelah hari ini.': 'The filing date of the dispute cannot be after today.',
  'Tanggal pendaftaran sengketa tidak boleh sebelum permohonan diterima.': 'The filing date of the dispute cannot be before the request was received.',
  'Pilih tahap sengketa.': 'Choose the stage of the dispute.',
  'Tahap sengketa hanya dapat maju; tahap ini sudah dilewati.': 'The dispute can only move forward; this stage has already been passed.',
  'Sengketa sudah pada tahap ini.': 'The dispute is already at this stage.',
  'Tanggal sidang tidak boleh sebelum sengketa didaftarkan.': 'A hearing cannot be before the dispute was filed.',
  'Pilih hasil penyelesaian sengketa.': 'Choose the outcome of the dispute.',
  'Tanggal putusan tidak boleh setelah hari ini.': 'The decision date cannot be after today.',
  'Tanggal putusan tidak boleh sebelum sengketa didaftarkan.': 'The decision date cannot be before the dispute was filed.',
  'Tuliskan amar putusan (minimal 10 karakter).': 'Write the operative part of the ruling (at least 10 characters).',
  'Tuliskan hasil mediasi / kesepakatan para pihak (minimal 10 karakter).': 'Write the result of the mediation / the agreement (at least 10 characters).',
  'Tuliskan tindak lanjut (minimal 5 karakter).': 'Describe the follow-up (at least 5 characters).',
  'Catat hasil penyelesaian sengketa sebelum menutup perkara.': 'Record the outcome of the dispute before closing the case.',
  [MEDIATION_NOT_ALLOWED]:
    'Mediation is not available: this dispute is about a refusal under the Art. 17 exemptions (objection ground a, Law 14/2008 Art. 35(1)) and goes to non-litigation adjudication; mediation is only for grounds b–g (Art. 40(2)).',
  'Pilih sikap badan publik atas putusan: mengajukan keberatan ke pengadilan atau tidak.':
    'Choose what the body does about the ruling: appeal to the court or not.',
  'Tanggal diterimanya putusan tidak boleh sebelum tanggal putusan atau setelah hari ini.':
    'The day the ruling was received cannot be before the ruling or after today.',
  'Catat dahulu putusan yang membuka informasi.': 'First record the ruling that opens the information.',
  'Maksimal 8000 karakter.': 'At most 8000 characters.',
  'Maksimal 300 karakter.': 'At most 300 characters.',
};

const REQUIRED_DATE = 'Isi tanggal dengan format TTTT-BB-HH, mis. 2026-06-10.';
const isoDate = z
  .string({ message: REQUIRED_DATE })
  .trim()
  .refine((s) => parseIsoDate(s) !== null, { message: REQUIRED_DATE });

export const ZDisputeDetails = z.object({
  commission: text(200).min(5, { message: 'Isi nama Komisi Informasi (minimal 5 karakter).' }),
  caseNumber: text(100).min(1, { message: 'Isi nomor register perkara dari Komisi Informasi.' }),
  filedOn: isoDate,
  /** Kuasa termohon: who represents the body, usually the Atasan PPID. */
  respondentRep: text(300).default(''),
});
export type DisputeDetailsInput = z.input<typeof ZDisputeDetails>;

export const ZDisputeStage = z.object({ stage: z.enum(DISPUTE_STAGES, { message: 'Pilih tahap sengketa.' }) });
export type DisputeStageInput = z.input<typeof ZDisputeStage>;

export const ZHearing = z.object({ date: isoDate, note: text(2000).default('') });
export type HearingInput = z.input<typeof ZHearing>;

const ZOutcomeBase = z.object({
  outcome: z.enum(DISPUTE_OUTCOMES, { message: 'Pilih hasil penyelesaian sengketa.' }),
  decidedOn: isoDate,
  ruling: text(8000).default(''),
  mediationResult: text(8000).default(''),
  /** The day the body received the ruling (the appeal window of UU KIP Ps 48 runs from it); optional. */
  rulingReceivedOn: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || parseIsoDate(s) !== null, { message: REQUIRED_DATE }),
});
export type OutcomeInput = z.input<typeof ZOutcomeBase>;

/** Checks across fields on the raw input, so that every problem shows at once (field -> message). */
export function outcomeIssues(raw: Partial<Record<keyof OutcomeInput, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const o = raw.outcome;
  if ((o === 'dibuka' || o === 'dibuka_sebagian' || o === 'tertutup') && str(raw.ruling).length < 10)
    out.ruling = 'Tuliskan amar putusan (minimal 10 karakter).';
  if (o === 'mediasi_sepakat' && str(raw.mediationResult).length < 10)
    out.mediationResult = 'Tuliskan hasil mediasi / kesepakatan para pihak (minimal 10 karakter).';
  return out;
}

export const ZOutcome = ZOutcomeBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(outcomeIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
});

/** The body's answer to a ruling: brought to the PTUN/PN, or it will not appeal (UU KIP Ps 47–48). */
export const ZAppeal = z.object({
  appeal: z.enum(DISPUTE_APPEALS, { message: 'Pilih sikap badan publik atas putusan: mengajukan keberatan ke pengadilan atau tidak.' }),
  recordedOn: isoDate,
});
export type AppealInput = z.input<typeof ZAppeal>;

export const ZFollowUp = z.object({
  followUp: text(4000).min(5, { message: 'Tuliskan tindak lanjut (minimal 5 karakter).' }),
  /** The case is over: the agreement or the final ruling has been carried out, or the claim withdrawn. */
  close: z.boolean().default(false),
});
export type FollowUpInput = z.input<typeof ZFollowUp>;
