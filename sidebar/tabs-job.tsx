// The appraisal-tab panel: drives the resumable tab job chunk after chunk (apiStartTabs, then
// apiContinueTabs while the server says 'running') with a progress bar, as the send job does.
// A job left running (sidebar closed, hourly trigger) is shown and can be continued.
import {useEffect, useRef, useState} from 'preact/hooks';
import type {ArchiveStatus, TabsStatus} from '../src/core/api';
import {busyLabel, ErrorBox, ProgressBar, Spinner, useUi} from './ui';

/** Chunks in a row without progress before the sidebar stops driving (lock held elsewhere). */
const MAX_IDLE_CHUNKS = 5;

export function TabsPanel(props: {period: string; onDone: () => void}) {
  const ui = useUi();
  const [status, setStatus] = useState<TabsStatus | null>(null);
  const [driving, setDriving] = useState(false);
  const [tabs, setTabs] = useState<string[]>([]);
  const [error, setError] = useState('');
  const drivingNow = useRef(false);

  useEffect(() => {
    setTabs([]);
    setError('');
    ui.call('apiGetTabsStatus').then(
      s => !drivingNow.current && setStatus(s),
      () => undefined,
    );
  }, [props.period]);

  async function drive(first: () => Promise<TabsStatus>) {
    if (drivingNow.current) return;
    drivingNow.current = true;
    setDriving(true);
    setError('');
    try {
      let current = await first();
      const built = [...current.tabs];
      setStatus(current);
      setTabs([...built]);
      let idle = 0;
      while (current.state === 'running' && idle < MAX_IDLE_CHUNKS) {
        const before = current.done;
        current = await ui.call('apiContinueTabs');
        // When done the server lists every tab of the period.
        if (current.state === 'done') built.splice(0, built.length);
        built.push(...current.tabs);
        setStatus(current);
        setTabs([...built]);
        idle = current.done === before ? idle + 1 : 0;
      }
      if (current.message) ui.announce(current.message);
      if (current.state === 'done') props.onDone();
    } catch (failure) {
      setError(ui.errorText(failure));
      ui.announce(ui.errorText(failure));
    } finally {
      drivingNow.current = false;
      setDriving(false);
    }
  }

  const s = status && status.period === props.period ? status : null;
  const pending = !!s && (s.state === 'running' || s.state === 'error');
  return (
    <>
      <p class="hint">{ui.t('sidebar.tabs.body', {period: props.period})}</p>
      <button
        type="button"
        id={pending ? 'tabs-resume' : 'tabs-run'}
        class="primary"
        disabled={driving}
        onClick={() =>
          void drive(() =>
            pending
              ? ui.call('apiContinueTabs')
              : ui.call('apiStartTabs', props.period),
          )
        }
      >
        {busyLabel(
          ui,
          driving,
          pending ? 'sidebar.tabs.resume' : 'sidebar.tabs.run',
        )}
      </button>
      {driving && <Spinner />}
      {s && s.state !== 'idle' && s.total > 0 && (
        <>
          <p class="meta" id="tabs-progress-text">
            {ui.t('sidebar.tabs.progress', {
              done: s.done,
              total: s.total,
              seconds: s.chunkSeconds,
            })}
          </p>
          <ProgressBar
            label={ui.t('sidebar.tabs.progressLabel')}
            done={s.done}
            total={s.total}
            id="tabs-progress"
          />
        </>
      )}
      {error && (
        <ErrorBox
          message={error}
          retry={() => void drive(() => ui.call('apiContinueTabs'))}
        />
      )}
      {s?.state === 'error' ? (
        <ErrorBox
          message={s.message}
          id="tabs-error"
          retry={() => void drive(() => ui.call('apiContinueTabs'))}
        />
      ) : (
        s?.message &&
        s.state !== 'running' && (
          <p class="meta result" id="tabs-message" role="status">
            {s.message}
          </p>
        )
      )}
      <CloseBlock period={props.period} />
      <ArchiveBlock />
      {tabs.length > 0 && (
        <ul class="tab-list">
          {tabs.map(name => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Archive past years: chunk after chunk until done (the server checks before it removes). */
function ArchiveBlock() {
  const ui = useUi();
  return (
    <ChunkedAction
      id="archive"
      body={ui.t('sidebar.archive.body')}
      label="sidebar.archive.run"
      call={() => ui.call('apiArchive')}
    />
  );
}

/** Close the period: its tabs move to Arsip Penilaian (asked twice: the tabs go). */
function CloseBlock(props: {period: string}) {
  const ui = useUi();
  return (
    <ChunkedAction
      id="close"
      body={ui.t('sidebar.close.body', {period: props.period})}
      label="sidebar.close.run"
      confirm={ui.t('sidebar.close.confirm', {period: props.period})}
      call={() => ui.call('apiClosePeriod', props.period)}
    />
  );
}

/** A server action run chunk after chunk while it reports 'running' (at most 50 calls). */
function ChunkedAction(props: {
  id: string;
  body: string;
  label: string;
  confirm?: string;
  call: () => Promise<ArchiveStatus>;
}) {
  const ui = useUi();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<ArchiveStatus | null>(null);
  async function run() {
    setAsking(false);
    setBusy(true);
    try {
      let status = await props.call();
      setResult(status);
      for (let i = 0; status.state === 'running' && status.ok && i < 50; i++) {
        status = await props.call();
        setResult(status);
      }
      ui.announce(status.message);
    } catch (failure) {
      setResult({
        ok: false,
        message: ui.errorText(failure),
        state: 'error',
        done: 0,
        total: 0,
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="archive">
      <p class="hint">{props.body}</p>
      {asking ? (
        <div class="confirm" id={`${props.id}-confirm`} role="alertdialog">
          <p class="confirm-text">{props.confirm}</p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              id={`${props.id}-yes`}
              onClick={() => void run()}
            >
              {ui.t('sidebar.close.yes')}
            </button>
            <button
              type="button"
              class="secondary"
              id={`${props.id}-no`}
              onClick={() => setAsking(false)}
            >
              {ui.t('sidebar.close.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          id={`${props.id}-run`}
          class="secondary"
          disabled={busy}
          onClick={() => (props.confirm ? setAsking(true) : void run())}
        >
          {busyLabel(ui, busy, props.label)}
        </button>
      )}
      {result && (
        <p
          class={result.ok ? 'meta' : 'meta error'}
          id={`${props.id}-message`}
          role="status"
        >
          {result.message}
        </p>
      )}
    </div>
  );
}
