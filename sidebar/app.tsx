// The sidebar application, HR's control panel: loads the state, offers "Siapkan Lembar" until the
// sheets exist, then shows the period picker and one collapsible card per panel. State shared by
// several panels (period, summary, recompute, employee list) lives here; the rest in each panel.
import type {ComponentChildren} from 'preact';
import {useEffect, useLayoutEffect, useRef, useState} from 'preact/hooks';
import type {
  ActionResult,
  EmployeeListItem,
  RecomputeResult,
  SidebarState,
  SummaryDto,
} from '../src/core/api';
import type {Lang} from '../src/core/types';
import {ComputePanel, TabsPanel} from './actions';
import {CheckPanel} from './check';
import {DokumenPanel} from './dokumen';
import {FeedbackPanel} from './feedback';
import {IDLE, useLoad} from './load';
import type {Call} from './rpc';
import {SettingsPanel} from './settings';
import {SummaryPanel} from './summary';
import {TppPanel} from './tpp';
import {MyTabsPanel} from './my-tabs';
import {
  busyLabel,
  Card,
  createUi,
  ErrorBox,
  Spinner,
  UiContext,
  useUi,
} from './ui';

type SectionId =
  | 'summary'
  | 'myTabs'
  | 'check'
  | 'tabs'
  | 'compute'
  | 'tpp'
  | 'feedback'
  | 'dokumen'
  | 'settings';

const SECTION_TITLE: Record<SectionId, string> = {
  summary: 'sidebar.summary.title',
  myTabs: 'sidebar.myTabs.title',
  check: 'sidebar.check.title',
  tabs: 'sidebar.tabs.title',
  compute: 'sidebar.compute.title',
  tpp: 'sidebar.tpp.title',
  feedback: 'sidebar.feedback.title',
  dokumen: 'sidebar.dokumen.title',
  settings: 'sidebar.settings.title',
};

const INITIALLY_OPEN: Record<SectionId, boolean> = {
  summary: true,
  myTabs: true,
  check: false,
  tabs: false,
  compute: false,
  tpp: false,
  feedback: false,
  dokumen: false,
  settings: false,
};

