// What the emulator unit tests share: a fresh emulator with its first sheet, and the hand-written
// bundle fixture (fixtures/Code.js) that loadBundle runs.
import path from 'node:path';
import {createEmulator, type EmulatorOptions} from '../../src/local/emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

export const FIXTURE = path.join(__dirname, 'fixtures/Code.js');
export const OWNER = 'hr@example.go.id';
export const SUPERVISOR = 'atasan@example.go.id';

export function setup(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  const g = emu.globals as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return {emu, g, ss, sheet: ss.getSheets()[0]};
}
