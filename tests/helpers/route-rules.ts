// The matrix test's expectations: which policy action (and predicate, on which resource) each HTTP route is
// about. tests/integration/authorization-matrix.test.ts calls every route as every role (and, for classified
// content, at every security level) and computes the expected answer from src/policies/; a route missing
// here fails that test. Not a gate: the domain functions ask the policies (architecture note 28).
import type { Action } from '../../src/policies/index.js';

/**
 * What a route's decision is about, which also tells the matrix test how to fill the route's
 * parameters: `own-unit` is the actor's own unit (lists scoped to it); `unit`, `dip-entry`, `request`
 * (the units it was disposed to) and `disposition` come in a variant of the tested PPID Pembantu's
 * unit and one of another unit; the others only name the fixture that fills the parameters.
 */
export type RuleResource =
  | 'own-unit'
  | 'unit'
  | 'dip-entry'
  | 'dip-document'
  | 'request'
  | 'disposition'
  | 'user'
  | 'calendar-day'
  | 'synonym'
  | 'penetapan'
  | 'outbox-message'
  | 'objection'
  | 'dispute'
  /** Classified items and documents: one per security level in the tested officer's unit and in another. */
  | 'classified-item'
  | 'classified-grant'
  | 'classified-document'
  | 'redaction'
  | 'produced-redaction'
  /** Consequence tests, per level of their item and unit: one being drafted, one approved, one under expiry review. */
  | 'draft-test'
  | 'approved-test'
  | 'exemption-review';

/**
 * Decisions on classified content beyond the actions (src/policies/classification.ts, exemptions.ts):
 * `read` = classifiedAccess (clearance and need-to-know), `grant` = canGrantAccess, `level` =
 * canChangeLevel; for consequence tests `edit` = canEditTest, `review` = canReviewTest, `decide` =
 * canDecideTest, `internals` = canSeeTestInternals.
 */
export type RulePredicate = 'read' | 'grant' | 'level' | 'edit' | 'review' | 'decide' | 'internals';

export type RouteRule =
  /** Open to everyone, signed in or not (the portal, citizens' pages, sign-in, the open APIs). */
  | { public: true }
  /**
   * Every action in `actions` and at least one in `anyOf` (when given) must be allowed for the actor, on
   * the resource when one is named, and the predicate must hold on it.
   */
  | { actions: readonly Action[]; anyOf?: readonly Action[]; on?: RuleResource; check?: RulePredicate };

const open = { public: true } as const;
const staff = (...actions: Action[]): RouteRule => ({ actions: ['backoffice.view', ...actions] });
const on = (resource: RuleResource, ...actions: Action[]): RouteRule => ({ actions: ['backoffice.view', ...actions], on: resource });
const checked = (resource: RuleResource, check: RulePredicate, ...actions: Action[]): RouteRule => ({
  actions: ['backoffice.view', ...actions],
  on: resource,
  check,
});