export function App({call}: {call: Call}) {
  const [lang, setLang] = useState<Lang>(
    document.documentElement.lang === 'en' ? 'en' : 'id',
  );
  const [status, setStatus] = useState('');
  const ui = createUi(lang, call, setStatus);
  const {t} = ui;

  const state = useLoad<SidebarState>(ui);
  /** The last state loaded: panels stay on screen (and keep their state) while it reloads. */
  const [loaded, setLoaded] = useState<SidebarState | null>(null);
  const setup = useLoad<ActionResult>(ui);
  const summary = useLoad<SummaryDto>(ui);
  const recompute = useLoad<RecomputeResult>(ui);
  const employees = useLoad<EmployeeListItem[]>(ui);
  const [open, setOpen] = useState(INITIALLY_OPEN);
  // Read by calls resumed after an await, and by retries, as the period picked now.
  const periodRef = useRef('');
  const [period, setPeriod] = useState('');
  const pickPeriod = (value: string) => {
    periodRef.current = value;
    setPeriod(value);
  };

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('sidebar.title');
  }, [lang]);

  async function loadState(): Promise<void> {
    const value = await state.run(
      () => call('apiGetState'),
      () => void loadState(),
    );
    if (!value) return;
    setLang(value.lang === 'en' ? 'en' : 'id');
    if (!periodRef.current || !value.periods.includes(periodRef.current)) {
      pickPeriod(value.activePeriod);
    }
    setLoaded(value);
    if (value.ready) void loadSummary();
  }

  async function setupSheets() {
    const result = await setup.run(
      () => call('apiSetupSheets'),
      () => void setupSheets(),
    );
    if (result) {
      ui.announce(result.message);
      if (result.ok) await loadState();
    }
  }

  const loadSummary = () =>
    summary.run(
      () => call('apiGetSummary', periodRef.current),
      () => void loadSummary(),
    );

  const loadEmployees = () =>
    employees.run(
      () => call('apiListEmployees', periodRef.current),
      () => void loadEmployees(),
    );

  async function runRecompute() {
    const result = await recompute.run(
      () => call('apiRecompute', periodRef.current),
      () => void runRecompute(),
    );
    if (result) {
      ui.announce(result.message);
      void loadSummary();
      if (employees.current().status !== 'idle') void loadEmployees();
    }
  }

  function changePeriod(value: string) {
    pickPeriod(value);
    recompute.set(IDLE);
    void loadSummary();
    if (employees.current().status !== 'idle') void loadEmployees();
  }

  useEffect(() => void loadState(), []);

  const statusLine = (
    <p id="status" class="status" role="status" aria-live="polite">
      {status}
    </p>
  );
  let content;
  if (state.slot.status === 'error') {
    content = (
      <>
        {statusLine}
        <ErrorBox message={state.slot.message} retry={state.slot.retry} />
      </>
    );
  } else if (!loaded) {
    content = (
      <>
        {statusLine}
        <Spinner />
      </>
    );
  } else if (!loaded.ready) {
    const busy =
      setup.slot.status === 'loading' || state.slot.status === 'loading';
    content = (
      <>
        <Header state={loaded} />
        {statusLine}
        <section class="card open empty-state" aria-labelledby="setup-title">
          <h2 id="setup-title">{t('sidebar.setup.title')}</h2>
          <p>{t('sidebar.setup.body')}</p>
          {setup.slot.status === 'error' && (
            <ErrorBox message={setup.slot.message} retry={setup.slot.retry} />
          )}
          <button
            type="button"
            id="setup-sheets"
            class="primary"
            disabled={busy}
            onClick={() => void setupSheets()}
          >
            {busyLabel(ui, busy, 'sidebar.setup.button')}
          </button>
        </section>
      </>
    );
  } else {
    // Known once the summary says the role; until then HR's cards show (the server decides).
    const mine =
      summary.slot.status === 'ok' && summary.slot.value.role !== 'hr'
        ? summary.slot.value.myTabs
        : null;
    const card = (id: SectionId, body: ComponentChildren) => (
      <Card
        id={id}
        title={t(SECTION_TITLE[id])}
        open={open[id]}
        onToggle={() => setOpen({...open, [id]: !open[id]})}
      >
        {body}
      </Card>
    );
    content = (
      <>
        <Header state={loaded}>
          <PeriodPicker
            periods={loaded.periods}
            period={period}
            onChange={changePeriod}
          />
        </Header>
        {statusLine}
        {card(
          'summary',
          <SummaryPanel
            summary={summary.slot}
            onReload={() => void loadSummary()}
            onRecompute={() => void runRecompute()}
          />,
        )}
        {/* A supervisor (or anyone not HR) gets Tab saya and nothing else (SHEETS.md, Roles). */}
        {mine && card('myTabs', <MyTabsPanel tabs={mine} />)}
        {!mine && card('check', <CheckPanel period={period} />)}
        {!mine &&
          card('tabs', <TabsPanel period={period} onDone={loadSummary} />)}
        {!mine &&
          card(
            'compute',
            <ComputePanel
              period={period}
              recompute={recompute.slot}
              onRun={() => void runRecompute()}
            />,
          )}
        {!mine && card('tpp', <TppPanel period={period} />)}
        {!mine &&
          card(
            'feedback',
            <FeedbackPanel
              period={period}
              open={open.feedback}
              loaded={loaded}
              employees={employees}
              loadEmployees={loadEmployees}
            />,
          )}
        {!mine &&
          card(
            'dokumen',
            <DokumenPanel
              period={period}
              open={open.dokumen}
              employees={employees}
              loadEmployees={loadEmployees}
            />,
          )}
        {!mine &&
          card(
            'settings',
            <SettingsPanel settings={loaded.settings} reload={loadState} />,
          )}
        {/* Apps Script tells the address only with the userinfo.email scope, which we do not ask for. */}
        {loaded.userEmail && (
          <footer class="user">
            {t('sidebar.user', {email: loaded.userEmail})}
          </footer>
        )}
      </>
    );
  }
  return <UiContext.Provider value={ui}>{content}</UiContext.Provider>;
}

function Header(props: {state: SidebarState; children?: ComponentChildren}) {
  const {t} = useUi();
  return (
    <header class="top">
      <h1>{t('sidebar.title')}</h1>
      {props.state.namaInstansi && (
        <p class="instansi">{props.state.namaInstansi}</p>
      )}
      {props.children}
    </header>
  );
}

function PeriodPicker(props: {
  periods: string[];
  period: string;
  onChange: (period: string) => void;
}) {
  const {t} = useUi();
  const periods = props.periods.includes(props.period)
    ? props.periods
    : [props.period, ...props.periods];
  return (
    <div class="period">
      <label for="period">{t('sidebar.period')}</label>
      <select
        id="period"
        onChange={e => props.onChange((e.target as HTMLSelectElement).value)}
      >
        {periods.map(p => (
          <option key={p} value={p} selected={p === props.period}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}
