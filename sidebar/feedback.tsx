// The feedback panel: find an employee, preview their email in a sandboxed frame, send a test to
// oneself, and send everyone's (the SendPanel).
import {useEffect, useRef, useState} from 'preact/hooks';
import type {
  ActionResult,
  EmailPreview,
  EmployeeListItem,
  SendPlan,
  SidebarState,
} from '../src/core/api';
import {RemindPanel} from './send-plan';
import {IDLE, Load, Loader, useLoad} from './load';
import {SendPanel} from './send';
import {useSendJob} from './send-job';
import {busyLabel, ErrorBox, ResultLine, Spinner, useUi} from './ui';

/** Arrow keys walk the list: preview only where the user stops. */
const PREVIEW_DELAY_MS = 200;

function matching(list: EmployeeListItem[], search: string) {
  const query = search.trim().toLowerCase();
  if (!query) return list;
  return list.filter(
    e => e.nama.toLowerCase().includes(query) || e.nip.includes(query),
  );
}

function Preview(props: {
  preview: Load<EmailPreview>;
  testSend: Load<ActionResult>;
  name: string;
  onTestSend: () => void;
  /** Whether an email of this period was already sent (the button says "resend"). */
  sent: boolean;
  changed: boolean;
  busy: boolean;
  onSendOne: () => void;
}) {
  const ui = useUi();
  const {t} = ui;
  const p = props.preview;
  if (p.status === 'idle') return null;
  if (p.status === 'loading') return <Spinner />;
  if (p.status === 'error')
    return <ErrorBox message={p.message} retry={p.retry} />;
  const preview = p.value;
  const test = props.testSend;
  const testBusy = test.status === 'loading';
  return (
    <div class="preview-block">
      <dl class="mail-meta">
        <dt>{t('sidebar.feedback.to')}</dt>
        <dd id="fb-to">{preview.to || '—'}</dd>
        {preview.cc && (
          <>
            <dt>{t('sidebar.feedback.cc')}</dt>
            <dd id="fb-cc">{preview.cc}</dd>
          </>
        )}
        <dt>{t('sidebar.feedback.subject')}</dt>
        <dd id="fb-subject">{preview.subject}</dd>
      </dl>
      {preview.skipReason && (
        <p class="hint warn" id="fb-skip">
          {t('sidebar.feedback.skip', {reason: preview.skipReason})}
        </p>
      )}
      <iframe
        id="fb-preview"
        class="preview"
        // No allow-scripts, no allow-same-origin: the email HTML can neither run code nor reach us.
        sandbox=""
        title={t('sidebar.feedback.previewFrame', {name: props.name})}
        srcdoc={preview.html}
      />
      <button
        type="button"
        id="fb-test-send"
        class="secondary"
        disabled={testBusy}
        onClick={props.onTestSend}
      >
        {busyLabel(ui, testBusy, 'sidebar.feedback.testSend')}
      </button>
      <button
        type="button"
        id="fb-resend-one"
        class="secondary"
        disabled={props.busy || !!preview.skipReason}
        onClick={props.onSendOne}
      >
        {t(
          props.sent
            ? 'sidebar.feedback.resendOne'
            : 'sidebar.feedback.sendOne',
        )}
      </button>
      {props.changed && (
        <p class="hint warn" id="fb-changed">
          {t('sidebar.feedback.changedHint')}
        </p>
      )}
      {test.status === 'ok' && <ResultLine result={test.value} />}
      {test.status === 'error' && (
        <ErrorBox message={test.message} retry={test.retry} />
      )}
    </div>
  );
}

