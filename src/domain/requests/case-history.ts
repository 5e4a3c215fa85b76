// One continuous case history of a request, for the back office: receipt, dispositions, the units'
// answers, the extension, the written notice, each objection and its decision, the dispute at the Komisi
// Informasi with each of its steps and hearings, in time order, with links to each letter the viewer may
// open. Built from the tables that hold each step, so that nothing depends on a note's wording.
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { objections, requestDispositions, requestEvents, requestResponses, units, users } from '../../db/schema/index.js';
import type { Messages } from '../../errors.js';
import { can } from '../../policies/index.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { disputeOfRequest } from '../disputes/shared.js';
import { DECISION_LABELS, GROUND_LABELS } from '../objections/objections.js';
import { serviceHours } from './deadlines.js';
import { OUTCOME_LABELS } from './labels.js';
import type { InformationRequest } from './submit-request.js';
import { letterScansOf, SCAN_LETTER_KINDS } from './letter-scans.js';
import { fileHistoryItems } from './case-files-history.js';

export type HistoryKind =
  | 'received'
  | 'disposed'
  | 'unit_answered'
  | 'extended'
  | 'answered'
  | 'objection_filed'
  | 'objection_decided'
  | 'dispute_registered'
  | 'dispute_stage'
  | 'dispute_hearing'
  | 'dispute_decided'
  | 'dispute_closed'
  | 'letter_scan'
  | 'note'
  // case-docs: files through the case (case-files-history.ts).
  | 'file_attached'
  | 'file_removed'
  | 'files_released'
  | 'handed_over'
  | 'file_downloaded'
  | 'published_dip';

export type HistoryLink = { href: string; label: Messages };

export type HistoryItem = {
  at: Date;
  /** Hearings have a date but no time. */
  dateOnly: boolean;
  kind: HistoryKind;
  /** What happened, in both languages. */
  text: Messages;
  /** The officer's own note (a hearing note, a unit's answer note): shown to staff only. */
  detail: string;
  actor: string | null;
  links: HistoryLink[];
};

/** The instant a date begins in a time zone, so that a date-only step sorts before that day's actions. */
export function startOfDay(date: string, timeZone: string): Date {
  const utc = new Date(`${date}T00:00:00Z`);
  const local = dateInZone(utc, timeZone);
  const dayShift = local.date === date ? 0 : local.date > date ? 1 : -1;
  return new Date(utc.getTime() - (dayShift * 1440 + local.minutes) * 60_000);
}

const both = (id: string, en: string): Messages => ({ id, en });

