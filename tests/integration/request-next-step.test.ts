// The request page shows, for each state of the case and each role, one "Langkah berikutnya" panel with only
// the form due (counted: forms and visible inputs), other actions folded, and no form for a finished step.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { requestDispositions, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { answerDisposition } from '../../src/domain/requests/answer-disposition.js';
import { disposeRequest } from '../../src/domain/requests/dispose-request.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';

/**
 * The panel's step, its forms and inputs (hidden ones aside); the case's forms anywhere on the page, apart
 * from the files panel (attaching information is not a step of the case; its forms sit in a closed
 * <details>, counted separately as filesForms).
 */
function shape(html: string) {
  const whole = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const files = /<section[^>]*id="berkas-perkara"[^>]*>[\s\S]*?<\/section>/.exec(whole)?.[0] ?? '';
  const main = whole.replace(files, '');
  const m = /<section[^>]*data-next-step="([a-z_]+)"[^>]*>([\s\S]*?)<\/section>/.exec(main);
  const panel = m?.[2] ?? '';
  const actions = (s: string) => [...s.matchAll(/<form[^>]*action="\/admin\/permohonan\/[^"]+?(\/[a-z-]+)?"/g)].map((x) => x[1] ?? 'GET');
  return {
    panels: (main.match(/data-next-step=/g) ?? []).length,
    step: m?.[1],
    panelForms: actions(panel),
    panelInputs: (panel.match(/<(input|select|textarea)\b(?![^>]*type="hidden")/g) ?? []).length,
    pageForms: actions(main).sort(),
    filesForms: actions(files).sort(),
    filesFolded: !files || /<details(?![^>]*\bopen\b)[^>]*>\s*<summary>[^<]*<\/summary>\s*<form/.test(files),
  };
}

describe(`the request page shows the next step only (${backendName})`, () => {
  let t: TestApp;
  let dpupr = '';
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });
  const actor = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  async function page(email: string, path: string) {
    const b = new Browser(t.app, '10.3.0.1');
    await b.login(email);
    const res = await b.get(path);
    expect(res.status, `${email} ${path}`).toBe(200);
    return shape(res.text);
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    dpupr = (await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas PUPR' }).returning())[0]!.id;
    await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' });
    await makeUser(t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pupr@uji.example', roles: ['ppid_pembantu'], unitId: dpupr });
    await makeUser(t.ctx, { email: 'lihat@uji.example', roles: ['viewer'] });
  });
  afterAll(async () => t.dispose());

  it('walks a case through every state: the due form in the panel, finished steps without a form', async () => {
    const { request } = await submitRequest(system(), citizenRequest());
    const path = `/admin/permohonan/${request.id}`;

    // Received: the PPID Utama disposes; the notice's decision and the extension are other actions.
    let lead = await page('utama@uji.example', path);
    expect(lead).toMatchObject({ panels: 1, step: 'dispose', panelForms: ['/disposisi'] });
    expect(lead.panelInputs).toBe(2 + 2); // two units, the instruction and the internal deadline
    expect(lead.pageForms).toEqual(['/disposisi', '/perpanjang', '/pindaian-surat', 'GET']);
    expect(lead.filesForms).toEqual(['/berkas', '/dip', '/penghitaman']);
    expect(lead.filesFolded).toBe(true);
    // Read-only: waiting, no form at all.
    expect(await page('lihat@uji.example', path)).toMatchObject({ panels: 1, step: 'wait', panelForms: [], pageForms: [] });

    // Disposed: the unit answers; the PPID Utama waits (and may still extend or answer for the unit, folded).
    const utama = await actor('utama@uji.example');
    await disposeRequest(utama, request.id, { unitIds: [dpupr], instruction: 'Mohon siapkan datanya.', internalDueDate: '' });
    const unit = await page('pupr@uji.example', path);
    expect(unit).toMatchObject({ panels: 1, step: 'unit_answer', panelForms: ['/jawaban-unit'], panelInputs: 2, pageForms: ['/jawaban-unit'] });
    lead = await page('utama@uji.example', path);
    expect(lead).toMatchObject({ panels: 1, step: 'wait', panelForms: [] });
    expect(lead.pageForms).toEqual(['/disposisi', '/jawaban-unit', '/perpanjang', '/pindaian-surat', 'GET']);

    // The unit answered: the notice is due, its first step is the decision alone (five choices, a GET).
    const [d] = await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, request.id));
    await answerDisposition(await actor('pupr@uji.example'), request.id, { dispositionId: d!.id, answer: 'Data tersedia dalam 3 lembar.', note: '' });
    lead = await page('utama@uji.example', path);
    expect(lead).toMatchObject({ panels: 1, step: 'respond', panelForms: ['GET'], panelInputs: 5 });
    expect(lead.pageForms).not.toContain('/jawaban-unit');
    expect(await page('pupr@uji.example', path)).toMatchObject({ step: 'wait', pageForms: [] });
    // Step 2: the decision's fields only (given in full: what is given, form, delivery, time; costs folded; note).
    const given = await page('utama@uji.example', `${path}?hasil=diberikan_seluruhnya`);
    expect(given).toMatchObject({ step: 'respond', panelForms: ['/pemberitahuan'] });
    expect(given.panelInputs).toBe(1 + 2 + 1 + 1 + 4 + 1);
    const refused = await page('utama@uji.example', `${path}?hasil=tidak_dikuasai`);
    expect(refused.panelInputs).toBe(3); // the body that holds it, the reasons, the note
    // An unknown decision is the first step again.
    expect(await page('utama@uji.example', `${path}?hasil=xyz`)).toMatchObject({ panelForms: ['GET'], panelInputs: 5 });

    // Answered: nothing is due; no form of a finished step (only the scan of a signed letter, folded).
    await respondRequest(utama, request.id, { outcome: 'tidak_dikuasai', held: 'tidak', holderBody: 'BPN Kota' });
    lead = await page('utama@uji.example', path);
    expect(lead).toMatchObject({ panels: 1, step: 'done', panelForms: [], pageForms: ['/pindaian-surat'] });
    expect(await page('pupr@uji.example', path)).toMatchObject({ step: 'done', pageForms: [] });
  });

  it('a refused notice comes back at its second step with the message; a missing decision at the first', async () => {
    const { request } = await submitRequest(system(), { ...citizenRequest(), email: 'dua@warga.example' });
    const path = `/admin/permohonan/${request.id}`;
    const b = new Browser(t.app, '10.3.0.2');
    await b.login('utama@uji.example');
    await b.get(path);
    const none = await b.post(`${path}/pemberitahuan`, { held: 'ya' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('href="#f-hasil"');
    expect(none.text).toContain('Pilih keputusan atas permohonan.');
    expect(shape(none.text).pageForms).toContain('GET');
    const noReason = await b.post(`${path}/pemberitahuan`, { outcome: 'belum_didokumentasikan', held: 'ya' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Tuliskan alasannya.');
    expect(noReason.text).toContain('name="outcome" value="belum_didokumentasikan"');
    // The notice is an other action here (the disposition is due): its disclosure comes back open.
    expect(noReason.text).toMatch(/<details class="filter-box other-actions" open/);
  });
});
