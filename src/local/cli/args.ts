// The command line's grammar: `kinerja-asn <verb> [file.xlsx] [--option value]...`, tokenised by
// Node's util.parseArgs and checked here, so every refusal says which option and why (exit 2).
import {parseArgs as tokenize} from 'node:util';
import type {Params} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {parseMonth} from '../../core/tpp';
import type {Lang} from '../../core/types';

export type Verb =
  | 'init'
  | 'demo'
  | 'validate'
  | 'tabs'
  | 'recompute'
  | 'tutup'
  | 'feedback'
  | 'presensi'
  | 'tpp'
  | 'dokumen'
  | 'ekspor'
  | 'forms'
  | 'respond'
  | 'publik'
  | 'serve'
  | 'help';

const COMMON = ['user', 'lang', 'help'];
const VERB_OPTIONS: Record<Verb, string[]> = {
  init: [...COMMON],
  demo: [...COMMON, 'pegawai', 'seed', 'periode', 'indikator'],
  validate: [...COMMON, 'periode'],
  tabs: [...COMMON, 'periode'],
  recompute: [...COMMON, 'periode'],
  tutup: [...COMMON, 'periode'],
  feedback: [
    ...COMMON,
    'periode',
    'nip',
    'send',
    'resend',
    'changed',
    'remind',
    'outbox',
    'quota',
  ],
  presensi: [...COMMON, 'periode'],
  tpp: [...COMMON, 'periode'],
  dokumen: [...COMMON, 'periode', 'nip', 'out', 'jenis'],
  ekspor: [...COMMON, 'periode', 'format', 'out'],
  forms: [...COMMON],
  respond: [...COMMON, 'form'],
  publik: [...COMMON, 'out'],
  serve: [...COMMON, 'port', 'outbox', 'pegawai', 'seed'],
  help: [...COMMON],
};
const BOOLEAN_OPTIONS = new Set([
  'send',
  'resend',
  'changed',
  'remind',
  'help',
]);
const KNOWN_OPTIONS = new Set(Object.values(VERB_OPTIONS).flat());

/** The options of a command line; the flags keep their Indonesian names (--periode, --pegawai). */
export interface Options {
  period?: string;
  employeeCount?: number;
  seed?: number;
  indicatorsPerUnit?: number;
  nip?: string;
  send?: boolean;
  resend?: boolean;
  /** With --send: only the results changed since their email was sent. */
  changed?: boolean;
  /** Reminders to supervisors with unfinished inputs. */
  remind?: boolean;
  outbox?: string;
  quota?: number;
  user?: string;
  lang?: Lang;
  port?: number;
  help?: boolean;
  /** presensi: the attendance export (.csv or .xlsx), the second argument. */
  exportFile?: string;
  /** dokumen / ekspor: the output folder or file. */
  out?: string;
  jenis?: 'evaluasi' | 'skp';
  format?: 'siasn';
  /** respond: which form, and the answers file (the second argument). */
  form?: 'laporan' | 'rekan' | 'skm';
  answersFile?: string;
}

export interface Command {
  verb: Verb;
  file?: string;
  options: Options;
}

/** A command line that does not follow the grammar: the message key and its values. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

function integer(
  option: string,
  value: string,
  min: number,
  max: number,
): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError('cli.error.integer', {
      option: `--${option}`,
      value,
      min,
      max,
    });
  }
  return n;
}

/** Stores one option's value, checked and in the form the verbs use. */
function setOption(options: Options, name: string, value: string): void {
  switch (name) {
    case 'periode': {
      // A month (YYYY-MM) too: the TPP verbs take one, the others refuse it in the add-on.
      const period = normalizePeriod(value) ?? parseMonth(value)?.code;
      if (!period) throw new UsageError('cli.error.periode', {value});
      options.period = period;
      break;
    }
    case 'pegawai':
      options.employeeCount = integer(name, value, 12, 100000);
      break;
    case 'seed':
      options.seed = integer(name, value, 0, 2 ** 31 - 1);
      break;
    case 'indikator':
      options.indicatorsPerUnit = integer(name, value, 2, 8);
      break;
    case 'quota':
      options.quota = integer(name, value, 0, 100000);
      break;
    case 'port':
      options.port = integer(name, value, 0, 65535);
      break;
    case 'lang': {
      const lang = value.trim().toLowerCase();
      if (lang !== 'id' && lang !== 'en')
        throw new UsageError('cli.error.lang', {value});
      options.lang = lang;
      break;
    }
    case 'nip':
      options.nip = value.replace(/[\s.]/g, '');
      break;
    case 'outbox':
      options.outbox = value;
      break;
    case 'out':
      options.out = value;
      break;
    case 'jenis': {
      const jenis = value.trim().toLowerCase();
      if (jenis !== 'evaluasi' && jenis !== 'skp')
        throw new UsageError('cli.error.jenis', {value});
      options.jenis = jenis;
      break;
    }
    case 'format':
      if (value.trim().toLowerCase() !== 'siasn')
        throw new UsageError('cli.error.format', {value});
      options.format = 'siasn';
      break;
    case 'user':
      options.user = value;
      break;
    case 'form': {
      const form = value.trim().toLowerCase();
      if (form !== 'laporan' && form !== 'rekan' && form !== 'skm')
        throw new UsageError('cli.error.form', {value});
      options.form = form;
      break;
    }
  }
}

