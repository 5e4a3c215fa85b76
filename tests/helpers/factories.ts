// Set-ups many test files share: a citizen's request, the public body's profile, and the units of the
// city. Each returns plain values so that a test can still change what it cares about.
import type { RequestInput } from '../../src/domain/requests/input.js';
import { publicBody, units } from '../../src/db/schema/index.js';
import type { TestApp } from './app.js';

/** A typical request by a private person, for the drainage contract of the street they live on. */
export function citizenRequest(over: Partial<RequestInput> = {}): RequestInput {
  return {
    applicantType: 'perorangan',
    name: 'Yohanes Dambung',
    idNumber: '6271031203870004',
    address: 'Jl. Rajawali VII No. 12, Palangka Raya',
    occupation: 'Wiraswasta',
    phone: '0812 5100 2233',
    email: 'yohanes@warga.example',
    proxyName: '',
    details: 'Salinan dokumen kontrak pembangunan drainase Jalan G. Obos tahun anggaran 2025 beserta adendumnya.',
    purpose: 'Memantau pelaksanaan pembangunan di lingkungan tempat tinggal.',
    obtainMethod: 'salinan',
    copyFormat: 'softcopy',
    deliveryMethod: 'email',
    unit: 'dpupr',
    consent: true,
    ...over,
  };
}

type PublicBodyRow = typeof publicBody.$inferInsert;

/** The city's profile as the letters need it (letterhead, signer, time zone); kept if one exists. */
export async function insertPublicBody(t: Pick<TestApp, 'db'>, over: Partial<PublicBodyRow> = {}): Promise<void> {
  await t.db.db
    .insert(publicBody)
    .values({
      id: 1,
      name: 'Pemerintah Kota Palangka Raya',
      shortName: 'Palangka Raya',
      address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya 73112',
      phone: '(0536) 3221000',
      email: 'ppid@palangkaraya.go.id',
      ppidContactName: 'Rina Kartika Sari, S.Kom.',
      timeZone: 'Asia/Jakarta',
      atasanPpidPosition: 'Sekretaris Daerah',
      headOfBodyTitle: 'Wali Kota',
      ...over,
    })
    .onConflictDoNothing();
}

/** Units by code, inserted directly; returns their ids by code. */
export async function insertUnits(t: Pick<TestApp, 'db'>, rows: { code: string; name: string; isPpidUtama?: boolean }[]): Promise<Record<string, string>> {
  const made = await t.db.db.insert(units).values(rows).returning();
  return Object.fromEntries(made.map((u) => [u.code, u.id]));
}
