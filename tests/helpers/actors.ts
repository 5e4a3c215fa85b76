// Actors for the unit tests of policies and pure logic: a signed-in user with the roles, unit and clearance a case needs.
import type { Role, UserActor } from '../../src/context.js';
import type { Clearance } from '../../src/db/schema/classification.js';

/** A signed-in user with these roles, of this unit (none: the body's level), with this security clearance. */
export function user(roles: Role[], unitId: string | null = null, clearance: Clearance = 'none', id = 'u1'): UserActor {
  return { kind: 'user', id, name: 'U', email: 'u@x', roles, unitId, locale: 'id', clearance };
}
