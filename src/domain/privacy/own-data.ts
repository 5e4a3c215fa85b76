// Everything the body holds about an applicant in one case, as shown to them (UU 27/2022 Ps 7: the subject's
// right of access): the request as filed, its steps, the written notice, objections and dispute steps, the
// letters and the emails sent. Never the officers' internal notes, the dispositions' instructions or the
// names of staff other than those who signed a letter. The caller has opened the request (by its number
// and code, or for the signed-in applicant): the policy decided there.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { disputes, encryptedFiles, objections, outbox, requestEvents, requestResponses, units } from '../../db/schema/index.js';
import { getPublicBody } from '../org/public-body.js';
import type { InformationRequest } from '../requests/submit-request.js';
import { dateOf, zoneOf } from '../calendar/dates.js';

export type OwnLetter = {
  kind: 'tanda-bukti' | 'pemberitahuan' | 'penolakan' | 'perpanjangan' | 'tanggapan-keberatan';
  title: string;
  number: string;
  date: string | null;
  objectionId?: string;
};

/** What is kept and for how long, in the applicant's words. */
export function retentionText(years: number | null): { id: string; en: string } {
  const kept = {
    id: 'Nomor, tanggal, saluran, jenis pemohon, unit kerja dan keputusan tetap disimpan tanpa nama, untuk statistik dan laporan tahunan layanan informasi.',
    en: 'The number, dates, channel, type of applicant, agency and decision are kept without your name, for the statistics and the annual service report.',
  };
  if (!years) {
    return {
      id: `Data pribadi Anda dipakai hanya untuk melayani permohonan ini. Badan publik belum menetapkan jangka waktu penyimpanan: data disimpan sampai jangka waktu itu ditetapkan. ${kept.id}`,
      en: `Your personal data is used only to handle this request. The public body has not yet set a retention period: the data is kept until it does. ${kept.en}`,
    };
  }
  return {
    id: `Data pribadi Anda dipakai hanya untuk melayani permohonan ini. Setelah kasus selesai (pemberitahuan tertulis diberikan, tidak ada keberatan atau sengketa yang masih berjalan), data pribadi Anda dihapus ${years} tahun setelah langkah terakhir: nama, NIK/nomor SK, alamat, pekerjaan, telepon, email, kuasa, uraian permohonan, pindaian identitas dan salinan email kepada Anda. ${kept.id}`,
    en: `Your personal data is used only to handle this request. Once the case is closed (written notice given, no objection or dispute still open), your personal data is removed ${years} years after the last step: name, NIK/SK number, address, occupation, phone, email, proxy, the request's text, the identity scan and the copies of emails to you. ${kept.en}`,
  };
}

