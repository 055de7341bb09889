#!/usr/bin/env node
// Turns the `Code:LINE` of an Apps Script stack trace (Executions panel, Stackdriver, an error
// email) into the src/ file and line it came from, with build/Code.js.map from `npm run build`.
//   node scripts/trace.mjs "at ha (Code:1532)"     or     pbcopy-ed trace | node scripts/trace.mjs
// Code.js's names are minified, its lines short (scripts/build-code.mjs), so a line is enough.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASE64 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one base64 VLQ segment (sourcemaps.info/spec.html, "mappings"). */
function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return numbers;
}

/** For each generated line (0-based), the source lines it maps to, as `file:from-to` in order. */
export function linePositions(map) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of map.mappings.split(';')) {
    const here = [];
    for (const segment of line ? line.split(',') : []) {
      // Columns are not needed: a line of Code.js is short (scripts/build-code.mjs).
      const [, s, l] = decodeSegment(segment);
      if (s === undefined) continue;
      source += s;
      sourceLine += l;
      const file = map.sources[source];
      const last = here[here.length - 1];
      if (last?.file === file) last.to = Math.max(last.to, sourceLine + 1);
      else here.push({file, from: sourceLine + 1, to: sourceLine + 1});
    }
    lines.push(
      here.map(
        ({file, from, to}) => `${file}:${from}${to > from ? `-${to}` : ''}`,
      ),
    );
  }
  return lines;
}

/**
 * `text` with each `Code:LINE` followed by the src/ positions of that line (a line of at most
 * 100 characters holds one statement or a few short ones).
 */
export function traceText(text, map) {
  const lines = linePositions(map);
  return text.replace(/\bCode(?:\.js|\.gs)?:(\d+)/g, (whole, n) => {
    const at = lines[Number(n) - 1];
    return at?.length ? `${whole} [${at.join(', ')}]` : whole;
  });
}

if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const mapFile = path.join(root, 'build/Code.js.map');
  if (!fs.existsSync(mapFile)) {
    console.error(
      'build/Code.js.map is missing: run npm run build first (with the deployed source)',
    );
    process.exit(2);
  }
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const input =
    process.argv.length > 2
      ? process.argv.slice(2).join(' ')
      : fs.readFileSync(0, 'utf8');
  process.stdout.write(traceText(input, map).replace(/\n?$/, '\n'));
}
