// No import cycle among the static imports of src/ (scripts/import-cycles.ts lists them): a cycle makes
// load order matter and lets one half of a module see the other half undefined.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclicComponents, importGraph, shortestCycle } from '../../scripts/import-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('import cycles', () => {
  const { edges } = importGraph(root);

  it('finds the imports (the graph is not empty)', () => {
    expect(edges.filter((e) => e.kind === 'static').length).toBeGreaterThan(1000);
  });

  it('has no cycle of runtime imports in src/', () => {
    const cycles = cyclicComponents(edges, ['static']).map((c) => shortestCycle(edges, ['static'], c).join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('detects a cycle when there is one', () => {
    const made = [
      { from: 'a.ts', to: 'b.ts', kind: 'static' as const },
      { from: 'b.ts', to: 'a.ts', kind: 'static' as const },
      { from: 'b.ts', to: 'c.ts', kind: 'type' as const },
      { from: 'c.ts', to: 'b.ts', kind: 'static' as const },
    ];
    expect(cyclicComponents(made, ['static'])).toEqual([['a.ts', 'b.ts']]);
    expect(cyclicComponents(made, ['static', 'type'])).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(shortestCycle(made, ['static'], ['a.ts', 'b.ts'])).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });
});
