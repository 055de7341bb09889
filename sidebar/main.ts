// Sidebar entry point: bundled by scripts/build.mjs into dist/Sidebar.html (IIFE, es2019).
import {mountApp} from './app';
import {call} from './rpc';

const root = document.getElementById('app');
if (root) mountApp(root, call);