export async function ownData(ctx: Ctx, r: InformationRequest) {
  const body = await getPublicBody(ctx.db);
  const [unit] = r.unitId ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, r.unitId)) : [];
  const steps = await ctx.db
    .select({ at: requestEvents.at, kind: requestEvents.kind, note: requestEvents.publicNote })
    .from(requestEvents)
    .where(eq(requestEvents.requestId, r.id))
    .orderBy(asc(requestEvents.at));
  const [resp] = await ctx.db.select().from(requestResponses).where(eq(requestResponses.requestId, r.id));
  const objs = await ctx.db.select().from(objections).where(eq(objections.requestId, r.id)).orderBy(asc(objections.receivedAt));
  const disps = await ctx.db.select().from(disputes).where(eq(disputes.requestId, r.id)).orderBy(asc(disputes.filedOn));
  const [scan] = r.identityFileId
    ? await ctx.db
        .select({ mime: encryptedFiles.mime, size: encryptedFiles.size, at: encryptedFiles.createdAt })
        .from(encryptedFiles)
        .where(eq(encryptedFiles.id, r.identityFileId))
    : [];
  const emails = r.email
    ? await ctx.db
        .select({ subject: outbox.subject, createdAt: outbox.createdAt, sentAt: outbox.sentAt, status: outbox.status })
        .from(outbox)
        .where(and(sql`lower(${outbox.toAddress}) = ${r.email.toLowerCase()}`, sql`position(${r.number} in ${outbox.textBody}) > 0`))
        .orderBy(asc(outbox.createdAt))
    : [];
  const tz = zoneOf(body);
  const day = (d: Date) => dateOf(d, tz);

  const letters: OwnLetter[] = [{ kind: 'tanda-bukti', title: 'Tanda bukti permohonan', number: r.number, date: day(r.receivedAt) }];
  if (r.extendedAt) letters.push({ kind: 'perpanjangan', title: 'Surat pemberitahuan perpanjangan', number: r.extensionNumber ?? '', date: day(r.extendedAt) });
  if (resp) letters.push({ kind: 'pemberitahuan', title: 'Surat pemberitahuan tertulis', number: resp.noticeNumber, date: resp.noticeDate });
  if (resp?.refusalNumber) letters.push({ kind: 'penolakan', title: 'Surat keputusan penolakan', number: resp.refusalNumber, date: resp.noticeDate });
  for (const o of objs.filter((x) => x.status === 'decided' && x.decidedAt)) {
    letters.push({ kind: 'tanggapan-keberatan', title: 'Tanggapan atas keberatan', number: o.number, date: day(o.decidedAt!), objectionId: o.id });
  }

  return {
    format: 'qgesy-data-pemohon',
    version: 1,
    generatedAt: ctx.clock.now().toISOString(),
    body: {
      name: body?.name ?? '',
      ppidContact: { name: body?.ppidContactName ?? '', email: body?.ppidContactEmail ?? '', phone: body?.ppidContactPhone ?? '' },
    },
    retention: { years: body?.requestRetentionYears ?? null, text: retentionText(body?.requestRetentionYears ?? null) },
    request: {
      number: r.number,
      status: r.status,
      channel: r.channel,
      receivedAt: r.receivedAt.toISOString(),
      applicant: {
        type: r.applicantType,
        name: r.name,
        idNumber: r.idNumber,
        address: r.address,
        occupation: r.occupation,
        phone: r.phone,
        email: r.email,
        proxyName: r.proxyName,
      },
      details: r.details,
      purpose: r.purpose,
      obtainMethod: r.obtainMethod,
      copyFormat: r.copyFormat,
      deliveryMethod: r.deliveryMethod,
      unit: unit?.name ?? null,
      language: r.locale,
      consentAt: r.consentAt.toISOString(),
      clockStartDate: r.startDate,
      dueDate: r.dueDate,
      extension: r.extendedAt
        ? { at: r.extendedAt.toISOString(), reason: r.extensionReason, letterNumber: r.extensionNumber, previousDueDate: r.dueDateBeforeExtension }
        : null,
      identityScan: scan ? { held: true, type: scan.mime, bytes: scan.size, storedAt: scan.at.toISOString() } : { held: false },
      // Only a keyed hash, for the per-address limit on submissions; it cannot be turned back into the address.
      networkAddressHashHeld: r.ipHash !== '',
      closedAt: r.closedAt?.toISOString() ?? null,
      anonymisedAt: r.anonymisedAt?.toISOString() ?? null,
    },
    steps: steps.map((s) => ({ at: s.at.toISOString(), kind: s.kind, note: s.note })),
    writtenNotice: resp
      ? {
          number: resp.noticeNumber,
          date: resp.noticeDate,
          outcome: resp.outcome,
          held: resp.held,
          holderBody: resp.holderBody,
          materialGiven: resp.materialGiven,
          materialWithheld: resp.materialWithheld,
          reason: resp.reason,
          exemptionGround: resp.exemptionGround,
          consequence: resp.consequence,
          format: resp.format,
          delivery: resp.delivery,
          sheets: resp.sheets,
          tariff: resp.tariff,
          deliveryCost: resp.deliveryCost,
          totalCost: resp.totalCost,
          paymentMethod: resp.paymentMethod,
          provideWorkingDays: resp.provideWorkingDays,
          refusalNumber: resp.refusalNumber,
          signedBy: resp.signerName,
        }
      : null,
    objections: objs.map((o) => ({
      number: o.number,
      receivedAt: o.receivedAt.toISOString(),
      grounds: o.grounds,
      caseSummary: o.caseSummary,
      proxyName: o.proxyName,
      status: o.status,
      dueDate: o.dueDate,
      decision: o.decision,
      reasons: o.reasons,
      followUp: o.followUp,
      decidedAt: o.decidedAt?.toISOString() ?? null,
      signedBy: o.decidedByName,
    })),
    disputes: disps.map((d) => ({
      commission: d.commission,
      caseNumber: d.caseNumber,
      filedOn: d.filedOn,
      stage: d.stage,
      // The dates the applicant was summoned to; the officers' notes on the hearings are internal.
      hearings: d.hearings.map((h) => h.date),
      mediationResult: d.mediationResult,
      ruling: d.ruling,
      outcome: d.outcome,
      decidedOn: d.decidedOn,
      followUp: d.followUp,
      closedAt: d.closedAt?.toISOString() ?? null,
    })),
    letters,
    emails: emails.map((m) => ({ subject: m.subject, queuedAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null, status: m.status })),
  };
}
export type OwnData = Awaited<ReturnType<typeof ownData>>;
