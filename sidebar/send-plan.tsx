// The send confirmation (what apiSendPlan says: "Kirim 3 email", the others grouped by reason,
// the results changed since sent) and the reminders block (apiReminderPlan, apiSendReminders).
import type {ReminderPlan, ReminderResult, SendPlan} from '../src/core/api';
import {IDLE, type Load, useLoad} from './load';
import {ErrorBox, ResultLine, Spinner, useUi} from './ui';

/** The plan's groups as a list: label, count, a few names. */
function Reasons({plan}: {plan: SendPlan}) {
  const {t} = useUi();
  if (!plan.reasons.length) return null;
  return (
    <>
      <p class="plan-lead">{t('sidebar.plan.notSent')}</p>
      <ul class="plan-reasons" id="send-plan-reasons">
        {plan.reasons.map(r => (
          <li key={r.reason} data-reason={r.reason}>
            <span class="plan-reason">
              <span>{r.label}</span>
              <b>{r.count}</b>
            </span>
            <span class="plan-names">
              {r.names.join('; ') + (r.count > r.names.length ? '; …' : '')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function PlanConfirm(props: {
  plan: Load<SendPlan>;
  resend: boolean;
  confirmRef: {current: HTMLButtonElement | null};
  onSend: () => void;
  onResendChanged: () => void;
  onCancel: () => void;
}) {
  const {t} = useUi();
  const p = props.plan;
  if (p.status === 'idle' || p.status === 'loading') return <Spinner />;
  if (p.status === 'error')
    return <ErrorBox message={p.message} retry={p.retry} />;
  const plan = p.value;
  const count = props.resend ? plan.resendAll : plan.send;
  return (
    <div class="confirm plan" id="send-plan">
      <p class="confirm-text" id="send-plan-summary">
        {plan.ok
          ? t(
              props.resend
                ? 'sidebar.plan.summaryResend'
                : 'sidebar.plan.summary',
              {
                send: count,
                total: plan.total,
              },
            )
          : plan.message}
      </p>
      {!props.resend && <Reasons plan={plan} />}
      {plan.changed > 0 && (
        <p class="hint warn" id="send-changed">
          {t('sidebar.plan.changed', {
            count: plan.changed,
            names:
              plan.changedNames.join('; ') +
              (plan.changed > plan.changedNames.length ? '; …' : ''),
          })}
        </p>
      )}
      {count > plan.remainingQuota && (
        <p class="hint">
          {t('sidebar.plan.quota', {quota: plan.remainingQuota})}
        </p>
      )}
      <div class="buttons">
        <button
          type="button"
          id="send-confirm"
          class="primary"
          ref={props.confirmRef}
          disabled={count === 0}
          onClick={props.onSend}
        >
          {t('sidebar.plan.send', {count})}
        </button>
        <button
          type="button"
          id="send-cancel"
          class="secondary"
          onClick={props.onCancel}
        >
          {t('sidebar.plan.cancel')}
        </button>
      </div>
      {plan.changed > 0 && (
        <button
          type="button"
          id="send-changed-only"
          class="secondary"
          onClick={props.onResendChanged}
        >
          {t('sidebar.plan.resendChanged', {count: plan.changed})}
        </button>
      )}
    </div>
  );
}

/** Reminders to supervisors with unfinished inputs: the plan first, then one click sends. */
export function RemindPanel({period}: {period: string}) {
  const ui = useUi();
  const {t} = ui;
  const plan = useLoad<ReminderPlan>(ui);
  const result = useLoad<ReminderResult>(ui);
  const loadPlan = () => {
    result.set(IDLE);
    void plan.run(() => ui.call('apiReminderPlan', period), loadPlan);
  };
  const send = async () => {
    const done = await result.run(
      () => ui.call('apiSendReminders', period),
      () => void send(),
    );
    if (done) {
      ui.announce(done.message);
      plan.set(IDLE);
    }
  };
  const p = plan.slot;
  const r = result.slot;
  return (
    <div class="send-block" id="remind-block">
      <h3>{t('sidebar.remind.title')}</h3>
      {p.status === 'idle' && (
        <button
          type="button"
          id="remind-plan"
          class="secondary"
          onClick={loadPlan}
        >
          {t('sidebar.remind.check')}
        </button>
      )}
      {p.status === 'loading' && <Spinner />}
      {p.status === 'error' && <ErrorBox message={p.message} retry={p.retry} />}
      {p.status === 'ok' && (
        <div class="confirm plan" id="remind-plan-view">
          <p class="confirm-text">{p.value.message}</p>
          {p.value.items.length === 0 && (
            <p class="meta">{t('sidebar.remind.none')}</p>
          )}
          <ul class="plan-reasons">
            {p.value.items.map(item => (
              <li key={item.nip}>
                <span class="plan-reason">
                  <span>{item.nama}</span>
                  <b>{item.employees.length}</b>
                </span>
                <span class="plan-names">
                  {item.holdReason ||
                    t('sidebar.remind.empty', {
                      empty: item.employees.reduce((s, e) => s + e.empty, 0),
                    })}
                </span>
              </li>
            ))}
          </ul>
          <div class="buttons">
            <button
              type="button"
              id="remind-send"
              class="primary"
              disabled={p.value.send === 0 || r.status === 'loading'}
              onClick={() => void send()}
            >
              {r.status === 'loading'
                ? t('sidebar.working')
                : t('sidebar.remind.send', {count: p.value.send})}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => plan.set(IDLE)}
            >
              {t('sidebar.plan.cancel')}
            </button>
          </div>
        </div>
      )}
      {r.status === 'ok' && <ResultLine result={r.value} />}
      {r.status === 'error' && <ErrorBox message={r.message} retry={r.retry} />}
    </div>
  );
}
