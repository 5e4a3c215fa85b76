// The import graph of src/ read with the TypeScript compiler API: one edge per relative import, marked
// type-only (erased at run time), dynamic (`await import()`), or static; shared by import-cycles and the layer test.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type EdgeKind = 'static' | 'type' | 'dynamic';
export interface ImportEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listSources(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Resolves `./x.js` (NodeNext style) or `./x` to the .ts/.tsx file that exists, or undefined. */
function resolveRelative(fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  const stem = base.replace(/\.(js|jsx|mjs|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts'), join(stem, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Whether every named binding of an import is `type`-marked and there is no default/namespace binding. */
function allInlineTypes(clause: ts.ImportClause | undefined): boolean {
  if (!clause || clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings) || bindings.elements.length === 0) return false;
  return bindings.elements.every((e) => e.isTypeOnly);
}

/**
 * Every relative import and re-export in `srcDir`, as paths relative to `root`. `import { type A }` with
 * only inline type specifiers counts as type-only: it names nothing that exists at run time (the bundler
 * drops it, and nothing relies on its side effects).
 */
export function importGraph(root: string, srcDir = 'src'): { files: string[]; edges: ImportEdge[] } {
  const files = listSources(join(root, srcDir));
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const add = (spec: string, kind: EdgeKind) => {
      if (!spec.startsWith('.')) return;
      const target = resolveRelative(file, spec);
      if (target) edges.push({ from: relative(root, file), to: relative(root, target), kind });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const typeOnly = node.importClause?.isTypeOnly === true || allInlineTypes(node.importClause);
        add(node.moduleSpecifier.text, typeOnly ? 'type' : 'static');
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const typeOnly =
          node.isTypeOnly ||
          (node.exportClause !== undefined &&
            ts.isNamedExports(node.exportClause) &&
            node.exportClause.elements.length > 0 &&
            node.exportClause.elements.every((e) => e.isTypeOnly));
        add(node.moduleSpecifier.text, typeOnly ? 'type' : 'static');
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        add(node.arguments[0].text, 'dynamic');
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, 'type');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { files: files.map((f) => relative(root, f)), edges };
}

/** Strongly connected components with more than one file (or a file importing itself), by Tarjan. */
export function cyclicComponents(edges: ImportEdge[], kinds: EdgeKind[]): string[][] {
  const adj = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!kinds.includes(e.kind)) continue;
    if (!adj.has(e.from)) adj.set(e.from, new Set());
    adj.get(e.from)!.add(e.to);
    if (!adj.has(e.to)) adj.set(e.to, new Set());
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of adj.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || adj.get(v)!.has(v)) result.push(component.sort());
    }
  };
  for (const v of [...adj.keys()].sort()) if (!index.has(v)) strong(v);
  return result;
}

/** One shortest cycle through the first file of a component (breadth-first), for a readable report. */
export function shortestCycle(edges: ImportEdge[], kinds: EdgeKind[], component: string[]): string[] {
  const inside = new Set(component);
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (!kinds.includes(e.kind) || !inside.has(e.from) || !inside.has(e.to)) continue;
    adj.set(e.from, [...(adj.get(e.from) ?? []), e.to]);
  }
  const start = component[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of adj.get(v) ?? []) {
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}
