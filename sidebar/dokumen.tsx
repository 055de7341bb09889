// The Dokumen panel: one employee's official document as a PDF, or a unit's as a ZIP (in parts of
// at most 60 documents, one server execution each), and the SIASN export as CSV. The server sends
// base64 (google.script.run carries strings); the browser turns it into a download.
import {useEffect, useState} from 'preact/hooks';
import type {DokumenFile, EmployeeListItem, SiasnExport} from '../src/core/api';
import type {Loader} from './load';
import {ErrorBox, Spinner, busyLabel, useUi} from './ui';

/** Saves bytes as a file through a temporary link (works in the sidebar's sandboxed iframe). */
function download(
  name: string,
  mimeType: string,
  bytes: Uint8Array<ArrayBuffer>,
): void {
  const url = URL.createObjectURL(new Blob([bytes], {type: mimeType}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** RFC 4180 CSV; a cell starting with = + - @ gets a leading apostrophe (no formula on opening). */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function DokumenPanel(props: {
  period: string;
  open: boolean;
  employees: Loader<EmployeeListItem[]>;
  loadEmployees: () => void;
}) {
  const ui = useUi();
  const {t} = ui;
  const [jenis, setJenis] = useState('evaluasi');
  const [nip, setNip] = useState('');
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  useEffect(() => {
    if (props.open && props.employees.current().status === 'idle')
      props.loadEmployees();
  }, [props.open]);
  const slot = props.employees.slot;
  const list = slot.status === 'ok' ? slot.value : [];
  const units = [...new Set(list.map(e => e.kodeUnit))].sort();

  async function run(job: () => Promise<string>) {
    setBusy(true);
    setError('');
    setDone('');
    try {
      const message = await job();
      setDone(message);
      ui.announce(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const save = (file: DokumenFile) => {
    if (!file.ok) throw new Error(file.message);
    download(file.name, file.mimeType, fromBase64(file.base64));
    return file.message;
  };
  const employeePdf = () =>
    run(async () =>
      save(await ui.call('apiDokumenPegawai', props.period, nip, jenis)),
    );
  const unitZip = () =>
    run(async () => {
      let part = 0;
      let parts = 1;
      let count = 0;
      let message = '';
      do {
        const file = await ui.call(
          'apiDokumenUnit',
          props.period,
          unit,
          jenis,
          part,
        );
        message = save(file);
        count += file.count;
        parts = file.parts;
        part++;
      } while (part < parts);
      return parts > 1 ? t('sidebar.dokumen.parts', {count, parts}) : message;
    });
  const siasn = () =>
    run(async () => {
      const result: SiasnExport = await ui.call('apiEksporSiasn', props.period);
      if (!result.ok) throw new Error(result.message);
      download(
        `SIASN ${props.period}.csv`,
        'text/csv;charset=utf-8',
        new TextEncoder().encode('\ufeff' + toCsv(result.rows)),
      );
      return result.message;
    });

  if (slot.status === 'loading') return <Spinner />;
  if (slot.status === 'error')
    return <ErrorBox message={slot.message} retry={slot.retry} />;
  return (
    <>
      <p class="hint">{t('sidebar.dokumen.body', {period: props.period})}</p>
      <label for="dok-jenis">{t('sidebar.dokumen.jenis')}</label>
      <select
        id="dok-jenis"
        onChange={e => setJenis((e.target as HTMLSelectElement).value)}
      >
        <option value="evaluasi" selected={jenis === 'evaluasi'}>
          {t('sidebar.dokumen.evaluasi')}
        </option>
        <option value="skp" selected={jenis === 'skp'}>
          {t('sidebar.dokumen.skp')}
        </option>
      </select>
      <label for="dok-nip">{t('sidebar.dokumen.employee')}</label>
      <select
        id="dok-nip"
        onChange={e => setNip((e.target as HTMLSelectElement).value)}
      >
        <option value="">—</option>
        {list.map(e => (
          <option key={e.nip} value={e.nip} selected={e.nip === nip}>
            {e.nama} ({e.nip})
          </option>
        ))}
      </select>
      <button
        type="button"
        id="dok-pdf"
        class="secondary"
        disabled={busy || !nip}
        onClick={() => void employeePdf()}
      >
        {busyLabel(ui, busy, 'sidebar.dokumen.pdf')}
      </button>
      <label for="dok-unit">{t('sidebar.dokumen.unit')}</label>
      <select
        id="dok-unit"
        onChange={e => setUnit((e.target as HTMLSelectElement).value)}
      >
        <option value="">—</option>
        {units.map(u => (
          <option key={u} value={u} selected={u === unit}>
            {u}
          </option>
        ))}
      </select>
      <button
        type="button"
        id="dok-zip"
        class="secondary"
        disabled={busy || !unit}
        onClick={() => void unitZip()}
      >
        {busyLabel(ui, busy, 'sidebar.dokumen.zip')}
      </button>
      <button
        type="button"
        id="dok-siasn"
        class="secondary"
        disabled={busy}
        onClick={() => void siasn()}
      >
        {busyLabel(ui, busy, 'sidebar.dokumen.siasn')}
      </button>
      {busy && <Spinner />}
      {done && <p class="result ok">{done}</p>}
      {error && <p class="result bad">{error}</p>}
    </>
  );
}
