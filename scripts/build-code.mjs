// Builds dist/Code.js: one classic Apps Script file, the IIFE bundle of src/gas/index.ts followed
// by a real top-level function for each entry point it exports (Apps Script calls menu items,
// triggers, google.script.run targets and custom functions by a top-level function name).
import * as esbuild from 'esbuild';
import path from 'node:path';
import ts from 'typescript';

/**
 * Apps Script parses the whole of Code.js on every custom-function call and trigger. Issue 9 aimed
 * at 230 KB for the features of its day; the limits and safety work (issues 10 and 11) add code
 * every execution needs, so the budget is 264 KB. Measured 2026-12-02 (Node 20, `new vm.Script`
 * over dist/Code.js, min of 7): 228 KB parses and runs in 11 ms at load 1, 256 KB in 16 ms at
 * load 3; either is small beside an execution's own start-up. Since the roles, TPP and documents
 * issues, local names are minified (the same bundle went from 257 KB to about 185 KB) and
 * build/Code.js.map keeps the way back: `node scripts/trace.mjs` turns Apps Script's `Code:LINE`
 * into src/file.ts:line. The budget stays so that growth remains a decision. Monthly periods, TPP,
 * documents, sending plans, reminders and the forms of issues 13-15 brought the bundle to 260 KB;
 * measured 2026-12-02 (a fresh `node` per run, one `new vm.Script(...).runInNewContext`, 5 runs at
 * load 9): 260 KB in 11.5 ms min, 13.6 ms median. The budget is 320 KB: about 17 ms by the same
 * ratio, still small beside an execution's start-up.
 */
export const CODE_BUDGET_BYTES = 320 * 1024;

const GLOBAL = '_KinerjaASN';

const HEADER =
  '// Kinerja ASN: built by scripts/build.mjs from src/. Do not edit: edit src/ and rebuild.\n';

// Whitespace, syntax and local names are minified; exported entry points keep their names (the
// top-level functions below call them). Apps Script's stack traces give a function name and a
// line number, no column (developers.google.com/apps-script/api/reference/rest/v1/ExecutionError),
// so lineLimit keeps each line short enough that a line of Code.js, looked up in the source map by
// scripts/trace.mjs, still points at one statement of src/.
const CODE_OPTIONS = {
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifyIdentifiers: true,
  minifySyntax: true,
  lineLimit: 100,
  legalComments: 'none',
  charset: 'utf8',
  // The header goes in as a banner so the source map's lines count it.
  banner: {js: HEADER.trimEnd()},
  sourcemap: 'external',
  sourcesContent: false,
  write: false,
};

const KINDS = {
  [ts.SyntaxKind.VariableDeclaration]: 'a variable (an arrow function is one)',
  [ts.SyntaxKind.ClassDeclaration]: 'a class',
  [ts.SyntaxKind.InterfaceDeclaration]: 'a type',
  [ts.SyntaxKind.TypeAliasDeclaration]: 'a type',
  [ts.SyntaxKind.EnumDeclaration]: 'an enum',
};

/** Where a node is, as file:line relative to the working directory. */
function where(node) {
  const file = node.getSourceFile();
  const {line} = file.getLineAndCharacterOfPosition(node.getStart());
  return `${path.relative(process.cwd(), file.fileName)}:${line + 1}`;
}

/** `export * from` or `export * as name from`: re-exports whatever the module holds. */
function isExportStar(statement) {
  const clause = ts.isExportDeclaration(statement) && statement.exportClause;
  return (
    ts.isExportDeclaration(statement) && !(clause && ts.isNamedExports(clause))
  );
}

/** Names an export statement of the entry file declares, in order (for the exported-twice check). */
function exportedNames(statement) {
  if (ts.isExportDeclaration(statement)) {
    return statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map(e => e.name.text)
      : [];
  }
  if (!statement.modifiers?.some(m => m.kind === ts.SyntaxKind.ExportKeyword))
    return [];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.map(d => d.name.getText());
  }
  return statement.name ? [statement.name.text] : ['default'];
}

