// A tiny stand-in for SpreadsheetApp and CacheService, installed as globals, so the custom
// functions can be unit-tested without the emulator. It counts reads and cells read per sheet.

export interface FakeSheets {
  /** Sheet name -> values (row 1 = headers). */
  sheets: Record<string, unknown[][]>;
  /** Reads per sheet: whole (getDataRange) or a pass starting at its header row. */
  getValues: Record<string, number>;
  /** Cells read per sheet. */
  cellsRead: Record<string, number>;
  cache: Map<string, string>;
  cacheCalls: {
    get: number;
    getAll: number;
    put: number;
    putAll: number;
    removeAll: number;
  };
  uninstall(): void;
}

export function installFakes(sheets: Record<string, unknown[][]>): FakeSheets {
  const fake: FakeSheets = {
    sheets,
    getValues: {},
    cellsRead: {},
    cache: new Map(),
    cacheCalls: {get: 0, getAll: 0, put: 0, putAll: 0, removeAll: 0},
    uninstall() {
      delete (global as Record<string, unknown>).SpreadsheetApp;
      delete (global as Record<string, unknown>).CacheService;
    },
  };
  const sheetFake = (name: string) => ({
    getName: () => name,
    getLastRow: () => fake.sheets[name].length,
    getLastColumn: () =>
      Math.max(0, ...fake.sheets[name].map(row => row.length)),
    // A pass over a sheet starts at row 1 (its header): counted as one read of the sheet.
    getSheetValues: (
      row: number,
      column: number,
      rows: number,
      columns: number,
    ) => {
      if (row === 1) fake.getValues[name] = (fake.getValues[name] ?? 0) + 1;
      fake.cellsRead[name] = (fake.cellsRead[name] ?? 0) + rows * columns;
      return fake.sheets[name]
        .slice(row - 1, row - 1 + rows)
        .map(r => r.slice(column - 1, column - 1 + columns));
    },
    getDataRange: () => ({
      getValues: () => {
        fake.getValues[name] = (fake.getValues[name] ?? 0) + 1;
        fake.cellsRead[name] =
          (fake.cellsRead[name] ?? 0) +
          fake.sheets[name].reduce((n, row) => n + row.length, 0);
        return fake.sheets[name].map(row => [...row]);
      },
    }),
  });
  const spreadsheet = {
    getSheetByName: (name: string) =>
      name in fake.sheets ? sheetFake(name) : null,
    getSheets: () => Object.keys(fake.sheets).map(sheetFake),
  };
  const cache = {
    get: (key: string) => {
      fake.cacheCalls.get++;
      return fake.cache.get(key) ?? null;
    },
    getAll: (keys: string[]) => {
      fake.cacheCalls.getAll++;
      const out: Record<string, string> = {};
      for (const key of keys) {
        const value = fake.cache.get(key);
        if (value !== undefined) out[key] = value;
      }
      return out;
    },
    put: (key: string, value: string) => {
      fake.cacheCalls.put++;
      if (value.length > 100 * 1024)
        throw new Error('Argument too large: value');
      fake.cache.set(key, value);
    },
    putAll: (values: Record<string, string>) => {
      fake.cacheCalls.putAll++;
      for (const [key, value] of Object.entries(values)) {
        if (value.length > 100 * 1024)
          throw new Error('Argument too large: value');
        fake.cache.set(key, value);
      }
    },
    remove: (key: string) => fake.cache.delete(key),
    removeAll: (keys: string[]) => {
      fake.cacheCalls.removeAll++;
      keys.forEach(key => fake.cache.delete(key));
    },
  };
  Object.assign(global, {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
    },
    CacheService: {getDocumentCache: () => cache},
  });
  return fake;
}
