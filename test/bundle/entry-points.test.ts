// What src/gas/index.ts may export: the build turns each export into a top-level Apps Script
// function, so anything else there must fail the build instead of being skipped in silence.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {evaluate} from './build-code';

const MODULES = {
  'menu.ts': `/**
 * Opens things.
 * @param {Object} e the event
 */
export function onOpen(e: unknown): void {
  void e;
}
export const helper = (): number => 1;
export interface Shape {
  x: number;
}
`,
  'other.ts': `export function onOpen(): void {}
export function spread(...values: number[]): number {
  return values.length;
}
`,
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entry-points-'));
  for (const [name, text] of Object.entries(MODULES)) {
    fs.writeFileSync(path.join(dir, name), text);
  }
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

/** entryPoints() over an index.ts made of `lines`. */
function entryPointsOf(...lines: string[]) {
  const file = path.join(dir, 'index.ts');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return evaluate(`m.entryPoints(${JSON.stringify(file)})`);
}

function problems(outcome: ReturnType<typeof evaluate>): string[] {
  if (!('error' in outcome)) throw new Error('expected the build to fail');
  const [title, ...rest] = outcome.error.split('\n');
  expect(title).toMatch(/index\.ts may export only entry points:$/);
  return rest.map(line => line.trim().replace(/^.*?(\w+\.ts):\d+: /, '$1: '));
}

describe('entry points of src/gas/index.ts', () => {
  it('come with their JSDoc and parameter names', () => {
    expect(entryPointsOf("export {onOpen} from './menu';")).toEqual({
      value: [
        {
          name: 'onOpen',
          jsdoc: '/**\n * Opens things.\n * @param {Object} e the event\n */',
          params: ['e'],
        },
      ],
    });
  });

  it('fail the build on export *, naming the statement', () => {
    expect(problems(entryPointsOf("export * from './other';"))).toEqual([
      'index.ts: export * hides which functions become entry points; export each by name',
      'other.ts: spread: rest parameters cannot be declared for Apps Script',
    ]);
  });

  it('fail the build on a name exported twice', () => {
    expect(
      problems(
        entryPointsOf(
          "export {onOpen} from './menu';",
          "export {onOpen} from './other';",
        ),
      ),
    ).toEqual(['index.ts: onOpen is exported twice']);
  });

  it('fail the build on every export that is not a function declaration', () => {
    expect(
      problems(entryPointsOf("export {onOpen, helper, Shape} from './menu';")),
    ).toEqual([
      'menu.ts: helper is a variable (an arrow function is one), not a function declaration; ' +
        'only function declarations can become top-level Apps Script functions',
      'menu.ts: Shape is a type, not a function declaration; ' +
        'only function declarations can become top-level Apps Script functions',
    ]);
  });
});