export function FeedbackPanel(props: {
  period: string;
  open: boolean;
  /** A new object after each apiGetState: an open panel then refreshes the send status. */
  loaded: SidebarState;
  employees: Loader<EmployeeListItem[]>;
  loadEmployees: () => void;
}) {
  const ui = useUi();
  const {t} = ui;
  const {period, employees} = props;
  const [search, setSearch] = useState('');
  const [selectedNip, setSelectedNip] = useState('');
  const preview = useLoad<EmailPreview>(ui);
  const testSend = useLoad<ActionResult>(ui);
  const plan = useLoad<SendPlan>(ui);
  const loadPlan = () =>
    void plan.run(() => ui.call('apiSendPlan', period), loadPlan);
  const job = useSendJob(ui, () => {
    props.loadEmployees();
    loadPlan();
  });
  const previewTimer = useRef<ReturnType<typeof setTimeout> | undefined>(
    undefined,
  );

  function openFeedback() {
    if (employees.current().status === 'idle') props.loadEmployees();
    // The plan flags the results changed since sent in the list below.
    if (plan.current().status === 'idle') loadPlan();
    void job.refresh(openFeedback);
  }
  useEffect(() => {
    if (props.open) openFeedback();
  }, [props.open, props.loaded]);

  // A preview or test belongs to the period it was made for.
  const planPeriod = useRef(period);
  useEffect(() => {
    preview.set(IDLE);
    testSend.set(IDLE);
    if (planPeriod.current === period) return;
    planPeriod.current = period;
    plan.set(IDLE);
    if (props.open) loadPlan();
  }, [period]);

  // A reloaded list without the chosen employee (another period): nobody is chosen.
  const list = employees.slot.status === 'ok' ? employees.slot.value : null;
  useEffect(() => {
    if (list && !list.some(e => e.nip === selectedNip)) {
      setSelectedNip('');
      preview.set(IDLE);
    }
  }, [list]);

  function loadPreview(nip: string) {
    void preview.run(
      () => ui.call('apiPreviewEmail', period, nip),
      () => loadPreview(nip),
    );
  }

  function choose(nip: string) {
    setSelectedNip(nip);
    testSend.set(IDLE);
    if (previewTimer.current) clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(() => loadPreview(nip), PREVIEW_DELAY_MS);
  }

  async function runTestSend() {
    const result = await testSend.run(
      () => ui.call('apiTestSend', period, selectedNip),
      () => void runTestSend(),
    );
    if (result) ui.announce(result.message);
  }

  const slot = employees.slot;
  if (slot.status === 'idle' || slot.status === 'loading') return <Spinner />;
  if (slot.status === 'error') {
    return <ErrorBox message={slot.message} retry={slot.retry} />;
  }
  const all = slot.value;
  const send = (
    <>
      <SendPanel
        job={job}
        period={period}
        count={all.length}
        plan={plan}
        loadPlan={loadPlan}
      />
      <RemindPanel period={period} />
    </>
  );
  const changed = new Set(
    plan.slot.status === 'ok' ? plan.slot.value.changedNips : [],
  );
  if (!all.length) {
    return (
      <>
        <p class="empty" id="fb-empty">
          {t('sidebar.feedback.noEmployees')}
        </p>
        {send}
      </>
    );
  }
  const matches = matching(all, search);
  const chosen = all.find(e => e.nip === selectedNip);
  return (
    <>
      <label for="fb-search">{t('sidebar.feedback.search')}</label>
      <input
        id="fb-search"
        type="search"
        autocomplete="off"
        placeholder={t('sidebar.feedback.searchPlaceholder')}
        value={search}
        onInput={e => setSearch((e.target as HTMLInputElement).value)}
      />
      <label for="fb-employee" class="visually-hidden">
        {t('sidebar.feedback.employee')}
      </label>
      <select
        id="fb-employee"
        size={6}
        class="employee-list"
        disabled={matches.length === 0}
        onChange={e => choose((e.target as HTMLSelectElement).value)}
      >
        {matches.map(e => (
          <option key={e.nip} value={e.nip} selected={e.nip === selectedNip}>
            {[
              e.nama,
              e.predikat,
              changed.has(e.nip)
                ? `⚠ ${t('sidebar.feedback.changedMark')}`
                : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </option>
        ))}
      </select>
      <p class="empty" id="fb-nomatch" hidden={matches.length > 0}>
        {t('sidebar.feedback.noMatch')}
      </p>
      {selectedNip && (
        <Preview
          preview={preview.slot}
          testSend={testSend.slot}
          name={chosen?.nama ?? selectedNip}
          onTestSend={() => void runTestSend()}
          sent={/^(Terkirim|Sent)/i.test(chosen?.emailStatus ?? '')}
          changed={changed.has(selectedNip)}
          busy={job.driving}
          onSendOne={() => job.resendOne(period, selectedNip)}
        />
      )}
      {send}
    </>
  );
}
