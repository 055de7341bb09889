// scripts/build-code.mjs is an ES module the CommonJS tests cannot import: evaluate an expression
// over its exports in a child Node process and hand back the JSON of the result or the error.
import {spawnSync} from 'child_process';
import * as path from 'path';
import {pathToFileURL} from 'url';

const MODULE = pathToFileURL(
  path.join(__dirname, '../../scripts/build-code.mjs'),
).href;

export type Outcome = {value: unknown} | {error: string};

/** Evaluates `expression` with the module's exports bound to `m`, e.g. `m.CODE_BUDGET_BYTES`. */
export function evaluate(expression: string): Outcome {
  const script = `import * as m from ${JSON.stringify(MODULE)};
try {
  process.stdout.write(JSON.stringify({value: await (${expression})}));
} catch (error) {
  process.stdout.write(JSON.stringify({error: error.message}));
}`;
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script],
    {encoding: 'utf8'},
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Outcome;
}
