// Moves the inline two-language strings `tx(v, 'Indonesian', 'English')` into the message catalogue
// (src/i18n/messages/<area>.ts) and rewrites each call to `tm(v, 'area.stem.slug', { params })`.
// Re-runnable and idempotent: a converted call is no longer a `tx` call; an id/en pair already in its area of
// the catalogue reuses its key; the block of src/i18n/catalogue.ts between the codemod-messages
// markers is rewritten from the files in src/i18n/messages/. Calls it cannot convert are left as they are
// and listed (arguments that are not literals, interpolations that differ between the languages, braces in
// the text). It also turns the inline `{ id: '…', en: '…' }` pairs given to an AppError (new AppError,
// errors.*, wrongState, conflict) into catalogueMessages('key', params).
// Run: npx tsx scripts/codemod-messages.ts [--dry-run]; then npx tsc --noEmit -p .
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const messagesDir = join(src, 'i18n', 'messages');
const cataloguePath = join(src, 'i18n', 'catalogue.ts');
const layoutPath = join(src, 'http', 'components', 'layout.tsx');
const dryRun = process.argv.includes('--dry-run');

type Entry = { id: string; en: string };

// --- the catalogue as it is ------------------------------------------------------------------------------

/** camelCase identifier of an area name (search-log -> searchLog). */
const ident = (area: string) => area.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());

/** The area modules on disk: area name (the file's stem) -> entries in file order. */
async function readAreas(): Promise<Map<string, Map<string, Entry>>> {
  const out = new Map<string, Map<string, Entry>>();
  for (const f of readdirSync(messagesDir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const area = f.slice(0, -3);
    const mod = (await import(pathToFileURL(join(messagesDir, f)).href)) as Record<string, Record<string, Entry>>;
    const obj = mod[ident(area)];
    if (!obj) throw new Error(`${f} does not export ${ident(area)}`);
    out.set(area, new Map(Object.entries(obj)));
  }
  return out;
}

// --- naming ----------------------------------------------------------------------------------------------

/**
 * Areas whose messages are kept in several modules, one per group of pages or use cases (files stay small,
 * architecture.md rule 14): a file's module is the first whose pattern matches its path below the area's folder
 * (`disputes/list` for src/http/pages/requests/disputes/list.tsx, `track-request` for
 * src/domain/requests/track-request.ts); the last pattern takes the rest. A module's keys start with its name.
 */
export const SPLIT_AREAS: Record<string, readonly (readonly [RegExp, string])[]> = {
  requests: [
    [/^disputes(\/|$)/, 'requests-disputes'],
    [/^objection/, 'requests-objections'],
    [/(^|\/)files$|request-file$|^case-files|^record-handover$/, 'requests-files'],
    [/^(track|citizen|own-data)/, 'requests-tracking'],
    [/^(form|request-fields|sent|submit-request|input|form-tokens|open-request|identity-scan|public)$/, 'requests-form'],
    [/^(intake|intake-facts|list|register|inbox|record-request-intake|open-intake-scan)$/, 'requests-intake'],
    [/(?:)/, 'requests-case'],
  ],
  dip: [
    [/^(form|form-fields|admin-form|input|create-dip-draft|update-dip-entry)$/, 'dip-form'],
    [/^(import|import-.+|parse-import-file|build-import-template)$/, 'dip-import'],
    [
      /^(detail|detail-parts|review|list-dip-review-queue|get-dip-entry|checklist|confirm-personal-data|workflow|workflow-shared|(submit|approve)-dip-entries|(return|publish|unpublish)-dip-entry)$/,
      'dip-entry',
    ],
    [/(?:)/, 'dip'],
  ],
  exemptions: [
    [/^(form|input|draft-test)$/, 'exemptions-form'],
    [/^redaction(\/|$)/, 'exemptions-redaction'],
    [/(?:)/, 'exemptions'],
  ],
};

/** The area a source file's messages go to, from its path. */
export function areaOf(file: string): string {
  const parts = relative(src, file).split(/[\\/]/);
  let area: string;
  let below: string[] = [];
  if (parts[0] === 'http') {
    if (parts[1] === 'components') return 'components';
    if (parts.length <= 3) return 'http';
    area = parts[2]!;
    below = parts.slice(3);
  } else if (parts[0] === 'domain' && parts.length > 2) {
    area = parts[1]!;
    below = parts.slice(2);
  } else return parts[0]!.replace(/\.tsx?$/, '');
  const split = SPLIT_AREAS[area];
  if (!split) return area;
  const sub = below.join('/').replace(/\.tsx?$/, '');
  return split.find(([pattern]) => pattern.test(sub))![1];
}

const STOP = new Set('the a an of to is be and or in for at on this that it its as by with'.split(' '));

/** A short slug of an English text: its first words, lower case, without placeholders. */
export function slug(en: string): string {
  const words = en
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.filter((w) => !STOP.has(w));
  return (words ?? []).slice(0, 5).join('_') || 'text';
}

/** The name of a placeholder for an interpolated expression: `n` -> n, `unit.name` -> unitName. */
export function paramName(expr: string): string {
  const words =
    expr
      .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, ' ')
      .match(/[A-Za-z_$][\w$]*/g)
      ?.filter((w) => !['await', 'new', 'typeof', 'String', 'Number', 'v', 'locale'].includes(w)) ?? [];
  const picked = words.slice(-3);
  const name = picked.map((w, i) => (i === 0 ? w.replace(/^\$+/, '') : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_]\w*$/.test(name) ? name : 'value';
}

// --- reading one call ------------------------------------------------------------------------------------

/** The literal parts of a string or template literal and its interpolated expressions. */
type Literal = { parts: string[]; exprs: string[] };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The parts of a string or template literal; null for anything else (a variable, a call, a condition). */
function literal(node: ts.Expression, sf: ts.SourceFile): Literal | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { parts: [node.text], exprs: [] };
  if (ts.isParenthesizedExpression(node)) return literal(node.expression, sf);
  if (!ts.isTemplateExpression(node)) return null;
  return {
    parts: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)],
    exprs: node.templateSpans.map((s) => norm(s.expression.getText(sf))),
  };
}

