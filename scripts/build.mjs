// Builds everything the add-on ships and everything that runs it locally:
//   dist/Code.js          one classic Apps Script file (IIFE bundle + a real top-level function per entry point)
//   dist/Sidebar.html     the sidebar, scripts and styles inlined
//   dist/appsscript.json  the manifest
//   build/*.js            Node bundles: the CLI / local workbench and the benchmark
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'build');
const GLOBAL = '_KinerjaASN';

/** Every function exported by src/gas/index.ts, with its JSDoc and parameter names. */
export function entryPoints(entryFile) {
  const program = ts.createProgram([entryFile], {allowJs: false, target: ts.ScriptTarget.ES2020});
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const entries = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    let symbol = exported;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol.declarations?.find(d => ts.isFunctionDeclaration(d));
    if (!decl) continue;
    const text = decl.getSourceFile().getFullText();
    const jsdoc = (ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [])
      .map(r => text.slice(r.pos, r.end))
      .filter(c => c.startsWith('/**'))
      .pop();
    const params = decl.parameters.map(p => p.name.getText());
    if (decl.parameters.some(p => p.dotDotDotToken)) {
      throw new Error(`${exported.name}: rest parameters cannot be declared for Apps Script`);
    }
    entries.push({name: exported.name, jsdoc: jsdoc ?? '', params});
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

function topLevelDeclarations(entries) {
  return entries
    .map(({name, jsdoc, params}) => {
      const doc = jsdoc ? jsdoc.replace(/^[ \t]+\*/gm, ' *') + '\n' : '';
      // .apply(arguments) so a custom function also receives arguments beyond the declared ones.
      return `${doc}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
    })
    .join('\n');
}

async function buildCode() {
  const entryFile = path.join(root, 'src/gas/index.ts');
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  const bundle = result.outputFiles[0].text;
  const header = '// Kinerja ASN: built by scripts/build.mjs from src/. Do not edit: edit src/ and rebuild.\n';
  const code = header + bundle + '\n' + topLevelDeclarations(entryPoints(entryFile));
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
}

async function buildSidebar() {
  const html = fs.readFileSync(path.join(root, 'sidebar/index.html'), 'utf8');
  const css = fs.existsSync(path.join(root, 'sidebar/styles.css'))
    ? fs.readFileSync(path.join(root, 'sidebar/styles.css'), 'utf8')
    : '';
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'sidebar/main.tsx')],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
  });
  // "</script" inside inlined code would end the tag early.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const page = html
    .replace('<!-- inline:styles -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${js}</script>`);
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), page);
}

async function buildNode() {
  const entries = {cli: 'src/local/cli.ts', bench: 'scripts/bench.ts'};
  for (const [name, file] of Object.entries(entries)) {
    if (!fs.existsSync(path.join(root, file))) continue;
    await esbuild.build({
      entryPoints: [path.join(root, file)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      sourcemap: 'inline',
      outfile: path.join(out, `${name}.js`),
    });
  }
}

fs.mkdirSync(dist, {recursive: true});
fs.mkdirSync(out, {recursive: true});
fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
await Promise.all([buildCode(), buildSidebar(), buildNode()]);
console.log('built dist/Code.js, dist/Sidebar.html, dist/appsscript.json and build/');
