// Which file of a request may go out to the applicant (issue 13 item 2). Pure functions of the file and
// the written notice. A file is released only with the written notice of its own request, only when the
// notice gives information (in full or in part), and never when it was declared to hold exempt or
// classified content: such content goes out only as a copy made by the redaction tool (domain/redaction),
// whose blacked-out parts rest on an approved consequence test (policies/exemptions.ts) and whose reading
// went through classifiedAccess (policies/classification.ts).
import type { Actor } from '../context.js';
import type { RequestOutcome } from '../db/schema/request-handling.js';
import type { RequestFileSource } from '../db/schema/request-files.js';
import type { Messages } from '../errors.js';
import { can } from './index.js';

export type ReleaseFacts = {
  file: { requestId: string; source: RequestFileSource; exempt: boolean; releasedAt: Date | null };
  requestId: string;
  /** The written notice's outcome, or null while there is none. */
  outcome: RequestOutcome | null;
};

export const GIVING_OUTCOMES: readonly RequestOutcome[] = ['diberikan_seluruhnya', 'diberikan_sebagian'];

/** Why the file may not be released (null: it may). The actor's role is checked first. */
export function releaseRefusal(actor: Actor, f: ReleaseFacts): { status: 403 | 404 | 409; message: Messages } | null {
  if (!can(actor, 'request.file_release'))
    return {
      status: 403,
      message: { id: 'Hanya PPID Utama yang dapat melepas berkas kepada pemohon.', en: 'Only the lead PPID can release files to the applicant.' },
    };
  if (f.file.requestId !== f.requestId)
    return { status: 404, message: { id: 'Berkas ini bukan milik permohonan ini.', en: 'This file does not belong to this request.' } };
  if (f.file.releasedAt)
    return { status: 409, message: { id: 'Berkas ini sudah dilepas kepada pemohon.', en: 'This file was already released to the applicant.' } };
  if (!f.outcome) {
    return {
      status: 409,
      message: {
        id: 'Terbitkan pemberitahuan tertulis terlebih dahulu; berkas dilepas bersama pemberitahuan itu.',
        en: 'Issue the written notice first; files are released with it.',
      },
    };
  }
  if (!GIVING_OUTCOMES.includes(f.outcome)) {
    return {
      status: 409,
      message: {
        id: 'Pemberitahuan tertulis permohonan ini tidak memberikan informasi, sehingga tidak ada berkas yang dapat dilepas.',
        en: 'The written notice of this request gives no information, so no file can be released.',
      },
    };
  }
  // A redacted copy is the released form of exempt content; a published DIP document is public already.
  if (f.file.exempt && f.file.source === 'upload') {
    return {
      status: 409,
      message: {
        id: 'Berkas ini ditandai memuat informasi yang dikecualikan atau rahasia. Hanya salinan hasil penghitaman (alat penghitaman) yang dapat dilepas kepada pemohon.',
        en: 'This file is marked as holding exempt or classified information. Only a redacted copy (made with the redaction tool) can be released to the applicant.',
      },
    };
  }
  return null;
}

export type RemovalFacts = {
  file: { requestId: string; releasedAt: Date | null; removedAt: Date | null };
  requestId: string;
  /** The unit whose answer the file came with (null: added for the written notice). */
  unitId: string | null;
  disposedTo: readonly string[];
  /** The request is still open (not yet answered in writing). */
  open: boolean;
};

/**
 * Why the file may not be removed (null: it may). A file attached by mistake is removed by whoever may
 * attach it there: the PPID Utama any file, a unit's PPID Pembantu a file of its own unit's answer while the
 * request is open. Never once released: the applicant may have it, and the record of what went out stays.
 */
export function removalRefusal(actor: Actor, f: RemovalFacts): { status: 403 | 404 | 409; message: Messages } | null {
  if (f.file.requestId !== f.requestId || f.file.removedAt)
    return { status: 404, message: { id: 'Berkas ini tidak ada pada permohonan ini.', en: 'This file is not on this request.' } };
  const utama = can(actor, 'request.file_release');
  if (!utama && !(f.unitId && can(actor, 'request.file_attach', { unitId: f.unitId, disposedTo: f.disposedTo }))) {
    return {
      status: 403,
      message: {
        id: 'Hanya PPID Utama, atau PPID Pembantu unit yang melampirkannya, yang dapat menghapus berkas ini.',
        en: 'Only the lead PPID, or the agency officer of the unit that attached it, can remove this file.',
      },
    };
  }
  if (f.file.releasedAt) {
    return {
      status: 409,
      message: {
        id: 'Berkas ini sudah dilepas kepada pemohon dan tidak dapat dihapus.',
        en: 'This file was already released to the applicant and cannot be removed.',
      },
    };
  }
  if (!utama && !f.open) {
    return {
      status: 409,
      message: {
        id: 'Permohonan ini sudah dijawab; hanya PPID Utama yang dapat menghapus berkasnya.',
        en: 'This request has been answered; only the lead PPID can remove its files.',
      },
    };
  }
  return null;
}
