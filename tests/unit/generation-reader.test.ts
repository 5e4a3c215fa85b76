// Shared reads of the public generation: a caller never gets a read that began before it called.
import { describe, expect, it } from 'vitest';
import { generationReader } from '../../src/db/client.js';

function controlledReads() {
  const started: { resolve(n: number): void; reject(e: Error): void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { read, started };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('generationReader', () => {
  it('starts a read for the first caller and makes later callers wait for the next read, shared', async () => {
    const { read, started } = controlledReads();
    const get = generationReader(read);
    const a = get();
    expect(started).toHaveLength(1);
    const b = get();
    const c = get();
    // b and c called while read 1 was in flight: they must not get its answer, and share one next read.
    expect(started).toHaveLength(1);
    started[0]!.resolve(5);
    expect(await a).toBe(5);
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.resolve(6);
    expect(await b).toBe(6);
    expect(await c).toBe(6);
    // Idle again: the next caller starts its own read.
    const d = get();
    await tick();
    expect(started).toHaveLength(3);
    started[2]!.resolve(7);
    expect(await d).toBe(7);
  });

  it('passes a failed read to its callers and recovers', async () => {
    const { read, started } = controlledReads();
    const get = generationReader(read);
    const a = get();
    const b = get();
    started[0]!.reject(new Error('database gone'));
    await expect(a).rejects.toThrow('database gone');
    await tick();
    started[1]!.resolve(9);
    expect(await b).toBe(9);
  });
});
