// The PPID Utama approves submitted DIP entries: their working versions become the published ones.
import { inTransaction, type Ctx } from '../../context.js';
import { authorize } from '../../policies/index.js';
import { loadEntry, publish } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';

/** The PPID Utama approves a submitted entry: its working version becomes the published one. */
export async function approveEntry(ctx: Ctx, id: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  return inTransaction(ctx, async (t) => publish(t, await loadEntry(t, id, true), 'approve'));
}

export async function approveEntries(ctx: Ctx, ids: string[]): Promise<DipEntry[]> {
  authorize(ctx.actor, 'dip.review');
  return inTransaction(ctx, async (t) => {
    const out: DipEntry[] = [];
    for (const id of [...new Set(ids)]) out.push(await publish(t, await loadEntry(t, id, true), 'approve'));
    return out;
  });
}
