// The two one-button panels: create the appraisal tabs, and compute the period.
import type {ComponentChildren} from 'preact';
import type {ActionResult, RecomputeResult} from '../src/core/api';
import type {Load} from './load';
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

export {TabsPanel} from './tabs-job';

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