/**
 * The entry points `entryFile` exports by name, with their JSDoc and parameter names. Throws,
 * listing every problem, on `export *`, on a name exported twice and on an export that is not a
 * function declaration: each would silently change which functions Apps Script can call.
 */
export function entryPoints(entryFile) {
  // Only exports and declarations are read: no lib or @types files to load.
  const program = ts.createProgram([entryFile], {
    noLib: true,
    types: [],
    target: ts.ScriptTarget.ES2020,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const problems = [];
  const seen = new Set();
  for (const statement of source.statements) {
    if (isExportStar(statement)) {
      problems.push(
        `${where(statement)}: export * hides which functions become entry points; export each by name`,
      );
    }
    for (const name of exportedNames(statement)) {
      if (seen.has(name))
        problems.push(`${where(statement)}: ${name} is exported twice`);
      seen.add(name);
    }
  }
  const entries = [];
  const moduleSymbol = checker.getSymbolAtLocation(source);
  for (const exported of moduleSymbol
    ? checker.getExportsOfModule(moduleSymbol)
    : []) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias
        ? checker.getAliasedSymbol(exported)
        : exported;
    const decl = symbol.declarations?.find(
      d => ts.isFunctionDeclaration(d) && d.body,
    );
    if (!decl) {
      const other = symbol.declarations?.[0];
      const kind = (other && KINDS[other.kind]) ?? 'not a function';
      problems.push(
        `${other ? where(other) : entryFile}: ${exported.name} is ${kind}, not a function declaration; ` +
          'only function declarations can become top-level Apps Script functions',
      );
      continue;
    }
    if (decl.parameters.some(p => p.dotDotDotToken)) {
      problems.push(
        `${where(decl)}: ${exported.name}: rest parameters cannot be declared for Apps Script`,
      );
      continue;
    }
    const text = decl.getSourceFile().getFullText();
    const jsdoc = (ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [])
      .map(r => text.slice(r.pos, r.end))
      .filter(c => c.startsWith('/**'))
      .pop();
    const params = decl.parameters.map(p => p.name.getText());
    entries.push({name: exported.name, jsdoc: jsdoc ?? '', params});
  }
  if (problems.length > 0) {
    throw new Error(
      `${path.relative(process.cwd(), entryFile)} may export only entry points:\n  ${problems.join('\n  ')}`,
    );
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

function topLevelDeclarations(entries) {
  return entries
    .map(({name, jsdoc, params}) => {
      // Only a custom function's JSDoc is read by Sheets (its help card); the rest would only
      // add to what every custom function call parses.
      const doc = jsdoc.includes('@customfunction')
        ? jsdoc.replace(/^[ \t]+\*/gm, ' *') + '\n'
        : '';
      // .apply(arguments) so a custom function also receives arguments beyond the declared ones.
      return `${doc}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
    })
    .join('\n');
}

/**
 * The text of dist/Code.js built from `entryFile` and its source map (lines of Code.js to lines of
 * src/, the top-level declarations after the bundle unmapped); fails before bundling if its
 * exports are wrong.
 */
export async function bundleCodeWithMap(entryFile) {
  const declarations = topLevelDeclarations(entryPoints(entryFile));
  const result = await esbuild.build({
    ...CODE_OPTIONS,
    entryPoints: [entryFile],
    outfile: 'Code.js',
  });
  const file = ext => result.outputFiles.find(f => f.path.endsWith(ext)).text;
  // esbuild ends the bundle with a sourceMappingURL comment naming Code.js.map; Apps Script has
  // no use for it and the map is not pushed (it stays in build/).
  const bundle = file('.js').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  return {code: bundle + '\n' + declarations, map: file('.map')};
}

/** The text of dist/Code.js built from `entryFile`. */
export async function bundleCode(entryFile) {
  return (await bundleCodeWithMap(entryFile)).code;
}