/** The message text of a literal with each expression replaced by its placeholder. */
function withPlaceholders(node: ts.Expression, sf: ts.SourceFile, names: Map<string, string>): string {
  if (ts.isParenthesizedExpression(node)) return withPlaceholders(node.expression, sf, names);
  if (!ts.isTemplateExpression(node)) return (node as ts.StringLiteral).text;
  let s = node.head.text;
  for (const span of node.templateSpans) s += `{${names.get(norm(span.expression.getText(sf)))!}}${span.literal.text}`;
  return s;
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;

/** A catalogue entry and the params argument for two literals, or why they cannot become one. */
function entryOf(idArg: ts.Expression, enArg: ts.Expression, sf: ts.SourceFile): { entry: Entry; params: string } | string {
  const id = literal(idArg, sf);
  const en = literal(enArg, sf);
  if (!id || !en) return 'a language is not a string or template literal';
  const idSet = [...new Set(id.exprs)].sort();
  const enSet = [...new Set(en.exprs)].sort();
  if (idSet.join('\u0000') !== enSet.join('\u0000')) return 'the interpolations differ between the languages';
  if ([...id.parts, ...en.parts].some((t) => /[{}]/.test(t))) return 'the text has braces of its own';
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const e of idSet) {
    const base = paramName(e);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}${i}`;
    used.add(name);
    names.set(e, name);
  }
  const entry = { id: withPlaceholders(idArg, sf, names), en: withPlaceholders(enArg, sf, names) };
  if (!entry.id.trim() || !entry.en.trim()) return 'an empty text';
  const params = idSet.length ? `, { ${idSet.map((e) => (names.get(e) === e ? e : `${names.get(e)}: ${e}`)).join(', ')} }` : '';
  return { entry, params };
}

/** Callees whose arguments are an AppError's messages (the error itself, the errors.* factories, the areas' helpers). */
const ERROR_CALLEE = /^(new AppError|errors\.\w+|wrongState|conflict|invalidParams)$/;

/** An object literal `{ id: '…', en: '…' }` (nothing else in it) given to an AppError, directly or as a field's message. */
function isErrorPair(n: ts.Node): n is ts.ObjectLiteralExpression {
  if (!ts.isObjectLiteralExpression(n) || n.properties.length !== 2) return false;
  const names = n.properties.map((p) => (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) ? p.name.text : '')).sort();
  if (names.join() !== 'en,id') return false;
  let up: ts.Node = n.parent;
  while (ts.isPropertyAssignment(up) || ts.isObjectLiteralExpression(up) || ts.isParenthesizedExpression(up)) up = up.parent;
  if (ts.isCallExpression(up)) return ERROR_CALLEE.test(up.expression.getText());
  if (ts.isNewExpression(up)) return ERROR_CALLEE.test(`new ${up.expression.getText()}`);
  return false;
}

const prop = (o: ts.ObjectLiteralExpression, name: string) =>
  (o.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name) as ts.PropertyAssignment).initializer;

/** The import specifier from a file to src/i18n/catalogue.js. */
function catalogueSpec(file: string): string {
  const rel = relative(dirname(file), join(src, 'i18n', 'catalogue.js'))
    .split('\\')
    .join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Adds `name` to the file's import from the catalogue (or a new import after the first one). */
function addCatalogueImport(text: string, file: string, name: string): string {
  const spec = catalogueSpec(file);
  const existing = new RegExp(`import \\{([^}]*)\\} from '${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}';`);
  const m = existing.exec(text);
  if (m) {
    const list = m[1]!
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.includes(name)) return text;
    return text.replace(m[0], `import { ${[...list, name].join(', ')} } from '${spec}';`);
  }
  const at = text.indexOf('\nimport ');
  return at < 0 ? `import { ${name} } from '${spec}';\n${text}` : `${text.slice(0, at + 1)}import { ${name} } from '${spec}';\n${text.slice(at + 1)}`;
}

// --- the run ---------------------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) {
      if (p !== join(src, 'i18n')) out.push(...sourceFiles(p));
    } else if (/\.tsx?$/.test(n) && !n.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Whether an import specifier of this file names src/http/components/layout.tsx. */
const isLayout = (file: string, spec: string) => spec.startsWith('.') && join(dirname(file), spec).replace(/\.js$/, '.tsx') === layoutPath;

/** Whether `tx` in this file is the layout's helper (imported from components/layout.js, or layout.tsx itself). */
function importsTx(sf: ts.SourceFile, file: string): boolean {
  if (file === layoutPath) return true;
  return sf.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      isLayout(file, s.moduleSpecifier.text) &&
      !!s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === 'tx' && !e.propertyName),
  );
}

const isTxCall = (n: ts.Node): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'tx';

async function main() {
  const areas = await readAreas();
  const byPair = new Map<string, string>();
  const allKeys = new Set<string>();
  // A pair shares a key within its area only, so that changing an area's text never changes another area's page.
  const pairKey = (area: string, e: Entry) => `${area}\u0000${e.id}\u0000${e.en}`;
  for (const [area, entries] of areas)
    for (const [k, e] of entries) {
      allKeys.add(k);
      if (!byPair.has(pairKey(area, e))) byPair.set(pairKey(area, e), k);
    }
  const added = new Map<string, Map<string, Entry>>();
  const left: string[] = [];
  const changed: string[] = [];
  let converted = 0;

  const keyFor = (area: string, stem: string, entry: Entry): string => {
    const pair = pairKey(area, entry);
    const found = byPair.get(pair);
    if (found) return found;
    const base = `${area}.${stem}.${slug(entry.en)}`;
    let key = base;
    for (let i = 2; allKeys.has(key); i++) key = `${base}_${i}`;
    allKeys.add(key);
    byPair.set(pair, key);
    if (!areas.has(area)) areas.set(area, new Map());
    areas.get(area)!.set(key, entry);
    if (!added.has(area)) added.set(area, new Map());
    added.get(area)!.set(key, entry);
    return key;
  };

  for (const file of sourceFiles(src)) {
    let text = readFileSync(file, 'utf8');
    if (!/\btx\(/.test(text)) continue;
    const rel = relative(root, file);
    const area = areaOf(file);
    const stem = basename(file).replace(/\.tsx?$/, '');
    let fileChanged = false;
    let fileLeft: string[] = [];
    // Nested calls (a tx inside another's interpolation) are done inner first, one level per pass.
    for (let pass = 0; pass < 5; pass++) {
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      if (!importsTx(sf, file)) break;
      const edits: { start: number; end: number; text: string }[] = [];
      fileLeft = [];
      const visit = (n: ts.Node) => {
        if (isTxCall(n)) {
          const nested = n.arguments.slice(1).some((a) => {
            let found = false;
            const look = (m: ts.Node) => {
              if (isTxCall(m)) found = true;
              else ts.forEachChild(m, look);
            };
            look(a);
            return found;
          });
          if (!nested) {
            const edit = convert(n, sf);
            if (edit) edits.push(edit);
            return;
          }
        }
        ts.forEachChild(n, visit);
      };
      const convert = (call: ts.CallExpression, sf: ts.SourceFile) => {
        const where = `${rel}:${sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1}`;
        if (call.arguments.length !== 3) return void fileLeft.push(`${where}: not three arguments`);
        const [v, idArg, enArg] = call.arguments as unknown as [ts.Expression, ts.Expression, ts.Expression];
        const r = entryOf(idArg, enArg, sf);
        if (typeof r === 'string') return void fileLeft.push(`${where}: ${r}`);
        const key = keyFor(area, stem, r.entry);
        return { start: call.getStart(sf), end: call.getEnd(), text: `tm(${v.getText(sf)}, ${quote(key)}${r.params})` };
      };
      visit(sf);
      if (!edits.length) break;
      edits.sort((a, b) => b.start - a.start);
      for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      converted += edits.length;
      fileChanged = true;
    }
    left.push(...fileLeft);
    if (!fileChanged) continue;
    text = fixImports(text, file);
    changed.push(file);
    if (!dryRun) writeFileSync(file, text);
  }

  // The messages given to AppError as inline { id, en } pairs become catalogueMessages('key', params).
  let pairs = 0;
  const txFiles = changed.length;
  for (const file of sourceFiles(src)) {
    let text = readFileSync(file, 'utf8');
    if (!/\bid:/.test(text) || file === join(src, 'errors.ts')) continue;
    const rel = relative(root, file);
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (n: ts.Node) => {
      if (isErrorPair(n)) {
        const r = entryOf(prop(n, 'id'), prop(n, 'en'), sf);
        const where = `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
        if (typeof r === 'string') left.push(`${where}: AppError pair: ${r}`);
        else {
          const key = keyFor(areaOf(file), basename(file).replace(/\.tsx?$/, ''), r.entry);
          edits.push({ start: n.getStart(sf), end: n.getEnd(), text: `catalogueMessages(${quote(key)}${r.params})` });
        }
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (!edits.length) continue;
    if (/\bcatalogueMessages\b/.test(text) && !/import \{[^}]*\bcatalogueMessages\b/.test(text)) {
      left.push(`${rel}: AppError pairs left: the file has its own catalogueMessages`);
      continue;
    }
    edits.sort((a, b) => b.start - a.start);
    for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    text = addCatalogueImport(text, file, 'catalogueMessages');
    pairs += edits.length;
    changed.push(file);
    if (!dryRun) writeFileSync(file, text);
  }

  if (!dryRun) {
    for (const [area, entries] of added) writeArea(area, entries);
    writeCatalogueBlock([...areas.keys()].sort());
    const touched = [...changed, ...[...added.keys()].map((a) => join(messagesDir, `${a}.ts`)), cataloguePath];
    for (const f of touched) {
      const options = (await prettier.resolveConfig(f)) ?? {};
      writeFileSync(f, await prettier.format(readFileSync(f, 'utf8'), { ...options, filepath: f }));
    }
  }
  const newKeys = [...added.values()].reduce((n, m) => n + m.size, 0);
  console.log(`${dryRun ? '[dry run] ' : ''}converted ${converted} tx calls in ${txFiles} files; ${newKeys} new catalogue keys`);
  console.log(`converted ${pairs} AppError { id, en } pairs in ${changed.length - txFiles} files`);
  console.log(`left: ${left.length} (tx calls and AppError pairs)`);
  for (const l of left) console.log(`  ${l}`);
}

