// The "send all" block of the feedback panel: confirm, pause/resume, progress and counts.
import {useEffect, useRef} from 'preact/hooks';
import type {SendPlan, SendStatus} from '../src/core/api';
import type {Loader} from './load';
import {PlanConfirm} from './send-plan';
import {processed, SendJob} from './send-job';
import {ErrorBox, ProgressBar, useUi} from './ui';

function Controls(props: {
  job: SendJob;
  period: string;
  count: number;
  plan: Loader<SendPlan>;
  loadPlan: () => void;
}) {
  const {t} = useUi();
  const {job} = props;
  const s = job.status;
  const confirm = useRef<HTMLButtonElement>(null);
  // The confirm button replaces the one just pressed: keep the keyboard where it was.
  const planReady = props.plan.slot.status === 'ok';
  useEffect(() => {
    if (job.confirming) confirm.current?.focus();
  }, [job.confirming, planReady]);
  if (job.driving) {
    return (
      <button
        type="button"
        key="pause"
        id="send-pause"
        class="secondary"
        disabled={job.pausedByUser}
        onClick={job.pause}
      >
        {t('sidebar.feedback.pause')}
      </button>
    );
  }
  if (s && (s.state === 'running' || s.state === 'paused-quota')) {
    return (
      <button
        type="button"
        key="resume"
        id="send-resume"
        class="primary"
        onClick={job.resume}
      >
        {t('sidebar.feedback.resume')}
      </button>
    );
  }
  if (job.confirming) {
    return (
      <PlanConfirm
        plan={props.plan.slot}
        resend={job.resend}
        confirmRef={confirm}
        onSend={() => job.start(props.period)}
        onResendChanged={() => job.resendChanged(props.period)}
        onCancel={() => job.setConfirming(false)}
      />
    );
  }
  return (
    <button
      type="button"
      key="all"
      id="send-all"
      class="primary"
      disabled={props.count === 0}
      onClick={() => {
        job.setConfirming(true);
        props.loadPlan();
      }}
    >
      {t('sidebar.feedback.sendAll')}
    </button>
  );
}

function Progress({status}: {status: SendStatus}) {
  const {t} = useUi();
  const done = processed(status);
  const count = (
    kind: 'sent' | 'skipped' | 'failed' | 'uncertain',
    key: string,
  ) => (
    <div class={`count ${kind}`}>
      <dt>{t(key)}</dt>
      <dd data-kind={kind}>{String(status[kind])}</dd>
    </div>
  );
  return (
    <>
      <p class="meta" id="send-progress-text">
        {t('sidebar.feedback.progress', {done, total: status.total})}
      </p>
      <ProgressBar
        label={t('sidebar.feedback.progressLabel')}
        done={done}
        total={status.total}
        id="send-progress"
      />
      <dl class="counts" id="send-counts">
        {count('sent', 'sidebar.feedback.sent')}
        {count('skipped', 'sidebar.feedback.skipped')}
        {count('failed', 'sidebar.feedback.failed')}
        {count('uncertain', 'sidebar.feedback.uncertain')}
      </dl>
    </>
  );
}

function Notes({job}: {job: SendJob}) {
  const {t} = useUi();
  const s = job.status;
  return (
    <>
      {s?.state === 'error' ? (
        // The loop stopped on it: say so as an error, and offer to go on from where it stopped.
        <ErrorBox message={s.message} retry={job.resume} id="send-error" />
      ) : (
        s?.message &&
        s.state !== 'idle' && (
          <p class="meta" id="send-message">
            {s.message}
          </p>
        )
      )}
      {s?.state === 'paused-quota' ? (
        <p class="hint warn" id="send-quota">
          {t('sidebar.feedback.pausedQuota', {quota: s.remainingQuota})}
        </p>
      ) : s?.state === 'running' && !job.driving ? (
        <p class="hint">{t('sidebar.feedback.paused')}</p>
      ) : (
        s?.state === 'done' && (
          <p class="result ok" id="send-done">
            {t('sidebar.feedback.done')}
          </p>
        )
      )}
      {s && s.uncertain > 0 && (
        <p class="hint warn">
          {t('sidebar.feedback.uncertainHelp', {count: s.uncertain})}
        </p>
      )}
      {job.error && (
        <ErrorBox message={job.error.message} retry={job.error.retry} />
      )}
    </>
  );
}

export function SendPanel(props: {
  job: SendJob;
  period: string;
  count: number;
  plan: Loader<SendPlan>;
  loadPlan: () => void;
}) {
  const {t} = useUi();
  const {job} = props;
  const s = job.status;
  const active = s && (s.state === 'running' || s.state === 'paused-quota');
  return (
    <div class="send-block">
      <h3>{t('sidebar.feedback.sendAll')}</h3>
      {!job.driving && !active && (
        <label class="check">
          <input
            type="checkbox"
            id="send-resend"
            checked={job.resend}
            onChange={e =>
              job.setResend((e.target as HTMLInputElement).checked)
            }
          />
          {t('sidebar.feedback.resend')}
        </label>
      )}
      {/* The confirmation is a block of its own; the other controls sit in a row. */}
      <div class={job.confirming && !job.driving && !active ? '' : 'buttons'}>
        <Controls
          job={job}
          period={props.period}
          count={props.count}
          plan={props.plan}
          loadPlan={props.loadPlan}
        />
      </div>
      {s && s.state !== 'idle' && s.total > 0 && <Progress status={s} />}
      <Notes job={job} />
      {s && s.state !== 'paused-quota' && (
        <p class="meta">
          {t('sidebar.feedback.quota', {quota: s.remainingQuota})}
        </p>
      )}
    </div>
  );
}
