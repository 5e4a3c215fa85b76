// Demo data: Pemerintah Kota Palangka Raya, its SOPD, a PPID Pembantu per unit, an Atasan PPID,
// a PPID Utama, a viewer and an administrator. Idempotent: a second run changes nothing.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { inTransaction, systemActor, type Ctx, type Role } from '../context.js';
import { units, users } from '../db/schema/index.js';
import { recordAudit } from '../domain/audit/record-audit.js';
import { hashPassword } from '../domain/accounts/passwords.js';
import { getPublicBody, updatePublicBody } from '../domain/org/public-body.js';
import { seedDemoDip } from './seed-dip.js';
import { seedDemoExemptions } from './seed-exemptions.js';
import { seedDemoRequests } from './seed-requests.js';

type SopdRow = { code: string; name: string; shortName: string; isPpidUtama: boolean };

const here = path.dirname(fileURLToPath(import.meta.url));
function dataFile(name: string): string {
  for (const c of [path.join(here, 'data', name), path.join(here, '..', 'src', 'demo', 'data', name)]) {
    try {
      readFileSync(c);
      return c;
    } catch {
      /* next */
    }
  }
  throw new Error(`demo data ${name} not found`);
}

import { DEMO_DOMAIN } from './demo-domain.js';

export { DEMO_DOMAIN };

export type DemoLogin = { email: string; password: string; role: string; unit?: string };

function password(): string {
  // Readable, 16 characters: letters and digits without look-alikes.
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Seeds the demo. Returns the logins created in this run (with their passwords, to be printed once),
 * or null when the demo was already there.
 */
export async function seedDemo(ctx: Ctx): Promise<DemoLogin[] | null> {
  const sopd = JSON.parse(readFileSync(dataFile('sopd-palangka-raya.json'), 'utf8')) as SopdRow[];
  const actor = systemActor('data contoh');
  const c: Ctx = { ...ctx, actor };
  const [already] = await c.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, `admin@${DEMO_DOMAIN}`));

  const logins: DemoLogin[] = [];
  const people: { email: string; name: string; roles: Role[]; unit: string | null; nip?: string }[] = [
    { email: `admin@${DEMO_DOMAIN}`, name: 'Administrator Sistem', roles: ['admin'], unit: 'diskominfo' },
    { email: `ppid.utama@${DEMO_DOMAIN}`, name: 'Rina Kartika Sari, S.Kom.', roles: ['ppid_utama'], unit: 'diskominfo', nip: '198204122006042011' },
    { email: `atasan.ppid@${DEMO_DOMAIN}`, name: 'Dr. H. Agus Salim, M.Si.', roles: ['atasan_ppid'], unit: 'setda', nip: '197011081995031002' },
    { email: `pemantau@${DEMO_DOMAIN}`, name: 'Tim Monev Komisi Informasi', roles: ['viewer'], unit: null },
  ];
  for (const s of sopd) {
    people.push({ email: `ppid.${s.code}@${DEMO_DOMAIN}`, name: `PPID Pembantu ${s.shortName}`, roles: ['ppid_pembantu'], unit: s.code });
  }

  await inTransaction(c, async (t) => {
    if (!(await getPublicBody(t.db))) {
      await updatePublicBody(t, {
        name: 'Pemerintah Kota Palangka Raya',
        shortName: 'Palangka Raya',
        address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112',
        phone: '(0536) 3222121',
        email: `ppid@${DEMO_DOMAIN}`,
        website: '',
        // The person who signs the PPID's letters (the demo PPID Utama), not the office.
        ppidContactName: 'Rina Kartika Sari, S.Kom.',
        ppidContactEmail: `ppid@${DEMO_DOMAIN}`,
        ppidContactPhone: '0811 5200 1234',
        serviceHours: 'Senin–Kamis: 08.00–15.30 WIB\nJumat: 08.00–11.00 WIB\nSabtu, Minggu dan hari libur nasional: tutup',
        agencyOfficerLabel: 'PPID Pembantu',
      });
    }
    const unitIds = new Map<string, string>();
    for (const s of sopd) {
      const [existing] = await t.db.select().from(units).where(eq(units.code, s.code));
      if (existing) {
        unitIds.set(s.code, existing.id);
        continue;
      }
      const now = t.clock.now();
      const [u] = await t.db
        .insert(units)
        .values({ code: s.code, name: s.name, shortName: s.shortName, isPpidUtama: s.isPpidUtama, createdAt: now, updatedAt: now })
        .returning();
      unitIds.set(s.code, u!.id);
      await recordAudit(t, { action: 'unit.created', entityType: 'unit', entityId: u!.id, after: { code: s.code, name: s.name } });
    }
    for (const p of people) {
      const [existing] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, p.email));
      if (existing) continue;
      const pw = password();
      const now = t.clock.now();
      const [u] = await t.db
        .insert(users)
        .values({
          email: p.email,
          name: p.name,
          nip: p.nip ?? null,
          unitId: p.unit ? (unitIds.get(p.unit) ?? null) : null,
          roles: p.roles,
          passwordHash: await hashPassword(pw),
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(t, { action: 'user.created', entityType: 'user', entityId: u!.id, after: { email: p.email, roles: p.roles } });
      logins.push({ email: p.email, password: pw, role: p.roles.join(','), ...(p.unit ? { unit: p.unit } : {}) });
    }
  });
  // The demo DIP catalog, played through the real workflow; does nothing when entries exist.
  await seedDemoDip(c);
  // Requests and an objection in every state of their handling; does nothing when requests exist.
  await seedDemoRequests(c);
  // Classified items at every level and consequence tests on the public DIK; does nothing when items exist.
  await seedDemoExemptions(c);
  return already && logins.length === 0 ? null : logins;
}

export function formatLogins(logins: DemoLogin[]): string {
  const lines = [
    '',
    '==================================================================',
    ' Data contoh dimuat. Akun contoh (kata sandi hanya dicetak SEKALI):',
    ' Demo data loaded. Demo accounts (passwords are printed only ONCE):',
    '==================================================================',
  ];
  for (const l of logins) lines.push(`  ${l.role.padEnd(14)} ${l.email.padEnd(44)} ${l.password}`);
  lines.push('==================================================================', '');
  return lines.join('\n');
}

/** True when the database holds accounts other than the demo's. */
export async function hasNonDemoUsers(ctx: Pick<Ctx, 'db'>): Promise<boolean> {
  const rows = await ctx.db.select({ email: users.email }).from(users);
  return rows.some((r) => !r.email.endsWith(`@${DEMO_DOMAIN}`));
}