export const ROUTE_RULES: Record<string, RouteRule> = {
  // Health, static and the public portal.
  'GET /healthz': open,
  'GET /readyz': open,
  'GET /': open,
  'GET /unit': open,
  'GET /unit/:code': open,
  'GET /unit/:code/dip.csv': open,
  'GET /unit/:code/dip.pdf': open,
  'GET /unit/:code/dip.xlsx': open,
  'GET /dip': open,
  'GET /dip.csv': open,
  'GET /dip.pdf': open,
  'GET /dip.xlsx': open,
  // The latest Penetapan DIP: published public entries only.
  'GET /dip/penetapan.pdf': open,
  'GET /informasi': open,
  'GET /informasi/:slug': open,
  'GET /kategori/:kategori': open,
  'GET /cari': open,
  // A result link's ping: counts an opened result of a logged query (no token; same-origin only).
  'POST /cari/klik': open,
  'GET /dokumen/:docId': open,
  'GET /dokumen/:docId/:filename': open,
  'GET /sitemap.xml': open,
  'GET /robots.txt': open,
  'GET /logo': open,
  'GET /bahasa/:lang': open,
  'GET /kalkulator-tenggat': open,
  'GET /statistik-layanan': open,
  // Open data.
  'GET /api': open,
  'GET /api/openapi.json': open,
  'GET /api/v1/dip': open,
  'GET /api/v1/dip/:slug': open,
  'GET /api/v1/search': open,
  'GET /api/v1/units': open,
  'GET /catalog.jsonld': open,
  'GET /api/3/action/:action': open,
  'POST /api/3/action/:action': open,
  'GET /api/action/:action': open,
  'POST /api/action/:action': open,
  // Citizens: requests and objections need no account (UU KIP Ps 4); their own pages need the tracking code.
  'GET /permohonan': open,
  'POST /permohonan': open,
  'GET /permohonan/terdaftar': open,
  'GET /permohonan/lacak': open,
  'GET /permohonan/tanda-bukti.pdf': open,
  'GET /permohonan/keberatan/tanda-bukti.pdf': open,
  'GET /permohonan/keberatan': open,
  'POST /permohonan/keberatan': open,
  'GET /permohonan/keberatan/surat.pdf': open,
  // Objection on ground b (Ps 35(1)b) without a request: form, receipt, tracking by number and code.
  'GET /permohonan/keberatan/huruf-b': open,
  'POST /permohonan/keberatan/huruf-b': open,
  'GET /permohonan/keberatan/lacak': open,
  'GET /permohonan/surat/:file': open,
  'POST /api/v1/requests': open,
  'GET /api/v1/requests/status': open,
  'POST /api/v1/objections': open,
  'GET /permohonan/sengketa/putusan.pdf': open,
  'GET /permohonan/data-saya': open,
  'GET /permohonan/data-saya.json': open,
  // The public exemption list (DIK): public titles and reasons, never content.
  'GET /informasi-dikecualikan': open,
  'GET /unit/:code/informasi-dikecualikan': open,
  'GET /informasi-dikecualikan.xlsx': open,
  'GET /informasi-dikecualikan.pdf': open,
  'GET /api/v1/dik': open,
  // The optional citizen account: its own session by email link, decided in src/domain/citizen (citizen.test.ts).
  'GET /akun': open,
  'POST /akun/masuk': open,
  'GET /akun/masuk/:token': open,
  'POST /akun/masuk/:token': open,
  'POST /akun/keluar': open,
  'GET /akun/permohonan/:id': open,
  'GET /akun/permohonan/:id/data': open,
  'GET /akun/permohonan/:id/data.json': open,
  'GET /akun/permohonan/:id/surat/:file': open,
  'GET /akun/permohonan/:id/keberatan/:file': open,
  'GET /akun/keberatan/:file': open,
  // case-docs: the applicant's download of a file released on that request (policy request.file_download).
  'GET /akun/permohonan/:id/berkas/:fileId': open,
  'GET /permohonan/berkas/:fileId': open,
  'GET /informasi-yang-pernah-dimohon': open,
  // Accounts.
  'GET /masuk': open,
  'POST /masuk': open,
  'POST /keluar': open,
  'GET /lupa-sandi': open,
  'POST /lupa-sandi': open,
  'GET /atur-sandi/:token': open,
  'POST /atur-sandi/:token': open,
  // First-run set-up: open only while no account exists, guarded by the console's setup code.
  'GET /persiapan': open,
  'POST /persiapan/admin': open,
  'POST /persiapan/demo': open,

  // Back office.
  'GET /admin': staff(),
  'GET /admin/akun': staff('account.manage_own'),
  'POST /admin/akun/sandi': staff('account.manage_own'),
  'POST /admin/akun/bahasa': staff('account.manage_own'),
  'GET /admin/audit': staff('audit.view'),
  'GET /admin/badan-publik': staff('org.manage'),
  'POST /admin/badan-publik': staff('org.manage'),
  'POST /admin/badan-publik/logo': staff('org.manage'),
  'POST /admin/badan-publik/retensi': staff('org.manage'),
  'GET /admin/unit': staff('units.list'),
  'GET /admin/unit/baru': staff('units.manage'),
  'POST /admin/unit': staff('units.manage'),
  'GET /admin/unit/:id': on('unit', 'units.view'),
  'GET /admin/unit/:id/ubah': on('unit', 'units.manage'),
  'POST /admin/unit/:id': on('unit', 'units.manage'),
  'GET /admin/pengguna': staff('users.view'),
  'GET /admin/pengguna/baru': staff('users.manage'),
  'POST /admin/pengguna': staff('users.manage'),
  'GET /admin/pengguna/:id': on('user', 'users.view'),
  'POST /admin/pengguna/:id': on('user', 'users.manage'),
  'POST /admin/pengguna/:id/kunci': on('user', 'users.manage'),
  'POST /admin/pengguna/:id/buka-kunci': on('user', 'users.manage'),
  'POST /admin/pengguna/:id/kirim-tautan': on('user', 'users.manage'),
  'GET /admin/kotak-keluar': staff('outbox.view'),
  'GET /admin/kotak-keluar/:id': on('outbox-message', 'outbox.view'),
  'POST /admin/kotak-keluar/:id/kirim-ulang': on('outbox-message', 'outbox.retry'),
  'GET /admin/kalender': staff('calendar.view'),
  'GET /admin/kalender/baru': staff('calendar.manage'),
  'GET /admin/kalender/impor': staff('calendar.manage'),
  'POST /admin/kalender/impor': staff('calendar.manage'),
  'POST /admin/kalender/impor/konfirmasi': staff('calendar.manage'),
  'POST /admin/kalender': staff('calendar.manage'),
  'GET /admin/kalender/:id/ubah': on('calendar-day', 'calendar.manage'),
  'POST /admin/kalender/:id': on('calendar-day', 'calendar.manage'),
  'POST /admin/kalender/:id/hapus': on('calendar-day', 'calendar.manage'),
  'GET /admin/pencarian/kamus': staff('search.dictionary'),
  'POST /admin/pencarian/kamus': staff('search.dictionary'),
  'GET /admin/pencarian/kamus/:id/ubah': on('synonym', 'search.dictionary'),
  'POST /admin/pencarian/kamus/:id': on('synonym', 'search.dictionary'),
  'POST /admin/pencarian/kamus/:id/hapus': on('synonym', 'search.dictionary'),
  // DIP: lists show each actor the units they may see; entries are decided on their unit.
  'GET /admin/dip': staff(),
  'GET /admin/dip/baru': on('own-unit', 'dip.edit'),
  'POST /admin/dip': on('own-unit', 'dip.edit'),
  'POST /admin/dip/ajukan': on('own-unit', 'dip.edit'),
  'GET /admin/dip/tinjauan': staff('dip.review'),
  'POST /admin/dip/tinjauan/setujui': staff('dip.review'),
  'GET /admin/dip/impor': on('own-unit', 'dip.edit'),
  'POST /admin/dip/impor': on('own-unit', 'dip.edit'),
  // The blank import template holds nothing: any staff member may take it.
  'GET /admin/dip/templat.xlsx': staff(),
  'GET /admin/dip/ekspor.xlsx': staff(),
  'GET /admin/dip/:id': on('dip-entry', 'dip.view'),
  'GET /admin/dip/:id/ubah': on('dip-entry', 'dip.edit'),
  'POST /admin/dip/:id': on('dip-entry', 'dip.edit'),
  'POST /admin/dip/:id/ajukan': on('dip-entry', 'dip.edit'),
  'POST /admin/dip/:id/dokumen': on('dip-entry', 'dip.edit'),
  'POST /admin/dip/:id/dokumen/:docId/hapus': on('dip-document', 'dip.edit'),
  'POST /admin/dip/:id/kembalikan': on('dip-entry', 'dip.review'),
  'POST /admin/dip/:id/setujui': on('dip-entry', 'dip.review'),
  'POST /admin/dip/:id/tarik': on('dip-entry', 'dip.review'),
  // Personal data found in the documents: the unit (which edits) or the PPID Utama (which reviews) confirms it may be published.
  'POST /admin/dip/:id/data-pribadi': { actions: ['backoffice.view'], anyOf: ['dip.edit', 'dip.review'], on: 'dip-entry' },
  // Serta-merta information is published by its unit at once (UU KIP Ps 10; no review wait).
  'POST /admin/dip/:id/terbitkan-langsung': on('dip-entry', 'dip.edit'),
  // Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): issued by the PPID Utama, read by the admin and the units.
  'GET /admin/penetapan-dip': staff('dip.penetapan_view'),
  'POST /admin/penetapan-dip': staff('dip.penetapan_issue'),
  'GET /admin/penetapan-dip/:id/penetapan.pdf': on('penetapan', 'dip.penetapan_view'),
  'GET /admin/penetapan-dip/:id/penetapan.xlsx': on('penetapan', 'dip.penetapan_view'),
  // Monitoring: all units for dip.monitor, one's own unit for a PPID Pembantu.
  'GET /admin/monev': staff(),
  'GET /admin/monev/ekspor.xlsx': staff(),
  'GET /admin/monev/unit/:id': on('unit', 'dip.view'),
  'GET /admin/monev/daftar-periksa': staff('checklist.manage'),
  'POST /admin/monev/daftar-periksa': staff('checklist.manage'),
  // What citizens searched for and did not find; notes to the unit that should publish it.
  'GET /admin/pencarian': staff('search.insights'),
  'GET /admin/pencarian/ekspor.csv': staff('search.insights'),
  'GET /admin/pencarian/catatan': staff('search.insights', 'search.note'),
  'POST /admin/pencarian/catatan': staff('search.insights', 'search.note'),
  // Requests.
  'GET /admin/permohonan': staff('request.list'),
  'GET /admin/permohonan/register': staff('request.register'),
  'GET /admin/permohonan/register.xlsx': staff('request.register'),
  'GET /admin/permohonan/:id': on('request', 'request.view'),
  'GET /admin/permohonan/:id/surat/:file': on('request', 'request.view', 'request.personal_data'),
  'GET /admin/permohonan/:id/identitas': on('request', 'request.view', 'request.personal_data'),
  'POST /admin/permohonan/:id/disposisi': on('request', 'request.dispose'),
  'POST /admin/permohonan/:id/jawaban-unit': on('disposition', 'request.unit_answer'),
  'POST /admin/permohonan/:id/perpanjang': on('request', 'request.extend'),
  'POST /admin/permohonan/:id/pemberitahuan': on('request', 'request.respond'),
  'POST /admin/permohonan/:id/pindaian-surat': on('request', 'request.respond'),
  'GET /admin/permohonan/:id/pindaian-surat/:scanId': on('request', 'request.view', 'request.personal_data'),
  // case-docs (issue 13 items 2–3): files through the case, the handover, publishing an answer to the DIP.
  'GET /admin/permohonan/:id/berkas': on('request', 'request.view'),
  'POST /admin/permohonan/:id/berkas': on('disposition', 'request.view', 'request.file_attach'),
  'POST /admin/permohonan/:id/berkas/dip': on('disposition', 'request.view', 'request.file_attach'),
  'POST /admin/permohonan/:id/berkas/penghitaman': on('disposition', 'request.view', 'request.file_attach'),
  'GET /admin/permohonan/:id/berkas/:fileId': on('request', 'request.view'),
  'POST /admin/permohonan/:id/berkas/:fileId/lepas': on('request', 'request.view', 'request.file_release'),
  // Removing a file attached by mistake: whoever may attach it there (policies/request-files.ts removalRefusal).
  'POST /admin/permohonan/:id/berkas/:fileId/hapus': on('request', 'request.view', 'request.file_attach'),
  'POST /admin/permohonan/:id/serah-terima': on('request', 'request.view', 'request.handover'),
  'GET /admin/permohonan/:id/terbitkan-dip': on('request', 'request.view', 'request.publish_dip'),
  'POST /admin/permohonan/:id/terbitkan-dip': on('request', 'request.view', 'request.publish_dip'),
  // Objections.
  'GET /admin/keberatan': staff('objection.view'),
  'GET /admin/keberatan/register.xlsx': staff('objection.view'),
  'GET /admin/keberatan/:id': on('objection', 'objection.view'),
  'GET /admin/keberatan/:id/surat.pdf': on('objection', 'objection.view'),
  'POST /admin/keberatan/:id/putusan': on('objection', 'objection.decide'),
  // intake: requests and objections received in person, by letter, email, phone or fax. A PPID Pembantu
  // enters for its own unit only when the profile allows it (off by default, as the matrix tests it).
  'GET /admin/permohonan/baru': staff('request.intake'),
  'POST /admin/permohonan/baru': staff('request.intake'),
  'GET /admin/keberatan/baru': staff('objection.intake'),
  'POST /admin/keberatan/baru': staff('objection.intake'),
  // intake-gaps: the letter received and the proxy's surat kuasa, as the identity scan.
  'GET /admin/permohonan/:id/surat-masuk': on('request', 'request.view', 'request.personal_data'),
  'GET /admin/permohonan/:id/surat-kuasa': on('request', 'request.view', 'request.personal_data'),
  'GET /admin/keberatan/:id/surat-masuk': on('objection', 'objection.view', 'request.personal_data'),
  'GET /admin/keberatan/:id/surat-kuasa': on('objection', 'objection.view', 'request.personal_data'),
  // objections: the PPID Utama records a granted objection carried out (follow-up task closed).
  'POST /admin/keberatan/:id/tindak-lanjut': on('objection', 'objection.view', 'objection.follow_up'),
  // Disputes at the Komisi Informasi.
  'GET /admin/sengketa': staff('dispute.view'),
  'GET /admin/sengketa/baru': on('request', 'dispute.manage'),
  'POST /admin/sengketa': on('request', 'dispute.manage'),
  'GET /admin/sengketa/:id': on('dispute', 'dispute.view'),
  'GET /admin/sengketa/:id/putusan.pdf': on('dispute', 'dispute.view'),
  'POST /admin/sengketa/:id/data': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/tahap': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/sidang': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/hasil': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/banding': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/tindak-lanjut': on('dispute', 'dispute.manage'),
  // objections: the day the court's judgment was received (cassation window, UU KIP Ps 50).
  'POST /admin/sengketa/:id/pengadilan': on('dispute', 'dispute.manage'),
  'POST /admin/sengketa/:id/putusan': on('dispute', 'dispute.manage'),
  // The annual report (figures only); its written parts by the PPID Utama.
  'GET /admin/laporan-tahunan': staff('report.annual'),
  'GET /admin/laporan-tahunan/unduh.pdf': staff('report.annual'),
  'GET /admin/laporan-tahunan/unduh.xlsx': staff('report.annual'),
  'POST /admin/laporan-tahunan/narasi': staff('report.annual_edit'),
  // Classified items: the register lists only what each reader may read; every item, document and grant
  // is decided by clearance and need-to-know, which no role bypasses.
  'GET /admin/informasi': staff('classified.list'),
  'GET /admin/informasi/baru': on('own-unit', 'classified.create'),
  'POST /admin/informasi': on('own-unit', 'classified.create'),
  'GET /admin/informasi/log': staff('classified.access_log'),
  'GET /admin/informasi/izin-akses': staff('clearance.manage'),
  'POST /admin/informasi/izin-akses/:userId': on('user', 'clearance.manage'),
  'GET /admin/informasi/:id': checked('classified-item', 'read', 'classified.list'),
  'POST /admin/informasi/:id/buka': checked('classified-item', 'read', 'classified.list'),
  'POST /admin/informasi/:id/dokumen': checked('classified-item', 'read', 'classified.list'),
  'POST /admin/informasi/:id/tingkat': checked('classified-item', 'level', 'classified.list'),
  'POST /admin/informasi/:id/akses': checked('classified-item', 'grant', 'classified.list'),
  'POST /admin/informasi/:id/akses/:grantId/cabut': checked('classified-grant', 'grant', 'classified.list'),
  'POST /admin/informasi/:id/dokumen/:docId/unduh': checked('classified-document', 'read', 'classified.list'),
  'POST /admin/informasi/:id/penetapan-tingkat/:decisionId/unduh': checked('classified-item', 'read', 'classified.list'),
  // Redaction of a classified PDF: the officer's role and the right to read the document.
  'GET /admin/penghitaman/dokumen/:documentId': checked('classified-document', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/dokumen/:documentId': checked('classified-document', 'read', 'redaction.manage'),
  'GET /admin/penghitaman/:id': checked('redaction', 'read', 'redaction.manage'),
  'GET /admin/penghitaman/:id/halaman/:file': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/area': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/area/:n/hapus': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/pola': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/buat': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/hapus': checked('redaction', 'read', 'redaction.manage'),
  'POST /admin/penghitaman/:id/revisi': checked('produced-redaction', 'read', 'redaction.manage'),
  'GET /admin/penghitaman/:id/salinan.pdf': checked('produced-redaction', 'read', 'redaction.manage'),
  // Consequence tests: the unit's PPID Pembantu drafts, the PPID Utama reviews, the Atasan PPID decides;
  // the test's internal text needs a clearance at its item's level (policies/exemptions.ts).
  'GET /admin/uji-konsekuensi': on('own-unit', 'exemption.view'),
  'GET /admin/uji-konsekuensi/baru': on('own-unit', 'exemption.draft'),
  'POST /admin/uji-konsekuensi': on('own-unit', 'exemption.draft'),
  'GET /admin/uji-konsekuensi/peninjauan': { actions: ['backoffice.view'], anyOf: ['exemption.review', 'exemption.expiry'] },
  'POST /admin/uji-konsekuensi/peninjauan/:id/perpanjang': checked('exemption-review', 'decide', 'exemption.expiry'),
  'POST /admin/uji-konsekuensi/peninjauan/:id/buka': checked('exemption-review', 'decide', 'exemption.expiry'),
  'GET /admin/uji-konsekuensi/:id': on('draft-test', 'exemption.view'),
  'GET /admin/uji-konsekuensi/:id/ubah': checked('draft-test', 'edit'),
  'POST /admin/uji-konsekuensi/:id': checked('draft-test', 'edit'),
  'POST /admin/uji-konsekuensi/:id/ajukan': checked('draft-test', 'edit'),
  'POST /admin/uji-konsekuensi/:id/periksa': checked('draft-test', 'review'),
  'POST /admin/uji-konsekuensi/:id/putusan': checked('draft-test', 'decide'),
  'GET /admin/uji-konsekuensi/:id/penetapan.pdf': checked('approved-test', 'internals'),
};

export function ruleFor(method: string, path: string): RouteRule | undefined {
  return ROUTE_RULES[`${method} ${path}`];
}