/** Adds `tm` to the file's import from components/layout.js and drops `tx` when no call is left. */
function fixImports(text: string, file: string): string {
  if (file === layoutPath) return text;
  const stillTx = /\btx\(/.test(text);
  return text.replace(/import \{([^}]*)\} from '([^']*layout\.js)';/g, (all: string, names: string, from: string) => {
    if (!isLayout(file, from)) return all;
    let list = names
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!stillTx) list = list.filter((n) => n !== 'tx');
    if (!list.includes('tm')) list.push('tm');
    return `import { ${list.join(', ')} } from '${from}';`;
  });
}

/** Writes an area module: existing ones get the new entries before their closing line; new ones are created. */
function writeArea(area: string, fresh: Map<string, Entry>) {
  const path = join(messagesDir, `${area}.ts`);
  const lines = [...fresh].map(([k, e]) => `  ${quote(k)}: { id: ${quote(e.id)}, en: ${quote(e.en)} },`).join('\n');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
    const close = text.lastIndexOf('} as const satisfies');
    if (close < 0) throw new Error(`${path}: no closing "} as const satisfies"`);
    text = `${text.slice(0, close)}${lines}\n${text.slice(close)}`;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    text = `// Catalogue area "${area}": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).\nexport const ${ident(area)} = {\n${lines}\n} as const satisfies Record<string, { id: string; en: string }>;\n`;
  }
  writeFileSync(path, text);
}

/** Rewrites the generated block of catalogue.ts: one import per area module, the Areas tuple, the join. */
function writeCatalogueBlock(areaNames: string[]) {
  const text = readFileSync(cataloguePath, 'utf8');
  const begin = text.indexOf('// codemod-messages:begin');
  const endMark = '// codemod-messages:end';
  const end = text.indexOf(endMark);
  if (begin < 0 || end < 0) throw new Error('catalogue.ts: codemod-messages markers not found');
  const firstLineEnd = text.indexOf('\n', begin) + 1;
  const block =
    areaNames.map((a) => `import { ${ident(a)} } from './messages/${a}.js';`).join('\n') +
    '\n\n/** The area modules, in one list so that their keys can be checked for collisions. */\n' +
    `type Areas = [${areaNames.map((a) => `typeof ${ident(a)}`).join(', ')}];\n` +
    `const joined = { ${areaNames.map((a) => `...${ident(a)}`).join(', ')} } as const;\n`;
  writeFileSync(cataloguePath, text.slice(0, firstLineEnd) + block + text.slice(end));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
