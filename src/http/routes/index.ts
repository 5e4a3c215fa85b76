// Every router and where it is mounted, in one place and in the order that decides which route wins:
// the API, the public site, then the back office under /admin behind its gate.
import { Hono } from 'hono';
import { apiRoutes } from '../api/index.js';
import type { Env } from '../types.js';
import { backofficeGuard } from './admin/guard.js';
import { calendarAdminRoutes } from './admin/calendar.js';
import { foundationRoutes } from './admin/foundation.js';
import { outboxRoutes } from './admin/outbox.js';
import { privacyAdminRoutes } from './admin/privacy.js';
import { searchDictionaryAdminRoutes } from './admin/search-dictionary.js';
import { classifiedAdminRoutes } from './classified/admin.js';
import { dipAdminRoutes } from './dip/admin.js';
import { documentAdminRoutes, documentPublicRoutes } from './dip/documents.js';
import { dipExportAdminRoutes, dipExportPublicRoutes } from './dip/exports.js';
import { penetapanAdminRoutes, penetapanPublicRoutes } from './dip/penetapan.js';
import { exemptionAdminRoutes } from './exemptions/admin.js';
import { dikRoutes } from './exemptions/public-register.js';
import { redactionAdminRoutes } from './exemptions/redaction.js';
import { calculatorRoutes } from './portal/calculator.js';
import { portalRoutes } from './portal/portal.js';
import { publicRoutes } from './portal/public.js';
import { annualReportRoutes } from './reports/annual-report.js';
import { monevRoutes } from './reports/monev.js';
import { searchClickRoutes, searchLogAdminRoutes } from './reports/search-log.js';
import { requestAdminRoutes } from './requests/admin.js';
import { citizenRoutes } from './requests/citizen.js';
import { disputeAdminRoutes } from './requests/disputes.js';
import { requestFileAdminRoutes, requestFilePublicRoutes } from './requests/files.js';
import { identityScanAdminRoutes } from './requests/identity-scan.js';
import { intakeAdminRoutes } from './requests/intake.js';
import { objectionGroundBRoutes } from './requests/objection-ground-b.js';
import { objectionAdminRoutes } from './requests/objections.js';
import { requestRoutes } from './requests/public.js';

/** The back office, mounted at /admin: the gate first, then the foundation's pages, then each area. */
function backofficeRoutes(): Hono<Env> {
  const admin = new Hono<Env>();
  admin.use('*', backofficeGuard);
  admin.route('/', foundationRoutes);
  admin.route('/kotak-keluar', outboxRoutes);
  admin.route('/dip', documentAdminRoutes);
  admin.route('/dip', dipExportAdminRoutes);
  admin.route('/dip', dipAdminRoutes);
  admin.route('/penetapan-dip', penetapanAdminRoutes);
  admin.route('/monev', monevRoutes);
  admin.route('/pencarian', searchLogAdminRoutes);
  admin.route('/kalender', calendarAdminRoutes);
  admin.route('/pencarian/kamus', searchDictionaryAdminRoutes);
  // intake: staff intake of requests and objections (before the routes whose /:id would take "baru")
  admin.route('/', intakeAdminRoutes);
  admin.route('/keberatan', objectionAdminRoutes);
  admin.route('/permohonan', identityScanAdminRoutes);
  admin.route('/permohonan', requestAdminRoutes);
  admin.route('/permohonan', requestFileAdminRoutes); // case-docs: files, handover, publish to the DIP
  admin.route('/penghitaman', redactionAdminRoutes);
  admin.route('/informasi', classifiedAdminRoutes);
  admin.route('/laporan-tahunan', annualReportRoutes);
  admin.route('/', privacyAdminRoutes);
  admin.route('/uji-konsekuensi', exemptionAdminRoutes);
  admin.route('/sengketa', disputeAdminRoutes);
  return admin;
}

/** Mounts every router on the application, after its middleware. */
export function mountRoutes(app: Hono<Env>): void {
  app.route('/', apiRoutes);
  app.route('/', portalRoutes);
  app.route('/', searchClickRoutes);
  app.route('/', documentPublicRoutes);
  app.route('/', dipExportPublicRoutes);
  app.route('/', penetapanPublicRoutes);
  app.route('/', dikRoutes);
  app.route('/', publicRoutes);
  app.route('/', calculatorRoutes);
  app.route('/', requestRoutes);
  app.route('/', objectionGroundBRoutes); // objection ground b without a request
  app.route('/', citizenRoutes);
  app.route('/', requestFilePublicRoutes); // case-docs: applicant's downloads, "pernah dimohon"
  app.route('/admin', backofficeRoutes());
}
