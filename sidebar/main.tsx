// Sidebar entry point: bundled by scripts/build.mjs into dist/Sidebar.html (IIFE, es2019).
import {render} from 'preact';
import {App} from './app';
import {call} from './rpc';

const root = document.getElementById('app');
if (root) render(<App call={call} />, root);
