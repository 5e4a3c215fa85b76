// Small helpers on ids shared by every layer (domain, jobs, letters, policies, cli, backup): defined once here.
import { z } from 'zod';
import type { Ctx } from '../context.js';

const UUID = z.uuid();

/** Whether a string from a URL or form is a UUID; ids that are not are answered as unknown before any query. */
export function isUuid(id: string): boolean {
  return UUID.safeParse(id).success;
}

/** The signed-in officer's or citizen's id for the *_by columns; null for the system and anonymous callers. */
export function actorId(ctx: Pick<Ctx, 'actor'>): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.id : null;
}
