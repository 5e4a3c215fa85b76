// The access rule of every HTTP route, stated against the policies in index.ts and classification.ts.
// tests/integration/authorization-matrix.test.ts calls every route of the app as every role (and, for
// classified content, at every security level) and checks the answer against these rules; a route
// that is missing here fails that test. The rules describe the gate; the domain functions enforce it.
import type { Action } from './index.js';

/**
 * What a route's decision is about, which also tells the matrix test how to fill the route's
 * parameters: `own-unit` is the actor's own unit (lists scoped to it); `unit`, `dip-entry`, `request`
 * (the units it was disposed to) and `disposition` come in a variant of the tested PPID Pembantu's
 * unit and one of another unit; the others only name the fixture that fills the parameters.
 */
export type RuleResource =
  'own-unit' | 'unit' | 'dip-entry' | 'dip-document' | 'request' | 'disposition' | 'user' | 'calendar-day' | 'outbox-message' | 'objection';

export type RouteRule =
  /** Open to everyone, signed in or not (the portal, citizens' pages, sign-in, the open APIs). */
  | { public: true }
  /** Every action must be allowed for the actor, on the resource when one is named. */
  | { actions: readonly Action[]; on?: RuleResource };

const open = { public: true } as const;
const staff = (...actions: Action[]): RouteRule => ({ actions: ['backoffice.view', ...actions] });
const on = (resource: RuleResource, ...actions: Action[]): RouteRule => ({ actions: ['backoffice.view', ...actions], on: resource });

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
  'GET /informasi': open,
  'GET /informasi/:slug': open,
  'GET /kategori/:kategori': open,
  'GET /cari': open,
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
  'GET /permohonan/keberatan': open,
  'POST /permohonan/keberatan': open,
  'GET /permohonan/keberatan/surat.pdf': open,
  'GET /permohonan/surat/:file': open,
  'POST /api/v1/requests': open,
  'GET /api/v1/requests/status': open,
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
  'POST /admin/kalender': staff('calendar.manage'),
  'GET /admin/kalender/:id/ubah': on('calendar-day', 'calendar.manage'),
  'POST /admin/kalender/:id': on('calendar-day', 'calendar.manage'),
  'POST /admin/kalender/:id/hapus': on('calendar-day', 'calendar.manage'),
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
  // Serta-merta information is published by its unit at once (UU KIP Ps 10; no review wait).
  'POST /admin/dip/:id/terbitkan-langsung': on('dip-entry', 'dip.edit'),
  // Monitoring: all units for dip.monitor, one's own unit for a PPID Pembantu.
  'GET /admin/monev': staff(),
  'GET /admin/monev/ekspor.xlsx': staff(),
  'GET /admin/monev/unit/:id': on('unit', 'dip.view'),
  'GET /admin/monev/daftar-periksa': staff('checklist.manage'),
  'POST /admin/monev/daftar-periksa': staff('checklist.manage'),
  // Requests.
  'GET /admin/permohonan': staff('request.list'),
  'GET /admin/permohonan/register': staff('request.register'),
  'GET /admin/permohonan/register.xlsx': staff('request.register'),
  'GET /admin/permohonan/:id': on('request', 'request.view'),
  'GET /admin/permohonan/:id/surat/:file': on('request', 'request.view', 'request.personal_data'),
  'POST /admin/permohonan/:id/disposisi': on('request', 'request.dispose'),
  'POST /admin/permohonan/:id/jawaban-unit': on('disposition', 'request.unit_answer'),
  'POST /admin/permohonan/:id/perpanjang': on('request', 'request.extend'),
  'POST /admin/permohonan/:id/pemberitahuan': on('request', 'request.respond'),
  // Objections.
  'GET /admin/keberatan': staff('objection.view'),
  'GET /admin/keberatan/:id': on('objection', 'objection.view'),
  'GET /admin/keberatan/:id/surat.pdf': on('objection', 'objection.view'),
  'POST /admin/keberatan/:id/putusan': on('objection', 'objection.decide'),
};

export function ruleFor(method: string, path: string): RouteRule | undefined {
  return ROUTE_RULES[`${method} ${path}`];
}
