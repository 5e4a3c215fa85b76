// The sealed texts of the classified register, measured: what the register's search adds per request
// when it opens every readable row in memory (unwrap the item's data key, open title and description,
// match), for N items, against matching the same plain rows (the baseline). Prints figures; asserts
// nothing. Run: npx tsx bench/sealed-text.ts [--items 500] [--rounds 20]
import { parseArgs } from 'node:util';
import { newDataKey, newMasterKey, openText, sealText, unwrapDataKey, wrapDataKey } from '../src/documents/encryption.js';
import { fmt, machineLine } from './lib.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '500' }, rounds: { type: 'string', default: '20' } } });
const N = Number(values.items);
const ROUNDS = Number(values.rounds);

const master = newMasterKey(new Date());
const plain = Array.from({ length: N }, (_, i) => ({
  title: `Laporan hasil pemeriksaan khusus nomor ${i} tentang pengadaan barang dan jasa`,
  description: `Uraian ${i}: `.padEnd(600, 'isi rincian pemeriksaan dan temuan auditor '),
}));
const sealed = plain.map((p) => {
  const key = newDataKey();
  return { wrappedKey: wrapDataKey(master, key), title: sealText(p.title, key), description: sealText(p.description, key) };
});

function run(q: string, open: boolean): number {
  const t = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    let hits = 0;
    for (let i = 0; i < N; i++) {
      let title: string;
      let description: string;
      if (open) {
        const key = unwrapDataKey(master, sealed[i]!.wrappedKey);
        title = openText(sealed[i]!.title, key);
        description = openText(sealed[i]!.description, key);
      } else {
        title = plain[i]!.title;
        description = plain[i]!.description;
      }
      if (title.toLocaleLowerCase('id').includes(q) || description.toLocaleLowerCase('id').includes(q)) hits++;
    }
    if (hits < 0) throw new Error('unreachable');
  }
  return (performance.now() - t) / ROUNDS;
}

console.log(machineLine());
run('x', true); // warm up
const base = run('nomor 4', false);
const opened = run('nomor 4', true);
console.log(`register search over ${N} readable items (title + ~600-character description), mean of ${ROUNDS} rounds:`);
console.log(`  plain rows matched in memory (baseline): ${fmt(base, 2)} ms`);
console.log(`  sealed rows: unwrap key, open, match:    ${fmt(opened, 2)} ms  (${fmt((opened / N) * 1000, 1)} µs per item)`);