/** The history of a request for staff who may view it (the caller checked request.view, with the units it is disposed to). */
export async function caseHistory(ctx: Ctx, r: InformationRequest, disposedTo: readonly string[]): Promise<HistoryItem[]> {
  const tz = (await serviceHours(ctx)).timeZone;
  const letters = can(ctx.actor, 'request.personal_data', { disposedTo });
  const seesObjections = can(ctx.actor, 'objection.view');
  const seesDispute = can(ctx.actor, 'dispute.view');
  const base = `/admin/permohonan/${r.id}`;
  const items: HistoryItem[] = [];
  const push = (i: Omit<HistoryItem, 'dateOnly' | 'detail' | 'actor' | 'links'> & Partial<HistoryItem>) =>
    items.push({ dateOnly: false, detail: '', actor: null, links: [], ...i });

  const names = new Map((await ctx.db.select({ id: users.id, name: users.name }).from(users)).map((u) => [u.id, u.name] as const));
  const who = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);

  push({
    at: r.receivedAt,
    kind: 'received',
    text: both(
      `Permohonan diterima dan terdaftar dengan nomor ${r.number}; batas pemberitahuan tertulis ${formatLongDate(r.dueDateBeforeExtension ?? r.dueDate)}.`,
      `Request received and registered as ${r.number}; written notice due ${formatLongDate(r.dueDateBeforeExtension ?? r.dueDate, 'en')}.`,
    ),
  });

  const disp = await ctx.db
    .select({ d: requestDispositions, unit: units.name })
    .from(requestDispositions)
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(eq(requestDispositions.requestId, r.id))
    .orderBy(asc(requestDispositions.disposedAt));
  for (const { d, unit } of disp) {
    push({
      at: d.disposedAt,
      kind: 'disposed',
      actor: who(d.disposedBy),
      text: both(
        `Disposisi ke ${unit}; tenggat internal ${formatLongDate(d.internalDueDate)}.`,
        `Passed to ${unit}; internal deadline ${formatLongDate(d.internalDueDate, 'en')}.`,
      ),
    });
    if (d.answeredAt) {
      push({
        at: d.answeredAt,
        kind: 'unit_answered',
        actor: who(d.answeredBy),
        text: both(`${unit} menyampaikan jawaban.`, `${unit} sent its answer.`),
        detail: d.answer ?? '',
      });
    }
  }

  if (r.extendedAt) {
    push({
      at: r.extendedAt,
      kind: 'extended',
      text: both(
        `Jangka waktu diperpanjang 7 hari kerja sampai ${formatLongDate(r.dueDate)} (surat ${r.extensionNumber ?? ''}).`,
        `Time limit extended by 7 working days to ${formatLongDate(r.dueDate, 'en')} (letter ${r.extensionNumber ?? ''}).`,
      ),
      links: letters ? [{ href: `${base}/surat/perpanjangan.pdf`, label: both('Surat perpanjangan (PDF)', 'Extension letter (PDF)') }] : [],
    });
  }

  const [resp] = await ctx.db.select().from(requestResponses).where(eq(requestResponses.requestId, r.id));
  if (resp) {
    push({
      at: resp.createdAt,
      kind: 'answered',
      actor: who(resp.createdBy),
      text: both(
        `Pemberitahuan tertulis ${resp.noticeNumber}: ${OUTCOME_LABELS[resp.outcome].id}.`,
        `Written notice ${resp.noticeNumber}: ${OUTCOME_LABELS[resp.outcome].en}.`,
      ),
      links: letters
        ? [
            { href: `${base}/surat/pemberitahuan.pdf`, label: both('Pemberitahuan tertulis (PDF)', 'Written notice (PDF)') },
            ...(resp.refusalNumber ? [{ href: `${base}/surat/penolakan.pdf`, label: both('Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)') }] : []),
          ]
        : [],
    });
  }

  const objs = await ctx.db.select().from(objections).where(eq(objections.requestId, r.id)).orderBy(asc(objections.receivedAt));
  const decidedAts = new Set<number>();
  for (const o of objs) {
    const grounds = o.grounds.map((g) => GROUND_LABELS[g].letter).join(', ');
    push({
      at: o.receivedAt,
      kind: 'objection_filed',
      text: both(
        `Keberatan ${o.number} diajukan kepada Atasan PPID (alasan Pasal 35 ayat (1) huruf ${grounds}); tanggapan paling lambat ${formatLongDate(o.dueDate)}.`,
        `Objection ${o.number} filed with the Atasan PPID (grounds, Art. 35(1) letters ${grounds}); answer due ${formatLongDate(o.dueDate, 'en')}.`,
      ),
      links: seesObjections ? [{ href: `/admin/keberatan/${o.id}`, label: both('Buka keberatan', 'Open the objection') }] : [],
    });
    if (o.decidedAt && o.decision) {
      decidedAts.add(o.decidedAt.getTime());
      push({
        at: o.decidedAt,
        kind: 'objection_decided',
        actor: o.decidedByName || null,
        text: both(`Keberatan ${o.number} diputuskan: ${DECISION_LABELS[o.decision].id}.`, `Objection ${o.number} decided: ${DECISION_LABELS[o.decision].en}.`),
        links: seesObjections
          ? [{ href: `/admin/keberatan/${o.id}/surat.pdf`, label: both('Surat tanggapan Atasan PPID (PDF)', 'Response letter (PDF)') }]
          : [],
      });
    }
  }

  // The dispute's steps are events of the request (they are its public steps too); notes of any other kind
  // are kept, except the objection decision, which is already shown above from its own row.
  const dispute = await disputeOfRequest(ctx.db, r.id);
  const events = await ctx.db.select().from(requestEvents).where(eq(requestEvents.requestId, r.id)).orderBy(asc(requestEvents.at));
  const disputeLink = dispute && seesDispute ? [{ href: `/admin/sengketa/${dispute.id}`, label: both('Buka perkara sengketa', 'Open the dispute') }] : [];
  let lastDecided: HistoryItem | null = null;
  for (const e of events) {
    if (e.kind === 'note' && !decidedAts.has(e.at.getTime())) push({ at: e.at, kind: 'note', actor: who(e.actorId), text: both(e.publicNote, e.publicNote) });
    if (e.kind === 'dispute_registered' || e.kind === 'dispute_stage' || e.kind === 'dispute_decided' || e.kind === 'dispute_closed') {
      // One link to the dispute, on its registration; the decision file on its outcome (below).
      const first = e.kind === 'dispute_registered' && !items.some((i) => i.kind === 'dispute_registered');
      push({ at: e.at, kind: e.kind, actor: who(e.actorId), text: both(e.publicNote, e.publicNote), links: first ? disputeLink : [] });
      if (e.kind === 'dispute_decided') lastDecided = items[items.length - 1]!;
    }
  }
  if (dispute) {
    for (const h of dispute.hearings) {
      push({
        at: startOfDay(h.date, tz),
        dateOnly: true,
        kind: 'dispute_hearing',
        text: both(
          `Sidang sengketa di ${dispute.commission}, ${formatLongDate(h.date)}.`,
          `Dispute hearing at ${dispute.commission}, ${formatLongDate(h.date, 'en')}.`,
        ),
        detail: seesDispute ? h.note : '',
      });
    }
    if (lastDecided && dispute.decisionSha256 && seesDispute) {
      lastDecided.links = [
        ...lastDecided.links,
        { href: `/admin/sengketa/${dispute.id}/putusan.pdf`, label: both('Putusan Komisi Informasi (PDF)', 'Decision (PDF)') },
      ];
    }
  }
  // Letters printed, signed by hand and scanned: the scan for the staff who may open the letters.
  if (letters) {
    for (const s of await letterScansOf(ctx, r.id)) {
      const [lid, len] = SCAN_LETTER_KINDS[s.letterKind as keyof typeof SCAN_LETTER_KINDS] ?? SCAN_LETTER_KINDS.lain;
      push({
        at: s.uploadedAt,
        kind: 'letter_scan',
        actor: who(s.uploadedBy),
        text: both(`Pindaian ${lid} yang ditandatangani basah dilampirkan.`, `Scan of the ${len.toLowerCase()} signed by hand attached.`),
        links: [{ href: `${base}/pindaian-surat/${s.id}`, label: both(`Pindaian: ${s.filename}`, `Scan: ${s.filename}`) }],
      });
    }
  }
  items.push(...(await fileHistoryItems(ctx, r, disposedTo, who))); // case-docs: files, handovers, downloads, DIP
  // Stable: steps recorded in one transaction keep the order in which they were added.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.at.getTime() - b.item.at.getTime() || a.i - b.i)
    .map((x) => x.item);
}
