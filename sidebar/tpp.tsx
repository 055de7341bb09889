// The TPP panel: import a month of attendance (pasted text, or a CSV file read here in the browser
// and sent as text: the server parses it with Utilities.parseCsv) and compute that month's TPP.
import {useState} from 'preact/hooks';
import type {TppRunResult} from '../src/core/api-tpp';
import {useLoad} from './load';
import {busyLabel, ErrorBox, ResultLine, Spinner, useUi} from './ui';

/** Problems listed here; Validasi holds all of them. */
const MAX_SHOWN = 50;

/** The first month of a quarter code (2026-TW2 -> 2026-04), else the period's own text. */
export function monthOf(period: string): string {
  const m = /^(\d{4})-TW([1-4])$/.exec(period);
  if (m)
    return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  return /^\d{4}-\d{2}$/.test(period) ? period : '';
}

function Outcome({result}: {result: TppRunResult}) {
  return (
    <>
      <ResultLine result={result} />
      {result.issues.length > 0 && (
        <ul class="tpp-issues">
          {result.issues.slice(0, MAX_SHOWN).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function TppPanel(props: {period: string}) {
  const ui = useUi();
  const {t} = ui;
  const [month, setMonth] = useState(monthOf(props.period));
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const imported = useLoad<TppRunResult>(ui);
  const computed = useLoad<TppRunResult>(ui);
  const busy =
    imported.slot.status === 'loading' || computed.slot.status === 'loading';

  function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      setText(String(reader.result ?? ''));
      setName(file.name);
    };
    reader.readAsText(file);
  }
  const runImport = () =>
    void imported.run(
      () => ui.call('apiImportPresensi', month, text, name),
      runImport,
    );
  const runCompute = () =>
    void computed.run(() => ui.call('apiComputeTpp', month), runCompute);

  return (
    <>
      <p class="hint">{t('sidebar.tpp.body')}</p>
      <label for="tpp-month">{t('sidebar.tpp.month')}</label>
      <input
        id="tpp-month"
        type="text"
        placeholder="2026-03"
        value={month}
        onInput={e => setMonth((e.target as HTMLInputElement).value.trim())}
      />
      <label for="tpp-file">{t('sidebar.tpp.file')}</label>
      <input
        id="tpp-file"
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={e => readFile(e.target as HTMLInputElement)}
      />
      <label for="tpp-paste">{t('sidebar.tpp.paste')}</label>
      <textarea
        id="tpp-paste"
        rows={4}
        value={text}
        onInput={e => {
          setText((e.target as HTMLTextAreaElement).value);
          setName('');
        }}
      />
      <button
        type="button"
        id="tpp-import"
        disabled={busy || !text.trim() || !month}
        onClick={runImport}
      >
        {busyLabel(
          ui,
          imported.slot.status === 'loading',
          'sidebar.tpp.import',
        )}
      </button>
      <button
        type="button"
        id="tpp-compute"
        class="primary"
        disabled={busy || !month}
        onClick={runCompute}
      >
        {busyLabel(
          ui,
          computed.slot.status === 'loading',
          'sidebar.tpp.compute',
        )}
      </button>
      {busy && <Spinner />}
      {imported.slot.status === 'error' && (
        <ErrorBox message={imported.slot.message} retry={imported.slot.retry} />
      )}
      {imported.slot.status === 'ok' && (
        <Outcome result={imported.slot.value} />
      )}
      {computed.slot.status === 'error' && (
        <ErrorBox message={computed.slot.message} retry={computed.slot.retry} />
      )}
      {computed.slot.status === 'ok' && (
        <Outcome result={computed.slot.value} />
      )}
    </>
  );
}
