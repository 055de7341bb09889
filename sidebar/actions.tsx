// The two one-button panels: create the appraisal tabs, and compute the period.
import type {ComponentChildren} from 'preact';
import {useEffect} from 'preact/hooks';
import type {ActionResult, RecomputeResult, TabsResult} from '../src/core/api';
import {IDLE, Load, useLoad} from './load';
import {busyLabel, ErrorBox, ResultLine, Spinner, useUi} from './ui';

function ActionPanel(props: {
  period: string;
  bodyKey: string;
  buttonId: string;
  buttonKey: string;
  slot: Load<ActionResult>;
  onRun: () => void;
  details?: ComponentChildren;
}) {
  const ui = useUi();
  const {slot} = props;
  const busy = slot.status === 'loading';
  return (
    <>
      <p class="hint">{ui.t(props.bodyKey, {period: props.period})}</p>
      <button
        type="button"
        id={props.buttonId}
        class="primary"
        disabled={busy}
        onClick={props.onRun}
      >
        {busyLabel(ui, busy, props.buttonKey)}
      </button>
      {busy && <Spinner />}
      {slot.status === 'error' && (
        <ErrorBox message={slot.message} retry={slot.retry} />
      )}
      {slot.status === 'ok' && (
        <>
          <ResultLine result={slot.value} />
          {props.details}
        </>
      )}
    </>
  );
}

export function TabsPanel(props: {period: string; onDone: () => void}) {
  const ui = useUi();
  const tabs = useLoad<TabsResult>(ui);
  // A result belongs to the period it was made for.
  useEffect(() => tabs.set(IDLE), [props.period]);

  async function createTabs() {
    const result = await tabs.run(
      () => ui.call('apiCreateTabs', props.period),
      () => void createTabs(),
    );
    if (result) {
      ui.announce(result.message);
      props.onDone();
    }
  }

  const names = tabs.slot.status === 'ok' ? (tabs.slot.value.tabs ?? []) : [];
  return (
    <ActionPanel
      period={props.period}
      bodyKey="sidebar.tabs.body"
      buttonId="tabs-run"
      buttonKey="sidebar.tabs.run"
      slot={tabs.slot}
      onRun={() => void createTabs()}
      details={
        names.length > 0 && (
          <ul class="tab-list">
            {names.map(name => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** The recompute itself lives in the app: the summary's stale hint starts it too. */
export function ComputePanel(props: {
  period: string;
  recompute: Load<RecomputeResult>;
  onRun: () => void;
}) {
  return (
    <ActionPanel
      period={props.period}
      bodyKey="sidebar.compute.body"
      buttonId="compute-run"
      buttonKey="sidebar.compute.run"
      slot={props.recompute}
      onRun={props.onRun}
    />
  );
}