/** Feedback's flags that go together: --changed and --resend need --send; --remind goes alone. */
function checkFeedbackOptions(o: Options): void {
  const pair = (a: string, b: string) =>
    new UsageError('cli.error.optionConflict', {a: `--${a}`, b: `--${b}`});
  if (o.remind && (o.send || o.resend || o.changed || o.nip))
    throw pair(
      'remind',
      o.send ? 'send' : o.nip ? 'nip' : o.changed ? 'changed' : 'resend',
    );
  if (o.changed && o.nip) throw pair('changed', 'nip');
  if (o.changed && !o.send)
    throw new UsageError('cli.error.needsSend', {option: '--changed'});
}

/** Option names are case-insensitive (--Periode): lower-cased before util.parseArgs sees them. */
function lowerCaseNames(args: readonly string[]): string[] {
  return args.map(arg =>
    /^--[^=]/.test(arg)
      ? arg.replace(
          /^--([^=]*)/,
          (_, name: string) => `--${name.toLowerCase()}`,
        )
      : arg,
  );
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('cli.error.missingVerb');
  const verbText = first === '--help' || first === '-h' ? 'help' : first;
  if (!(verbText in VERB_OPTIONS)) {
    throw new UsageError('cli.error.unknownVerb', {verb: verbText});
  }
  const verb = verbText as Verb;
  const args = lowerCaseNames(rest);
  // Not strict: this function refuses unknown options itself, with the verb in the message.
  const {tokens} = tokenize({
    args,
    options: Object.fromEntries(
      [...KNOWN_OPTIONS].map(name => [
        name,
        BOOLEAN_OPTIONS.has(name)
          ? {type: 'boolean' as const, ...(name === 'help' ? {short: 'h'} : {})}
          : {type: 'string' as const},
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options: Options = {};
  const positional: string[] = [];
  let groupIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') {
      positional.push('--');
      continue;
    }
    if (!token.rawName.startsWith('--')) {
      // Only a lone -h is an option; any other word starting with one dash is an argument.
      if (args[token.index] === '-h') options.help = true;
      else if (token.index !== groupIndex) positional.push(args[token.index]);
      groupIndex = token.index;
      continue;
    }
    const name = token.name;
    // Refusals quote the argument as typed.
    const typed = rest[token.index];
    if (!VERB_OPTIONS[verb].includes(name)) {
      throw new UsageError('cli.error.unknownOption', {verb, option: typed});
    }
    if (BOOLEAN_OPTIONS.has(name)) {
      if (token.inlineValue)
        throw new UsageError('cli.error.unknownOption', {verb, option: typed});
      (options as Record<string, unknown>)[name] = true;
      continue;
    }
    const value = token.value;
    if (
      value === undefined ||
      value === '' ||
      (!token.inlineValue && value.startsWith('--'))
    ) {
      throw new UsageError('cli.error.optionValue', {option: `--${name}`});
    }
    setOption(options, name, value);
  }
  if (verb === 'feedback') checkFeedbackOptions(options);
  if (verb === 'demo' && options.period && !/-TW[1-4]$/.test(options.period)) {
    throw new UsageError('cli.error.periodeQuarter', {value: options.period});
  }
  if (
    (verb === 'dokumen' || verb === 'ekspor' || verb === 'publik') &&
    !options.out &&
    !options.help
  )
    throw new UsageError('cli.error.missingOut', {verb});
  if (verb === 'ekspor' && !options.format && !options.help)
    throw new UsageError('cli.error.format', {value: ''});
  const needsFile = verb !== 'help' && verb !== 'serve' && !options.help;
  if (verb === 'presensi' && positional.length === 2)
    options.exportFile = positional.pop();
  if (verb === 'respond' && !options.help) {
    if (!options.form) throw new UsageError('cli.error.form', {value: ''});
    if (positional.length !== 2)
      throw new UsageError('cli.error.missingAnswers');
    options.answersFile = positional.pop();
  }
  if (positional.length > (verb === 'help' ? 0 : 1)) {
    throw new UsageError('cli.error.extraArgument', {
      arg: positional[positional.length - 1],
    });
  }
  const file = positional[0];
  if (needsFile && file === undefined)
    throw new UsageError('cli.error.missingFile');
  if (file !== undefined && !/\.xlsx$/i.test(file)) {
    throw new UsageError('cli.error.notXlsx', {file});
  }
  return {verb, file, options};
}
