// Every authorization decision of Q-Gesy is made here, as pure functions of (actor, action, resource).
import type { Actor, Role } from '../context.js';
import { errors } from '../errors.js';

export type Action =
  | 'backoffice.view'
  | 'account.manage_own'
  | 'users.view'
  | 'users.manage'
  | 'units.list'
  | 'units.view'
  | 'units.manage'
  | 'org.manage'
  | 'audit.view'
  | 'outbox.view'
  | 'outbox.retry'
  | 'outbox.read_secret'
  | 'dip.view'
  | 'dip.edit'
  | 'dip.review'
  | 'dip.monitor'
  | 'dip.penetapan_view'
  | 'dip.penetapan_issue'
  | 'checklist.manage'
  | 'request.submit'
  | 'request.track'
  | 'request.list'
  | 'request.view'
  | 'request.personal_data'
  | 'request.dispose'
  | 'request.unit_answer'
  | 'request.extend'
  | 'request.respond'
  | 'request.register'
  | 'calendar.view'
  | 'calendar.manage'
  | 'objection.view'
  | 'objection.decide'
  | 'objection.follow_up'
  | 'dispute.view'
  | 'dispute.manage'
  | 'report.annual'
  | 'report.annual_edit'
  | 'request.anonymise'
  | 'classified.list'
  | 'classified.create'
  | 'classified.access_log'
  | 'clearance.manage'
  | 'exemption.view'
  | 'exemption.draft'
  | 'exemption.review'
  | 'exemption.decide'
  | 'exemption.expiry'
  | 'redaction.manage'
  | 'reminders.run'
  | 'search.dictionary'
  | 'search.insights'
  | 'search.note'
  // issue 13 (case-docs): files through the case, the handover, and publishing an answer to the DIP.
  | 'request.file_attach'
  | 'request.file_release'
  | 'request.file_download'
  | 'request.handover'
  | 'request.publish_dip'
  | 'request.intake'
  | 'objection.intake';

/** The resource an action is about, when the decision depends on it. */
export type Resource = {
  unitId?: string | null;
  trackingToken?: 'valid' | 'invalid';
  /** The citizen signed in by an emailed link (the optional account) with the address the request was filed with. */
  signedInApplicant?: boolean;
  /** The units a request was disposed to. */
  disposedTo?: readonly string[];
  /** The file asked for was released with the written notice of the very request opened (request.file_download). */
  fileReleasedHere?: boolean;
  /** The body's profile lets a unit's PPID Pembantu enter requests received at its office (public_body.units_record_intake). */
  unitsRecordIntake?: boolean;
};

const BACKOFFICE_ROLES: readonly Role[] = ['admin', 'ppid_utama', 'ppid_pembantu', 'atasan_ppid', 'viewer'];

function has(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && actor.roles.some((r) => roles.includes(r));
}

/** Roles that see every unit; a ppid_pembantu sees only its own unit. */
function seesAllUnits(actor: Actor): boolean {
  return has(actor, 'admin', 'ppid_utama', 'atasan_ppid', 'viewer');
}

/** A PPID Pembantu whose unit received the request by disposition. */
function disposedToOwnUnit(actor: Actor, resource: Resource): boolean {
  return actor.kind === 'user' && actor.roles.includes('ppid_pembantu') && !!actor.unitId && (resource.disposedTo ?? []).includes(actor.unitId);
}

