// The inbox's deadline badge: overdue after the due date, due soon within the 3-working-day window, done once answered.
import { describe, expect, it } from 'vitest';
import { deadlineBadge } from '../../src/domain/requests/inbox.js';

describe('deadline badge', () => {
  const today = '2026-04-01';
  const soonLimit = '2026-04-06'; // 3 working days after Wednesday 1 April, Good Friday skipped
  it('marks open requests by their due date', () => {
    expect(deadlineBadge('received', '2026-03-31', today, soonLimit)).toBe('overdue');
    expect(deadlineBadge('in_progress', today, today, soonLimit)).toBe('due_soon');
    expect(deadlineBadge('extended', soonLimit, today, soonLimit)).toBe('due_soon');
    expect(deadlineBadge('received', '2026-04-07', today, soonLimit)).toBe('on_time');
  });
  it('gives answered and closed requests no deadline, even a late one', () => {
    expect(deadlineBadge('answered', '2026-03-01', today, soonLimit)).toBe('done');
    expect(deadlineBadge('closed', '2026-03-01', today, soonLimit)).toBe('done');
  });
});
