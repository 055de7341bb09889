// Where the local tools find dist/: the same repository root from src/local (ts-jest) and from a
// bundle in build/ (one level up, not two), from any working directory, or from $KINERJA_ASN_ROOT.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import {defaultCodeFile, repoRoot} from '../../src/local/loader';

const root = path.resolve(__dirname, '../..');

/** One module of the repository bundled as the CLI is (node, CommonJS, packages external). */
function bundleForNode(entry: string, outfile: string) {
  return esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
}
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-root-'));
});
afterAll(() => {
  fs.rmSync(tmp, {recursive: true, force: true});
});

function node(script: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, KINERJA_ASN_ROOT: '', ...env},
  });
  return {status: result.status, out: result.stdout.trim(), err: result.stderr};
}

describe('repository root of the local tools', () => {
  it('from src/local (ts-jest) it is the folder of package.json "kinerja-asn"', () => {
    expect(repoRoot()).toBe(root);
    expect(defaultCodeFile()).toBe(path.join(root, 'dist', 'Code.js'));
    // A package.json of another name on the way up is passed over.
    const nested = path.join(root, 'node_modules', 'esbuild', 'lib');
    expect(
      fs.existsSync(path.join(root, 'node_modules', 'esbuild', 'package.json')),
    ).toBe(true);
    expect(repoRoot(nested)).toBe(root);
  });

  it('the built CLI (build/cli.js) finds it from another working directory', () => {
    const cli = path.join(root, 'build', 'cli.js');
    const probe = node(
      `process.stdout.write(require(${JSON.stringify(cli)}).repoRoot())`,
      tmp,
    );
    expect(probe).toMatchObject({status: 0, out: root});
    // And the bin runs there, writing the file in that directory.
    const init = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'kinerja-asn.js'), 'init', 'baru.xlsx'],
      {cwd: tmp, encoding: 'utf8', env: {...process.env, KINERJA_ASN_ROOT: ''}},
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'baru.xlsx'))).toBe(true);
  });

  it('a loader bundled into build/ defaults to <root>/dist/Code.js and runs it; the env var overrides', async () => {
    // A stand-in repository: package.json, dist/Code.js, and the loader bundled as build/ holds it.
    const fake = path.join(tmp, 'repo');
    fs.mkdirSync(path.join(fake, 'dist'), {recursive: true});
    fs.writeFileSync(
      path.join(fake, 'package.json'),
      JSON.stringify({name: 'kinerja-asn'}),
    );
    fs.writeFileSync(
      path.join(fake, 'dist', 'Code.js'),
      'function hello() { return "halo dari " + Session.getActiveUser().getEmail(); }\n',
    );
    const bundle = path.join(fake, 'build', 'loader.js');
    await bundleForNode('src/local/loader.ts', bundle);
    const emulatorBundle = path.join(tmp, 'emulator.js');
    const script = `
      const loader = require(${JSON.stringify(bundle)});
      const {createEmulator} = require(${JSON.stringify(emulatorBundle)});
      const ctx = loader.loadBundle(createEmulator());
      process.stdout.write(loader.defaultCodeFile() + '|' + ctx.hello());
    `;
    await bundleForNode('src/local/emulator/index.ts', emulatorBundle);
    const elsewhere = fs.mkdtempSync(path.join(tmp, 'cwd-'));
    expect(node(script, elsewhere)).toMatchObject({
      status: 0,
      out: `${path.join(fake, 'dist', 'Code.js')}|halo dari hr@example.go.id`,
    });
    const other = path.join(tmp, 'elsewhere-root');
    expect(
      node(
        `process.stdout.write(require(${JSON.stringify(bundle)}).defaultCodeFile())`,
        elsewhere,
        {KINERJA_ASN_ROOT: other},
      ).out,
    ).toBe(path.join(other, 'dist', 'Code.js'));
    // Outside any kinerja-asn folder the error says what to set.
    const lost = path.join(tmp, 'lost', 'build', 'loader.js');
    fs.mkdirSync(path.dirname(lost), {recursive: true});
    fs.copyFileSync(bundle, lost);
    const failure = node(
      `try { require(${JSON.stringify(lost)}).defaultCodeFile() } catch (e) { process.stdout.write(e.message) }`,
      elsewhere,
    );
    expect(failure.out).toContain('KINERJA_ASN_ROOT');
  });
});
