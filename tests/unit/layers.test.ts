// The layers point one way (docs/architecture.md, "One direction"): checked on the import graph of src/
// (scripts/import-graph.ts), type-only and dynamic imports included, so that a wrong turn cannot come back.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph, type ImportEdge } from '../../scripts/import-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Each area of src/ and the areas it must never import. */
const FORBIDDEN: Record<string, string[]> = {
  domain: ['jobs', 'letters', 'http', 'cli', 'demo'],
  mail: ['jobs', 'letters', 'http', 'cli'],
  i18n: ['domain', 'jobs', 'letters', 'http', 'mail'],
  letters: ['http', 'jobs', 'cli'],
  policies: ['http', 'jobs', 'letters', 'mail'],
  // documents/redact/redact-pdf.ts still appends the redaction-log letter (letters/redaction-log.ts): not yet ruled on letters.
  documents: ['http', 'jobs', 'mail', 'cli'],
  db: ['domain', 'http', 'jobs', 'letters', 'mail', 'policies'],
};

const areaOf = (file: string) => file.split('/')[1] ?? '';

function violations(edges: ImportEdge[], forbidden = FORBIDDEN): string[] {
  return edges
    .filter((e) => forbidden[areaOf(e.from)]?.includes(areaOf(e.to)))
    .map((e) => `${e.from} -> ${e.to} (${e.kind})`)
    .sort();
}

describe('layers', () => {
  const { edges } = importGraph(root);

  it('sees the files of every area it rules on', () => {
    const areas = new Set(importGraph(root).files.map(areaOf));
    for (const area of Object.keys(FORBIDDEN)) expect(areas).toContain(area);
  });

  it('has no import against the direction of the layers', () => {
    expect(violations(edges)).toEqual([]);
  });

  it('reports an import that goes the wrong way', () => {
    const wrong: ImportEdge[] = [
      { from: 'src/domain/dip/workflow.ts', to: 'src/jobs/text-extraction.ts', kind: 'static' },
      { from: 'src/i18n/index.ts', to: 'src/domain/dip/text.ts', kind: 'type' },
      { from: 'src/letters/pdf.ts', to: 'src/domain/org/public-body.ts', kind: 'static' },
    ];
    expect(violations(wrong)).toEqual([
      'src/domain/dip/workflow.ts -> src/jobs/text-extraction.ts (static)',
      'src/i18n/index.ts -> src/domain/dip/text.ts (type)',
    ]);
  });

  it('keeps background jobs as runners: mail composition lives in src/mail', () => {
    const { files } = importGraph(root);
    expect(files.filter((f) => /^src\/jobs\/(templates|enqueue)/.test(f))).toEqual([]);
  });
});
