// The mandatory "berkala" checklist (UU KIP Ps 9; the ten minimum headings seeded by the migration):
// reading it, and its editing by the PPID Utama, every change audited.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { berkalaChecklist } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { SUBTYPES } from './subtypes.js';

export type ChecklistHeading = typeof berkalaChecklist.$inferSelect;

/** Only sub-types that berkala information can have can satisfy a berkala heading. */
export const BERKALA_SUBTYPES = SUBTYPES.filter((s) => s.categories.includes('berkala'));
const BERKALA_CODES = new Set(BERKALA_SUBTYPES.map((s) => s.code));

export const ZChecklistHeading = z.object({
  title: z
    .string()
    .trim()
    .min(5, { message: 'Judul butir wajib diisi (minimal 5 karakter).' })
    .max(300, { message: messageRef('requests-case.most_300_characters') }),
  subtypes: z
    .array(z.string().refine((s) => BERKALA_CODES.has(s), { message: 'Jenis informasi tidak dikenal atau bukan jenis informasi berkala.' }))
    .min(1, { message: 'Pilih minimal satu jenis informasi yang memenuhi butir ini.' }),
  position: z.coerce
    .number({ message: 'Urutan harus angka.' })
    .int({ message: 'Urutan harus angka.' })
    .min(0, { message: 'Urutan minimal 0.' })
    .max(999, { message: 'Urutan maksimal 999.' }),
  active: z.boolean(),
});
export type ChecklistHeadingInput = z.infer<typeof ZChecklistHeading>;

/** The checklist in its order; inactive headings only when asked. */
export async function listChecklist(ctx: Ctx, opts: { includeInactive?: boolean } = {}): Promise<ChecklistHeading[]> {
  authorize(ctx.actor, 'backoffice.view');
  const q = ctx.db.select().from(berkalaChecklist);
  const rows = await (opts.includeInactive ? q : q.where(eq(berkalaChecklist.active, true))).orderBy(
    asc(berkalaChecklist.position),
    asc(berkalaChecklist.code),
  );
  return rows;
}

const fieldsOf = (h: ChecklistHeading): ChecklistHeadingInput => ({ title: h.title, subtypes: [...h.subtypes], position: h.position, active: h.active });

/**
 * Saves the edited headings (keyed by code) in one transaction; each heading that changed gets one
 * `checklist.updated` audit row with what changed. Returns the number of changed headings.
 */
export async function saveChecklist(ctx: Ctx, changes: Record<string, ChecklistHeadingInput>): Promise<number> {
  authorize(ctx.actor, 'checklist.manage');
  const parsed: Record<string, ChecklistHeadingInput> = {};
  for (const [code, raw] of Object.entries(changes)) parsed[code] = ZChecklistHeading.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const current = new Map((await tx.select().from(berkalaChecklist).for('update')).map((h) => [h.code, h]));
    let changed = 0;
    for (const [code, next] of Object.entries(parsed)) {
      const before = current.get(code);
      if (!before) throw errors.validation({ [`title_${code}`]: catalogueMessages('dip-entry.checklist.unknown_checklist_heading') });
      const prev = fieldsOf(before);
      const subtypes = [...new Set(next.subtypes)];
      const after = { ...next, subtypes };
      if (JSON.stringify(prev) === JSON.stringify(after)) continue;
      await tx.update(berkalaChecklist).set(after).where(eq(berkalaChecklist.code, code));
      await recordAudit(t, { action: 'checklist.updated', entityType: 'berkala_checklist', entityId: code, before: prev, after });
      changed++;
    }
    return changed;
  });
}

/** A code from a title: lower-case ASCII words joined by underscores, at most 40 characters. */
export function checklistCode(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36)
    .replace(/_+$/, '');
  return s || 'butir';
}

/** Adds a heading at the end of the list (or at the given position); its code is made from the title. */
export async function addChecklistHeading(ctx: Ctx, raw: ChecklistHeadingInput): Promise<ChecklistHeading> {
  authorize(ctx.actor, 'checklist.manage');
  const input = ZChecklistHeading.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const rows = await tx.select({ code: berkalaChecklist.code, position: berkalaChecklist.position }).from(berkalaChecklist).for('update');
    const taken = new Set(rows.map((r) => r.code));
    const base = checklistCode(input.title);
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
    const position = input.position > 0 ? input.position : rows.reduce((m, r) => Math.max(m, r.position), 0) + 1;
    const [row] = await tx
      .insert(berkalaChecklist)
      .values({ code, title: input.title, subtypes: [...new Set(input.subtypes)], position, active: input.active })
      .returning();
    await recordAudit(t, {
      action: 'checklist.added',
      entityType: 'berkala_checklist',
      entityId: code,
      after: { title: row!.title, subtypes: row!.subtypes, position, active: row!.active },
    });
    return row!;
  });
}
