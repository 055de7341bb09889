'use strict';
// gts (Google TypeScript Style) plus folder rules: a file's folder says what it may touch.
const gts = require('gts');

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Utilities',
  'HtmlService',
  'Session',
  'Logger',
  'UrlFetchApp',
  'google',
].map(name => ({name, message: 'Apps Script services belong in src/gas/.'}));

const NODE_MODULES = {
  patterns: [
    {
      group: [
        'fs',
        'fs/*',
        'path',
        'os',
        'vm',
        'child_process',
        'http',
        'node:*',
        'exceljs',
        '**/local/**',
        '**/gas/**',
      ],
      message: 'Pure code may not import Node modules, src/local or src/gas.',
    },
  ],
};

module.exports = [
  {
    ignores: [
      'build/',
      'dist/',
      '**/node_modules/',
      'coverage/',
      'test/artifacts/',
    ],
  },
  ...gts,
  {
    // src/demo builds sample records from the contract: as pure as the layers it feeds.
    files: ['src/core/**/*.ts', 'src/sheets/**/*.ts', 'src/demo/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...APPS_SCRIPT_GLOBALS,
        {name: 'process', message: 'No Node globals in pure code.'},
        {name: 'require', message: 'No Node globals in pure code.'},
      ],
      'no-restricted-imports': ['error', NODE_MODULES],
    },
  },
  {
    // The workbench's browser code (bundled into its pages): no Node, no other src/local module.
    files: ['src/local/workbench/client/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {name: 'process', message: 'Browser code has no Node globals.'},
        {name: 'require', message: 'Browser code has no Node globals.'},
      ],
      'no-restricted-imports': ['error', NODE_MODULES],
    },
  },
  {
    // Core works on records only: the workbook contract (src/sheets) depends on core, never back.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_MODULES.patterns,
            {
              group: ['**/sheets/**', '**/sheets'],
              message:
                'src/core may not import src/sheets: report problems at a record (Finding), sheets names the cell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/gas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'path',
                'os',
                'vm',
                'child_process',
                'http',
                'node:*',
                'exceljs',
                '**/local/**',
              ],
              message: 'src/gas runs in Apps Script: no Node modules.',
            },
          ],
        },
      ],
    },
  },
];
