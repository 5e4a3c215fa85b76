// Lists the import cycles in src/: runtime cycles (static imports, the ones that decide load order) and
// all cycles (type-only and dynamic imports too). Run: npx tsx scripts/import-cycles.ts; exits 1 on a runtime cycle.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cyclicComponents, importGraph, shortestCycle, type EdgeKind } from './import-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { files, edges } = importGraph(root);

const report = (label: string, kinds: EdgeKind[]): number => {
  const components = cyclicComponents(edges, kinds);
  console.log(`${label}: ${components.length} cycle(s)`);
  for (const component of components) {
    console.log(`  ${component.length} files; e.g. ${shortestCycle(edges, kinds, component).join(' -> ')}`);
    if (component.length > 2) for (const file of component) console.log(`    ${file}`);
  }
  return components.length;
};

console.log(`${files.length} files, ${edges.length} relative imports`);
const runtime = report('runtime (static imports)', ['static']);
report('all (static, dynamic and type-only imports)', ['static', 'dynamic', 'type']);
process.exitCode = runtime > 0 ? 1 : 0;