function ownUnit(actor: Actor, resource: Resource): boolean {
  return actor.kind === 'user' && actor.roles.includes('ppid_pembantu') && !!actor.unitId && actor.unitId === resource.unitId;
}

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  // Anyone may ask for information (UU KIP Ps 4): no account needed.
  if (action === 'request.submit') return true;
  // The public tracking page shows a request's steps to whoever holds its number and secret token, or to
  // the applicant signed in with the request's email address, and to nobody else: not even staff, who
  // have the back office for that.
  if (action === 'request.track') return resource.trackingToken === 'valid' || resource.signedInApplicant === true;
  // A file of a request reaches whoever may track that request, and only once the PPID released it with
  // that request's written notice: never another request's file, never one still being prepared.
  if (action === 'request.file_download') {
    return (resource.trackingToken === 'valid' || resource.signedInApplicant === true) && resource.fileReleasedHere === true;
  }
  // The secret part of an outgoing email (a tracking code that opens a citizen's data, a password-reset,
  // sign-in or invitation link) is for its recipient only: no role, the administrator included, and no
  // system actor reads it in the outbox. Only the outbox worker puts it back, at send time; staff get
  // "Kirim ulang / Resend" instead (src/mail/secret.ts).
  if (action === 'outbox.read_secret') return false;
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'backoffice.view':
    case 'account.manage_own':
      return has(actor, ...BACKOFFICE_ROLES);
    case 'users.view':
    case 'users.manage':
    case 'units.manage':
    case 'outbox.view':
    case 'outbox.retry':
      return has(actor, 'admin');
    case 'org.manage':
      return has(actor, 'admin', 'ppid_utama');
    case 'audit.view':
      return has(actor, 'admin', 'ppid_utama');
    case 'units.list':
      return seesAllUnits(actor);
    case 'units.view':
    case 'dip.view':
      if (seesAllUnits(actor)) return true;
      return ownUnit(actor, resource);
    case 'dip.edit':
      // The PPID Utama may also draft for any unit, to help an agency that falls behind.
      return has(actor, 'ppid_utama') || ownUnit(actor, resource);
    case 'dip.review':
    case 'checklist.manage':
      return has(actor, 'ppid_utama');
    case 'objection.view':
      // The register holds applicants' personal data: the PPID Utama and the Atasan PPID only.
      return has(actor, 'ppid_utama', 'atasan_ppid');
    case 'objection.decide':
      return has(actor, 'atasan_ppid');
    // Carrying out a granted objection (giving the information) is the PPID Utama's, who gives the notices.
    case 'objection.follow_up':
      return has(actor, 'ppid_utama');
    // Disputes at the Komisi Informasi: the PPID Utama records them, the Atasan PPID represents the body.
    case 'dispute.view':
    case 'dispute.manage':
      return has(actor, 'ppid_utama', 'atasan_ppid');
    // The annual report holds figures only, no personal data.
    case 'report.annual':
      return has(actor, 'ppid_utama', 'atasan_ppid', 'viewer');
    // The narrative parts (Perki 1/2021 Ps 56 a, b, e, f) and the signers are the PPID Utama's to write.
    case 'report.annual_edit':
      return has(actor, 'ppid_utama');
    // Anonymising closed cases under the retention setting is the system's (CLI and daily job), no role's.
    case 'request.anonymise':
      return false;
    // Classified items: the register is open to the staff who hold or test information, but each row (and
    // every document) is shown only under classifiedAccess (policies/classification.ts): clearance and
    // need-to-know, which no role bypasses. An administrator keeps the system, not its secrets.
    case 'classified.list':
      return has(actor, 'ppid_utama', 'ppid_pembantu', 'atasan_ppid');
    case 'classified.create':
      // Into the unit the information belongs to: a PPID Pembantu's own unit; the PPID Utama also records
      // for another unit (a consequence test drafted for it), and then gets need-to-know by a grant, since
      // whoever records an item must be able to read it.
      if (resource.unitId !== undefined && resource.unitId !== actor.unitId) return has(actor, 'ppid_utama') && !!resource.unitId;
      return has(actor, 'ppid_utama', 'ppid_pembantu') && !!actor.unitId;
    case 'classified.access_log':
      return has(actor, 'ppid_utama', 'atasan_ppid');
    case 'clearance.manage':
      return has(actor, 'atasan_ppid');
    // Consequence tests (uji konsekuensi, UU KIP Ps 19): drafted by a unit or the PPID Utama, reviewed by
    // the PPID Utama, decided by the Atasan PPID (for the head of the body, Perki 1/2017 Ps 4(3)).
    case 'exemption.view':
      return has(actor, 'ppid_utama', 'atasan_ppid') || ownUnit(actor, resource);
    case 'exemption.draft':
      return has(actor, 'ppid_utama') || ownUnit(actor, resource);
    case 'exemption.review':
      return has(actor, 'ppid_utama');
    case 'exemption.decide':
    case 'exemption.expiry':
      return has(actor, 'atasan_ppid');
    // Redaction works on a document the actor can read (checked with classifiedAccess as well).
    case 'redaction.manage':
      return has(actor, 'ppid_utama', 'ppid_pembantu');
    case 'dip.monitor':
      return has(actor, 'admin', 'ppid_utama', 'atasan_ppid', 'viewer');
    // The Penetapan DIP (Perki 1/2021 Ps 23(2)(d)) is the PPID Utama's decision; the administrator and the units'
    // PPID Pembantu read its versions and files (the published list only, nothing internal).
    case 'dip.penetapan_view':
      return has(actor, 'admin', 'ppid_utama', 'ppid_pembantu');
    case 'dip.penetapan_issue':
      return has(actor, 'ppid_utama');
    // What citizens searched for and did not find (counts of anonymous queries, no personal data): the
    // PPID Utama, who decides what is published, and the administrator, who keeps the system.
    case 'search.insights':
      return has(actor, 'admin', 'ppid_utama');
    // Asking a unit to publish what was looked for is the PPID Utama's call, as returning a DIP entry is.
    case 'search.note':
      return has(actor, 'ppid_utama');
    // The daily reminders are the system's job (in-process or the CLI): no user sends them.
    case 'reminders.run':
      return false;
    // The working-day calendar decides every deadline: the administrator keeps it, the PPID Utama checks it.
    case 'calendar.view':
      return has(actor, 'admin', 'ppid_utama');
    case 'calendar.manage':
      return has(actor, 'admin');
    // The search dictionary (abbreviations, synonyms) shapes what every citizen finds: the PPID Utama keeps
    // it, the administrator may help; units and readers do not.
    case 'search.dictionary':
      return has(actor, 'admin', 'ppid_utama');
    // Requests: the PPID Utama handles them all; a unit's PPID Pembantu sees the requests disposed to its
    // unit; the Atasan PPID, viewers and the administrator read the register without acting.
    case 'request.list':
      return has(actor, ...BACKOFFICE_ROLES);
    case 'request.view':
      return seesAllUnits(actor) || disposedToOwnUnit(actor, resource);
    // Name, NIK, address and contacts only for the staff handling the case (UU 27/2022 data minimisation).
    case 'request.personal_data':
      return has(actor, 'ppid_utama') || disposedToOwnUnit(actor, resource);
    // The register lists every applicant's personal data.
    case 'request.register':
    case 'request.dispose':
    case 'request.extend':
    case 'request.respond':
      return has(actor, 'ppid_utama');
    // resource.unitId: the unit of the disposition being answered.
    // Files come with a unit's answer (its PPID Pembantu) or are added by the PPID Utama for the notice.
    case 'request.unit_answer':
    case 'request.file_attach':
      return has(actor, 'ppid_utama') || (ownUnit(actor, resource) && disposedToOwnUnit(actor, resource));
    // Staff intake of a request received in person, by letter, email, phone or fax: the PPID Utama; a unit's
    // PPID Pembantu for its own unit only when the body's profile allows it (resource.unitId: the unit addressed).
    case 'request.intake':
      return has(actor, 'ppid_utama') || (resource.unitsRecordIntake === true && ownUnit(actor, resource));
    // An objection received on paper goes to the objection register, which only the PPID Utama keeps.
    // Releasing files with the written notice, recording the handover, and publishing a granted answer to
    // the DIP are the PPID Utama's acts, as the notice is (the file's own conditions: policies/request-files.ts).
    case 'objection.intake':
    case 'request.file_release':
    case 'request.handover':
    case 'request.publish_dip':
      return has(actor, 'ppid_utama');
  }
}

/** Throws the AppError a user should see when the action is not allowed. */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  throw errors.forbidden();
}
