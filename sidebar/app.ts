// The sidebar application: HR's control panel. State lives in one `model`; each collapsible card
// re-renders its own body when its part of the model changes (so typing in one card is never
// interrupted by another), and a language switch re-renders everything.
import type {
  ActionResult,
  EmailPreview,
  EmployeeListItem,
  RecomputeResult,
  SendStatus,
  SettingsDto,
  SidebarState,
  SummaryDto,
  TabsResult,
  ValidationDto,
} from '../src/core/api';
import type {Lang} from '../src/core/types';
import type {Call} from './rpc';
import {Child, h, replaceChildren, svg} from './dom';
import {Params, tr} from './i18n';

type SectionId =
  'summary' | 'check' | 'tabs' | 'compute' | 'feedback' | 'settings';
const SECTIONS: SectionId[] = [
  'summary',
  'check',
  'tabs',
  'compute',
  'feedback',
  'settings',
];
const SECTION_TITLE: Record<SectionId, string> = {
  summary: 'sidebar.summary.title',
  check: 'sidebar.check.title',
  tabs: 'sidebar.tabs.title',
  compute: 'sidebar.compute.title',
  feedback: 'sidebar.feedback.title',
  settings: 'sidebar.settings.title',
};

/** An asynchronous value as the UI shows it. */
type Load<T> =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ok'; value: T}
  | {status: 'error'; message: string; retry: () => void};

const IDLE = {status: 'idle'} as const;
const LOADING = {status: 'loading'} as const;

/** Issues listed in the sidebar; the Validasi sheet holds all of them. */
const MAX_ISSUES_SHOWN = 200;
/** Chunks in a row without progress before the sidebar stops driving (e.g. lock held elsewhere). */
const MAX_IDLE_CHUNKS = 5;

const PREDIKAT_COLORS: Record<string, string> = {
  'Sangat Baik': '#188038',
  Baik: '#34a853',
  'Butuh Perbaikan': '#f9ab00',
  'Kurang/Misconduct': '#e8710a',
  Kurang: '#e8710a',
  'Sangat Kurang': '#d93025',
  'Belum lengkap': '#9aa0a6',
};

interface Model {
  lang: Lang;
  state: Load<SidebarState>;
  period: string;
  open: Record<SectionId, boolean>;
  setup: Load<ActionResult>;
  summary: Load<SummaryDto>;
  validation: Load<ValidationDto>;
  tabs: Load<TabsResult>;
  recompute: Load<RecomputeResult>;
  employees: Load<EmployeeListItem[]>;
  search: string;
  selectedNip: string;
  preview: Load<EmailPreview>;
  testSend: Load<ActionResult>;
  send: SendStatus | null;
  sendDriving: boolean;
  sendPausedByUser: boolean;
  sendStalled: boolean;
  sendConfirm: boolean;
  resend: boolean;
  sendError: {message: string; retry: () => void} | null;
  draft: SettingsDto | null;
  settingsErrors: Partial<Record<keyof SettingsDto, string>>;
  saveSettings: Load<ActionResult>;
}

export interface MountedApp {
  /** Re-reads the state from the server and renders everything again. */
  reload(): Promise<void>;
}

export function mountApp(root: HTMLElement, call: Call): MountedApp {
  const model: Model = {
    lang: document.documentElement.lang === 'en' ? 'en' : 'id',
    state: LOADING,
    period: '',
    open: {
      summary: true,
      check: false,
      tabs: false,
      compute: false,
      feedback: false,
      settings: false,
    },
    setup: IDLE,
    summary: IDLE,
    validation: IDLE,
    tabs: IDLE,
    recompute: IDLE,
    employees: IDLE,
    search: '',
    selectedNip: '',
    preview: IDLE,
    testSend: IDLE,
    send: null,
    sendDriving: false,
    sendPausedByUser: false,
    sendStalled: false,
    sendConfirm: false,
    resend: false,
    sendError: null,
    draft: null,
    settingsErrors: {},
    saveSettings: IDLE,
  };
  const bodies: Partial<Record<SectionId, HTMLElement>> = {};
  let statusLine: HTMLElement | null = null;
  /** The last status message, kept across full re-renders (setup, language switch). */
  let statusText = '';

  const t = (key: string, params?: Params) => tr(model.lang, key, params);
  const errorText = (error: unknown) => {
    const message =
      error && typeof error === 'object' && 'message' in error
        ? String((error as {message: unknown}).message)
        : String(error ?? '');
    return message ? t('sidebar.error', {message}) : t('sidebar.errorUnknown');
  };

  /** Runs a server call into a Load slot, re-rendering the section before and after. */
  async function load<T>(
    set: (value: Load<T>) => void,
    section: SectionId | 'root',
    run: () => Promise<T>,
    retry: () => void,
  ): Promise<T | undefined> {
    set(LOADING);
    rerender(section);
    try {
      const value = await run();
      set({status: 'ok', value});
      rerender(section);
      return value;
    } catch (error) {
      set({status: 'error', message: errorText(error), retry});
      rerender(section);
      announce(errorText(error));
      return undefined;
    }
  }

  function announce(text: string) {
    statusText = text;
    if (statusLine) statusLine.textContent = text;
  }

  function rerender(section: SectionId | 'root') {
    if (section === 'root') {
      renderAll();
      return;
    }
    const body = bodies[section];
    if (body) replaceChildren(body, renderSection(section));
  }

  // ---- actions ------------------------------------------------------------------------------

  async function loadState() {
    const state = await load(
      v => (model.state = v),
      'root',
      () => call('apiGetState'),
      () => void loadState(),
    );
    if (!state) return;
    model.lang = state.lang === 'en' ? 'en' : 'id';
    if (!model.period || !state.periods.includes(model.period)) {
      model.period = state.activePeriod;
    }
    model.draft = {...state.settings};
    model.settingsErrors = {};
    renderAll();
    if (state.ready) {
      void loadSummary();
      if (model.open.feedback) void openFeedback();
    }
  }

  async function setupSheets() {
    const result = await load(
      v => (model.setup = v),
      'root',
      () => call('apiSetupSheets'),
      () => void setupSheets(),
    );
    if (result) {
      announce(result.message);
      if (result.ok) await loadState();
    }
  }

  const loadSummary = () =>
    load(
      v => (model.summary = v),
      'summary',
      () => call('apiGetSummary', model.period),
      () => void loadSummary(),
    );

  const validate = () =>
    load(
      v => (model.validation = v),
      'check',
      () => call('apiValidate'),
      () => void validate(),
    ).then(result => {
      if (result) {
        announce(
          result.issues.length
            ? t('sidebar.check.counts', {
                errors: result.errors,
                warnings: result.warnings,
              })
            : t('sidebar.check.none'),
        );
      }
    });

  async function selectCell(sheet: string, cell: string) {
    try {
      const result = await call('apiSelectCell', sheet, cell);
      announce(result.message);
    } catch (error) {
      announce(errorText(error));
    }
  }

  const createTabs = () =>
    load(
      v => (model.tabs = v),
      'tabs',
      () => call('apiCreateTabs', model.period),
      () => void createTabs(),
    ).then(result => {
      if (result) {
        announce(result.message);
        void loadSummary();
      }
    });

  const recompute = () =>
    load(
      v => (model.recompute = v),
      'compute',
      () => call('apiRecompute', model.period),
      () => void recompute(),
    ).then(result => {
      if (result) {
        announce(result.message);
        void loadSummary();
        if (model.employees.status !== 'idle') void loadEmployees();
      }
    });

  const loadEmployees = () =>
    load(
      v => (model.employees = v),
      'feedback',
      () => call('apiListEmployees', model.period),
      () => void loadEmployees(),
    ).then(list => {
      if (list && !list.some(e => e.nip === model.selectedNip)) {
        model.selectedNip = '';
        model.preview = IDLE;
        rerender('feedback');
      }
    });

  async function openFeedback() {
    if (model.employees.status === 'idle') void loadEmployees();
    if (!model.sendDriving) {
      try {
        model.send = await call('apiGetSendStatus');
        rerender('feedback');
      } catch (error) {
        model.sendError = {
          message: errorText(error),
          retry: () => void openFeedback(),
        };
        rerender('feedback');
      }
    }
  }

  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  function choose(nip: string) {
    model.selectedNip = nip;
    model.testSend = IDLE;
    // Arrow keys walk the list: preview only where the user stops.
    if (previewTimer) clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void preview(), 200);
  }

  const preview = () =>
    model.selectedNip
      ? load(
          v => (model.preview = v),
          'feedback',
          () => call('apiPreviewEmail', model.period, model.selectedNip),
          () => void preview(),
        )
      : Promise.resolve(undefined);

  const testSend = () =>
    load(
      v => (model.testSend = v),
      'feedback',
      () => call('apiTestSend', model.period, model.selectedNip),
      () => void testSend(),
    ).then(result => result && announce(result.message));

  const processed = (s: SendStatus) =>
    s.sent + s.skipped + s.failed + s.uncertain;

  /** Drives the chunked job: one apiContinueSend after another while the server says 'running'. */
  async function driveSend(first: () => Promise<SendStatus>) {
    if (model.sendDriving) return;
    model.sendDriving = true;
    model.sendPausedByUser = false;
    model.sendStalled = false;
    model.sendConfirm = false;
    model.sendError = null;
    rerender('feedback');
    try {
      let status = await first();
      model.send = status;
      rerender('feedback');
      let idleChunks = 0;
      while (status.state === 'running' && !model.sendPausedByUser) {
        const before = processed(status);
        status = await call('apiContinueSend');
        model.send = status;
        rerender('feedback');
        idleChunks = processed(status) === before ? idleChunks + 1 : 0;
        if (idleChunks >= MAX_IDLE_CHUNKS) {
          model.sendStalled = true;
          break;
        }
      }
      if (status.message) announce(status.message);
      if (status.state === 'done') void loadEmployees();
    } catch (error) {
      model.sendError = {
        message: errorText(error),
        retry: () => void driveSend(() => call('apiContinueSend')),
      };
      announce(errorText(error));
    } finally {
      model.sendDriving = false;
      rerender('feedback');
    }
  }

  function validateSettings(
    draft: SettingsDto,
  ): Partial<Record<keyof SettingsDto, string>> {
    const errors: Partial<Record<keyof SettingsDto, string>> = {};
    const range = (
      field: keyof SettingsDto,
      label: string,
      min: number,
      max: number,
    ) => {
      const value = draft[field] as number;
      if (!Number.isFinite(value) || value < min || value > max) {
        errors[field] = t('sidebar.settings.invalidNumber', {
          field: t(label),
          min,
          max,
        });
      }
    };
    range('ambangDiAtas', 'sidebar.settings.ambangDiAtas', 0, 1000);
    range('ambangSesuai', 'sidebar.settings.ambangSesuai', 0, 1000);
    range('batasCapaian', 'sidebar.settings.batasCapaian', 100, 1000);
    range('bobotHasilKerja', 'sidebar.settings.bobotHasilKerja', 0, 100);
    range('bobotPerilaku', 'sidebar.settings.bobotPerilaku', 0, 100);
    if (
      !errors.ambangDiAtas &&
      !errors.ambangSesuai &&
      draft.ambangDiAtas <= draft.ambangSesuai
    ) {
      errors.ambangDiAtas = t('sidebar.settings.thresholdOrder');
    }
    if (
      !errors.batasCapaian &&
      !errors.ambangDiAtas &&
      draft.batasCapaian < draft.ambangDiAtas
    ) {
      errors.batasCapaian = t('sidebar.settings.capBelowThreshold');
    }
    const sum = draft.bobotHasilKerja + draft.bobotPerilaku;
    if (!errors.bobotHasilKerja && !errors.bobotPerilaku && sum !== 100) {
      errors.bobotPerilaku = t('sidebar.settings.weightsSum', {sum});
    }
    const email = draft.emailHr.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.emailHr = t('sidebar.settings.invalidEmail', {email});
    }
    return errors;
  }

  async function saveSettings() {
    if (!model.draft) return;
    const draft = {...model.draft, emailHr: model.draft.emailHr.trim()};
    model.settingsErrors = validateSettings(draft);
    if (Object.keys(model.settingsErrors).length) {
      model.saveSettings = IDLE;
      rerender('settings');
      announce(t('sidebar.settings.fixErrors'));
      const first = bodies.settings?.querySelector<HTMLElement>(
        '[aria-invalid="true"]',
      );
      first?.focus();
      return;
    }
    const result = await load(
      v => (model.saveSettings = v),
      'settings',
      () => call('apiSaveSettings', draft),
      () => void saveSettings(),
    );
    if (!result) return;
    announce(result.message);
    if (result.ok) {
      // The language may have changed: reload everything in the new language.
      await loadState();
      announce(result.message);
      document.getElementById('settings-save')?.focus();
    }
  }

  function changePeriod(period: string) {
    model.period = period;
    model.tabs = IDLE;
    model.recompute = IDLE;
    model.preview = IDLE;
    model.testSend = IDLE;
    void loadSummary();
    if (model.employees.status !== 'idle') void loadEmployees();
    rerender('tabs');
    rerender('compute');
  }

  function toggle(id: SectionId) {
    model.open[id] = !model.open[id];
    const card = root.querySelector(`#card-${id}`);
    const button = card?.querySelector('.card-toggle');
    button?.setAttribute('aria-expanded', String(model.open[id]));
    card?.classList.toggle('open', model.open[id]);
    const body = bodies[id];
    if (body) body.hidden = !model.open[id];
    if (model.open[id] && id === 'feedback') void openFeedback();
  }

  // ---- rendering ----------------------------------------------------------------------------

  function spinner(): HTMLElement {
    return h(
      'p',
      {class: 'loading', role: 'status'},
      h('span', {class: 'spinner', 'aria-hidden': 'true'}),
      t('sidebar.loading'),
    );
  }

  function errorBox(
    message: string,
    retry: () => void,
    id?: string,
  ): HTMLElement {
    return h(
      'div',
      id
        ? {class: 'error', role: 'alert', id}
        : {class: 'error', role: 'alert'},
      h('p', {}, message),
      h(
        'button',
        {type: 'button', class: 'secondary small', onclick: () => retry()},
        t('sidebar.retry'),
      ),
    );
  }

  function resultLine(result: ActionResult): HTMLElement {
    return h(
      'p',
      {class: result.ok ? 'result ok' : 'result bad'},
      result.message,
    );
  }

  function renderAll() {
    document.documentElement.lang = model.lang;
    document.title = t('sidebar.title');
    for (const id of SECTIONS) delete bodies[id];
    statusLine = h('p', {
      id: 'status',
      class: 'status',
      role: 'status',
      'aria-live': 'polite',
    });
    statusLine.textContent = statusText;
    const state = model.state;
    if (state.status === 'loading' || state.status === 'idle') {
      replaceChildren(root, statusLine, spinner());
      return;
    }
    if (state.status === 'error') {
      replaceChildren(root, statusLine, errorBox(state.message, state.retry));
      return;
    }
    const s = state.value;
    const header = h(
      'header',
      {class: 'top'},
      h('h1', {}, t('sidebar.title')),
      s.namaInstansi ? h('p', {class: 'instansi'}, s.namaInstansi) : null,
    );
    if (!s.ready) {
      const busy = model.setup.status === 'loading';
      replaceChildren(
        root,
        header,
        statusLine,
        h(
          'section',
          {class: 'card open empty-state', 'aria-labelledby': 'setup-title'},
          h('h2', {id: 'setup-title'}, t('sidebar.setup.title')),
          h('p', {}, t('sidebar.setup.body')),
          model.setup.status === 'error'
            ? errorBox(model.setup.message, model.setup.retry)
            : null,
          h(
            'button',
            {
              type: 'button',
              id: 'setup-sheets',
              class: 'primary',
              disabled: busy,
              onclick: () => void setupSheets(),
            },
            busy ? t('sidebar.working') : t('sidebar.setup.button'),
          ),
        ),
      );
      return;
    }
    const periods = s.periods.includes(model.period)
      ? s.periods
      : [model.period, ...s.periods];
    const picker = h(
      'div',
      {class: 'period'},
      h('label', {for: 'period'}, t('sidebar.period')),
      h(
        'select',
        {
          id: 'period',
          onchange: e => changePeriod((e.target as HTMLSelectElement).value),
        },
        periods.map(p =>
          h('option', {value: p, selected: p === model.period}, p),
        ),
      ),
    );
    header.appendChild(picker);
    const cards = SECTIONS.map(id => {
      const body = h('div', {
        class: 'card-body',
        id: `body-${id}`,
        role: 'region',
        'aria-labelledby': `toggle-${id}`,
      });
      body.hidden = !model.open[id];
      bodies[id] = body;
      replaceChildren(body, renderSection(id));
      return h(
        'section',
        {class: model.open[id] ? 'card open' : 'card', id: `card-${id}`},
        h(
          'h2',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'card-toggle',
              id: `toggle-${id}`,
              'aria-expanded': String(model.open[id]),
              'aria-controls': `body-${id}`,
              onclick: () => toggle(id),
            },
            h('span', {}, t(SECTION_TITLE[id])),
            chevron(),
          ),
        ),
        body,
      );
    });
    replaceChildren(
      root,
      header,
      statusLine,
      cards,
      // Apps Script tells the address only with the userinfo.email scope, which we do not ask for.
      s.userEmail
        ? h('footer', {class: 'user'}, t('sidebar.user', {email: s.userEmail}))
        : null,
    );
  }

  function chevron(): Element {
    return svg(
      'svg',
      {
        class: 'chevron',
        width: 16,
        height: 16,
        viewBox: '0 0 24 24',
        'aria-hidden': 'true',
        focusable: 'false',
      },
      svg('path', {d: 'M7 10l5 5 5-5z', fill: 'currentColor'}),
    );
  }

  function renderSection(id: SectionId): Child {
    switch (id) {
      case 'summary':
        return renderSummary();
      case 'check':
        return renderCheck();
      case 'tabs':
        return renderTabs();
      case 'compute':
        return renderCompute();
      case 'feedback':
        return renderFeedback();
      case 'settings':
        return renderSettings();
    }
  }

  function formatTime(iso: string): string {
    const date = new Date(iso);
    if (isNaN(date.getTime())) return iso;
    return date.toLocaleString(model.lang === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  }

  function progressBar(
    label: string,
    done: number,
    total: number,
    id?: string,
  ): HTMLElement {
    const percent = total > 0 ? Math.round((done / total) * 100) : 0;
    return h(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        id,
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': total,
        'aria-valuenow': done,
      },
      h('div', {class: 'bar-fill', style: `width:${percent}%`}),
    );
  }

  function predikatLabel(label: string): string {
    return label === 'Belum lengkap' ? t('sidebar.predikat.incomplete') : label;
  }

  function distributionChart(
    items: SummaryDto['distribution'],
  ): SVGElement | HTMLElement {
    const rowHeight = 22;
    const width = 268;
    const labelWidth = 112;
    const countWidth = 30;
    const max = Math.max(1, ...items.map(i => i.count));
    const barSpace = width - labelWidth - countWidth;
    const description = items
      .map(i => `${predikatLabel(i.label)} ${i.count}`)
      .join(', ');
    return svg(
      'svg',
      {
        class: 'chart',
        id: 'distribution-chart',
        role: 'img',
        'aria-label': t('sidebar.summary.chartLabel', {items: description}),
        viewBox: `0 0 ${width} ${items.length * rowHeight}`,
        width: '100%',
      },
      items.map((item, index) => {
        const y = index * rowHeight;
        const barWidth = Math.round((item.count / max) * barSpace);
        return svg(
          'g',
          {'data-label': item.label, 'data-count': item.count},
          svg(
            'text',
            {x: 0, y: y + 15, class: 'chart-label'},
            predikatLabel(item.label),
          ),
          svg('rect', {
            x: labelWidth,
            y: y + 4,
            width: Math.max(item.count > 0 ? 2 : 0, barWidth),
            height: rowHeight - 8,
            rx: 2,
            fill: PREDIKAT_COLORS[item.label] ?? '#1a73e8',
          }),
          svg(
            'text',
            {
              x: labelWidth + Math.max(barWidth, 0) + 4,
              y: y + 15,
              class: 'chart-count',
            },
            String(item.count),
          ),
        );
      }),
    );
  }

  function renderSummary(): Child {
    const summary = model.summary;
    if (summary.status === 'idle' || summary.status === 'loading') {
      return spinner();
    }
    if (summary.status === 'error') {
      return errorBox(summary.message, summary.retry);
    }
    const s = summary.value;
    const reload = h(
      'button',
      {
        type: 'button',
        id: 'summary-reload',
        class: 'secondary small',
        'aria-label': t('sidebar.summary.refreshLabel'),
        onclick: () => void loadSummary(),
      },
      t('sidebar.summary.refresh'),
    );
    if (s.employees === 0) {
      return [
        h(
          'p',
          {class: 'empty', id: 'no-employees'},
          t('sidebar.summary.noEmployees'),
        ),
        reload,
      ];
    }
    const computed = s.lastComputed
      ? h(
          'p',
          {class: 'meta', id: 'last-computed'},
          t('sidebar.summary.lastComputed', {time: formatTime(s.lastComputed)}),
        )
      : h(
          'p',
          {class: 'hint', id: 'not-computed'},
          t('sidebar.summary.notComputed'),
        );
    const stale =
      s.stale && s.lastComputed
        ? h(
            'div',
            {class: 'hint warn', id: 'stale-hint'},
            h('p', {}, t('sidebar.summary.stale')),
            h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                onclick: () => void recompute(),
              },
              t('sidebar.compute.run'),
            ),
          )
        : null;
    const hasResults = s.distribution.some(d => d.count > 0);
    return [
      h(
        'div',
        {class: 'summary-head'},
        h(
          'p',
          {class: 'meta'},
          t('sidebar.summary.employees', {count: s.employees}),
        ),
        reload,
      ),
      computed,
      stale,
      h('h3', {}, t('sidebar.summary.completion')),
      s.completion.length
        ? h(
            'ul',
            {class: 'progress-list'},
            s.completion.map(row =>
              h(
                'li',
                {},
                h(
                  'div',
                  {class: 'progress-text'},
                  h(
                    'span',
                    {class: 'progress-label', title: row.label},
                    row.label,
                  ),
                  h(
                    'span',
                    {class: 'progress-count'},
                    `${row.done}/${row.total}`,
                  ),
                ),
                progressBar(
                  t('sidebar.summary.completionRow', {
                    label: row.label,
                    done: row.done,
                    total: row.total,
                  }),
                  row.done,
                  row.total,
                ),
              ),
            ),
          )
        : h('p', {class: 'empty'}, t('sidebar.summary.noCompletion')),
      h('h3', {}, t('sidebar.summary.distribution')),
      hasResults || s.lastComputed
        ? distributionChart(s.distribution)
        : h('p', {class: 'empty'}, t('sidebar.summary.notComputed')),
      s.curveWarnings.length
        ? [
            h('h3', {}, t('sidebar.summary.warnings')),
            h(
              'ul',
              {class: 'warnings', id: 'curve-warnings'},
              s.curveWarnings.map(w => h('li', {}, w)),
            ),
          ]
        : null,
    ];
  }

  function renderCheck(): Child {
    const v = model.validation;
    const busy = v.status === 'loading';
    const button = h(
      'button',
      {
        type: 'button',
        id: 'check-run',
        class: 'primary',
        disabled: busy,
        onclick: () => void validate(),
      },
      busy ? t('sidebar.working') : t('sidebar.check.run'),
    );
    if (v.status === 'idle') {
      return [h('p', {class: 'hint'}, t('sidebar.check.notRun')), button];
    }
    if (v.status === 'loading') return [button, spinner()];
    if (v.status === 'error') return [button, errorBox(v.message, v.retry)];
    const result = v.value;
    if (!result.issues.length) {
      return [button, h('p', {class: 'result ok'}, t('sidebar.check.none'))];
    }
    const shown = result.issues.slice(0, MAX_ISSUES_SHOWN);
    return [
      button,
      h(
        'p',
        {class: 'meta', id: 'issue-counts'},
        t('sidebar.check.counts', {
          errors: result.errors,
          warnings: result.warnings,
        }),
      ),
      h(
        'ul',
        {class: 'issues', id: 'issues'},
        shown.map((issue, index) => {
          const ref = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
          const isError = issue.level === 'Galat';
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'issue',
                id: `issue-${index}`,
                'aria-label': t('sidebar.check.goTo', {ref, text: issue.text}),
                onclick: () => void selectCell(issue.sheet, issue.cell || 'A1'),
              },
              h(
                'span',
                {class: isError ? 'badge error' : 'badge warning'},
                t(isError ? 'sidebar.level.error' : 'sidebar.level.warning'),
              ),
              h('span', {class: 'issue-ref'}, ref),
              h(
                'span',
                {class: 'issue-text'},
                // The server text names the cell too; do not say it twice.
                issue.text.startsWith(`${ref}: `)
                  ? issue.text.slice(ref.length + 2)
                  : issue.text,
              ),
            ),
          );
        }),
      ),
      result.issues.length > shown.length
        ? h(
            'p',
            {class: 'meta'},
            t('sidebar.check.more', {
              count: result.issues.length - shown.length,
            }),
          )
        : null,
    ];
  }

  function actionSection(
    bodyKey: string,
    buttonId: string,
    buttonKey: string,
    slot: Load<ActionResult>,
    run: () => void,
    details?: (value: ActionResult) => Child,
  ): Child {
    const busy = slot.status === 'loading';
    return [
      h('p', {class: 'hint'}, t(bodyKey, {periode: model.period})),
      h(
        'button',
        {
          type: 'button',
          id: buttonId,
          class: 'primary',
          disabled: busy,
          onclick: () => run(),
        },
        busy ? t('sidebar.working') : t(buttonKey),
      ),
      slot.status === 'loading' ? spinner() : null,
      slot.status === 'error' ? errorBox(slot.message, slot.retry) : null,
      slot.status === 'ok'
        ? [resultLine(slot.value), details?.(slot.value)]
        : null,
    ];
  }

  function renderTabs(): Child {
    return actionSection(
      'sidebar.tabs.body',
      'tabs-run',
      'sidebar.tabs.run',
      model.tabs,
      () => void createTabs(),
      value => {
        const tabs = (value as TabsResult).tabs ?? [];
        return tabs.length
          ? h(
              'ul',
              {class: 'tab-list'},
              tabs.map(name => h('li', {}, name)),
            )
          : null;
      },
    );
  }

  function renderCompute(): Child {
    return actionSection(
      'sidebar.compute.body',
      'compute-run',
      'sidebar.compute.run',
      model.recompute,
      () => void recompute(),
    );
  }

  function filteredEmployees(list: EmployeeListItem[]): EmployeeListItem[] {
    const query = model.search.trim().toLowerCase();
    if (!query) return list;
    return list.filter(
      e => e.nama.toLowerCase().includes(query) || e.nip.includes(query),
    );
  }

  function employeeOptions(
    select: HTMLSelectElement,
    noMatch: HTMLElement,
    list: EmployeeListItem[],
  ) {
    const matches = filteredEmployees(list);
    replaceChildren(
      select,
      matches.map(e =>
        h(
          'option',
          {value: e.nip, selected: e.nip === model.selectedNip},
          e.predikat ? `${e.nama} · ${e.predikat}` : e.nama,
        ),
      ),
    );
    select.disabled = matches.length === 0;
    noMatch.hidden = matches.length > 0;
  }

  function renderFeedback(): Child {
    const employees = model.employees;
    if (employees.status === 'idle' || employees.status === 'loading') {
      return spinner();
    }
    if (employees.status === 'error') {
      return errorBox(employees.message, employees.retry);
    }
    const list = employees.value;
    if (!list.length) {
      return [
        h(
          'p',
          {class: 'empty', id: 'fb-empty'},
          t('sidebar.feedback.noEmployees'),
        ),
        renderSend(list),
      ];
    }
    const select = h('select', {
      id: 'fb-employee',
      size: 6,
      class: 'employee-list',
      onchange: e => choose((e.target as HTMLSelectElement).value),
    });
    const noMatch = h(
      'p',
      {class: 'empty', id: 'fb-nomatch'},
      t('sidebar.feedback.noMatch'),
    );
    const search = h('input', {
      id: 'fb-search',
      type: 'search',
      autocomplete: 'off',
      placeholder: t('sidebar.feedback.searchPlaceholder'),
      value: model.search,
      oninput: e => {
        model.search = (e.target as HTMLInputElement).value;
        employeeOptions(select, noMatch, list);
      },
    });
    const fragment: Child = [
      h('label', {for: 'fb-search'}, t('sidebar.feedback.search')),
      search,
      h(
        'label',
        {for: 'fb-employee', class: 'visually-hidden'},
        t('sidebar.feedback.employee'),
      ),
      select,
      noMatch,
      renderPreview(list),
      renderSend(list),
    ];
    employeeOptions(select, noMatch, list);
    return fragment;
  }

  function renderPreview(list: EmployeeListItem[]): Child {
    const p = model.preview;
    if (!model.selectedNip || p.status === 'idle') return null;
    if (p.status === 'loading') return spinner();
    if (p.status === 'error') return errorBox(p.message, p.retry);
    const preview = p.value;
    const employee = list.find(e => e.nip === model.selectedNip);
    const frame = h('iframe', {
      id: 'fb-preview',
      class: 'preview',
      // No allow-scripts, no allow-same-origin: the email HTML can neither run code nor reach us.
      sandbox: '',
      title: t('sidebar.feedback.previewFrame', {
        name: employee?.nama ?? model.selectedNip,
      }),
    });
    frame.srcdoc = preview.html;
    const testBusy = model.testSend.status === 'loading';
    return h(
      'div',
      {class: 'preview-block'},
      h(
        'dl',
        {class: 'mail-meta'},
        h('dt', {}, t('sidebar.feedback.to')),
        h('dd', {id: 'fb-to'}, preview.to || '—'),
        preview.cc
          ? [
              h('dt', {}, t('sidebar.feedback.cc')),
              h('dd', {id: 'fb-cc'}, preview.cc),
            ]
          : null,
        h('dt', {}, t('sidebar.feedback.subject')),
        h('dd', {id: 'fb-subject'}, preview.subject),
      ),
      preview.skipReason
        ? h(
            'p',
            {class: 'hint warn', id: 'fb-skip'},
            t('sidebar.feedback.skip', {reason: preview.skipReason}),
          )
        : null,
      frame,
      h(
        'button',
        {
          type: 'button',
          id: 'fb-test-send',
          class: 'secondary',
          disabled: testBusy,
          onclick: () => void testSend(),
        },
        testBusy ? t('sidebar.working') : t('sidebar.feedback.testSend'),
      ),
      model.testSend.status === 'ok' ? resultLine(model.testSend.value) : null,
      model.testSend.status === 'error'
        ? errorBox(model.testSend.message, model.testSend.retry)
        : null,
    );
  }

  function renderSend(list: EmployeeListItem[]): Child {
    const s = model.send;
    const active = s && (s.state === 'running' || s.state === 'paused-quota');
    const controls: Child[] = [];
    if (model.sendDriving) {
      controls.push(
        h(
          'button',
          {
            type: 'button',
            id: 'send-pause',
            class: 'secondary',
            disabled: model.sendPausedByUser,
            onclick: () => {
              model.sendPausedByUser = true;
              rerender('feedback');
            },
          },
          t('sidebar.feedback.pause'),
        ),
      );
    } else if (active) {
      controls.push(
        h(
          'button',
          {
            type: 'button',
            id: 'send-resume',
            class: 'primary',
            onclick: () => void driveSend(() => call('apiContinueSend')),
          },
          t('sidebar.feedback.resume'),
        ),
      );
    } else if (model.sendConfirm) {
      controls.push(
        h(
          'button',
          {
            type: 'button',
            id: 'send-confirm',
            class: 'primary',
            onclick: () =>
              void driveSend(() =>
                call('apiStartSend', model.period, model.resend),
              ),
          },
          `${t('sidebar.feedback.sendAll')} (${list.length})`,
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'send-cancel',
            class: 'secondary',
            onclick: () => {
              model.sendConfirm = false;
              rerender('feedback');
            },
          },
          '×',
        ),
      );
    } else {
      controls.push(
        h(
          'button',
          {
            type: 'button',
            id: 'send-all',
            class: 'primary',
            disabled: list.length === 0,
            onclick: () => {
              model.sendConfirm = true;
              rerender('feedback');
              document.getElementById('send-confirm')?.focus();
            },
          },
          t('sidebar.feedback.sendAll'),
        ),
      );
    }
    const progress: Child[] = [];
    if (s && s.state !== 'idle' && s.total > 0) {
      const done = processed(s);
      progress.push(
        h(
          'p',
          {class: 'meta', id: 'send-progress-text'},
          t('sidebar.feedback.progress', {done, total: s.total}),
        ),
        progressBar(
          t('sidebar.feedback.progressLabel'),
          done,
          s.total,
          'send-progress',
        ),
        h(
          'dl',
          {class: 'counts', id: 'send-counts'},
          countItem('sent', 'sidebar.feedback.sent', s.sent),
          countItem('skipped', 'sidebar.feedback.skipped', s.skipped),
          countItem('failed', 'sidebar.feedback.failed', s.failed),
          countItem('uncertain', 'sidebar.feedback.uncertain', s.uncertain),
        ),
      );
    }
    const notes: Child[] = [];
    if (s?.state === 'error') {
      // The loop stopped on it: say so as an error, and offer to go on from where it stopped.
      notes.push(
        errorBox(
          s.message,
          () => void driveSend(() => call('apiContinueSend')),
          'send-error',
        ),
      );
    } else if (s?.message && s.state !== 'idle') {
      notes.push(h('p', {class: 'meta', id: 'send-message'}, s.message));
    }
    if (s?.state === 'paused-quota') {
      notes.push(
        h(
          'p',
          {class: 'hint warn', id: 'send-quota'},
          t('sidebar.feedback.pausedQuota', {quota: s.remainingQuota}),
        ),
      );
    } else if (s?.state === 'running' && !model.sendDriving) {
      notes.push(h('p', {class: 'hint'}, t('sidebar.feedback.paused')));
    } else if (s?.state === 'done') {
      notes.push(
        h(
          'p',
          {class: 'result ok', id: 'send-done'},
          t('sidebar.feedback.done'),
        ),
      );
    }
    if (s && s.uncertain > 0) {
      notes.push(
        h(
          'p',
          {class: 'hint warn'},
          t('sidebar.feedback.uncertainHelp', {count: s.uncertain}),
        ),
      );
    }
    if (model.sendError) {
      notes.push(errorBox(model.sendError.message, model.sendError.retry));
    }
    const showResend = !model.sendDriving && !active;
    return h(
      'div',
      {class: 'send-block'},
      h('h3', {}, t('sidebar.feedback.sendAll')),
      showResend
        ? h(
            'label',
            {class: 'check'},
            h('input', {
              type: 'checkbox',
              id: 'send-resend',
              checked: model.resend,
              onchange: e => {
                model.resend = (e.target as HTMLInputElement).checked;
              },
            }),
            t('sidebar.feedback.resend'),
          )
        : null,
      h('div', {class: 'buttons'}, controls),
      progress,
      notes,
      s && s.state !== 'paused-quota'
        ? h(
            'p',
            {class: 'meta'},
            t('sidebar.feedback.quota', {quota: s.remainingQuota}),
          )
        : null,
    );
  }

  function countItem(kind: string, key: string, value: number): Child {
    return h(
      'div',
      {class: `count ${kind}`},
      h('dt', {}, t(key)),
      h('dd', {'data-kind': kind}, String(value)),
    );
  }

  function renderSettings(): Child {
    const draft = model.draft;
    if (!draft) return spinner();
    const errors = model.settingsErrors;
    const field = (
      key: keyof SettingsDto,
      labelKey: string,
      control: HTMLElement,
    ): HTMLElement => {
      const id = `set-${key}`;
      control.id = id;
      const error = errors[key];
      if (error) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', `${id}-error`);
      }
      return h(
        'div',
        {class: error ? 'field invalid' : 'field'},
        h('label', {for: id}, t(labelKey)),
        control,
        error ? h('p', {class: 'field-error', id: `${id}-error`}, error) : null,
      );
    };
    const numberInput = (key: keyof SettingsDto) =>
      h('input', {
        type: 'number',
        inputmode: 'decimal',
        step: 'any',
        value: String(draft[key]),
        oninput: e => {
          const raw = (e.target as HTMLInputElement).value.replace(',', '.');
          (draft as unknown as Record<string, number>)[key] =
            raw.trim() === '' ? NaN : Number(raw);
        },
      });
    const choice = (
      key: keyof SettingsDto,
      options: [string, string][],
    ): HTMLSelectElement =>
      h(
        'select',
        {
          onchange: e => {
            (draft as unknown as Record<string, string>)[key] = (
              e.target as HTMLSelectElement
            ).value;
          },
        },
        options.map(([value, label]) =>
          h('option', {value, selected: String(draft[key]) === value}, label),
        ),
      );
    const busy = model.saveSettings.status === 'loading';
    return h(
      'form',
      {
        class: 'settings',
        novalidate: true,
        onsubmit: e => {
          e.preventDefault();
          void saveSettings();
        },
      },
      field(
        'model',
        'sidebar.settings.model',
        choice('model', [
          ['KUADRAN', t('sidebar.settings.modelKuadran')],
          ['NUMERIK', t('sidebar.settings.modelNumerik')],
        ]),
      ),
      h(
        'div',
        {class: 'row'},
        field(
          'ambangDiAtas',
          'sidebar.settings.ambangDiAtas',
          numberInput('ambangDiAtas'),
        ),
        field(
          'ambangSesuai',
          'sidebar.settings.ambangSesuai',
          numberInput('ambangSesuai'),
        ),
      ),
      field(
        'batasCapaian',
        'sidebar.settings.batasCapaian',
        numberInput('batasCapaian'),
      ),
      h(
        'div',
        {class: 'row'},
        field(
          'bobotHasilKerja',
          'sidebar.settings.bobotHasilKerja',
          numberInput('bobotHasilKerja'),
        ),
        field(
          'bobotPerilaku',
          'sidebar.settings.bobotPerilaku',
          numberInput('bobotPerilaku'),
        ),
      ),
      field(
        'bahasa',
        'sidebar.settings.bahasa',
        choice('bahasa', [
          ['id', 'Bahasa Indonesia'],
          ['en', 'English'],
        ]),
      ),
      field(
        'tabPenilaian',
        'sidebar.settings.tabPenilaian',
        choice('tabPenilaian', [
          ['Per Atasan', t('sidebar.settings.perAtasan')],
          ['Per Unit', t('sidebar.settings.perUnit')],
        ]),
      ),
      h(
        'label',
        {class: 'check'},
        h('input', {
          type: 'checkbox',
          id: 'set-tembusanAtasan',
          checked: draft.tembusanAtasan,
          onchange: e => {
            draft.tembusanAtasan = (e.target as HTMLInputElement).checked;
          },
        }),
        t('sidebar.settings.tembusanAtasan'),
      ),
      field(
        'emailHr',
        'sidebar.settings.emailHr',
        h('input', {
          type: 'email',
          autocomplete: 'email',
          value: draft.emailHr,
          oninput: e => {
            draft.emailHr = (e.target as HTMLInputElement).value;
          },
        }),
      ),
      h(
        'button',
        {type: 'submit', id: 'settings-save', class: 'primary', disabled: busy},
        busy ? t('sidebar.working') : t('sidebar.settings.save'),
      ),
      model.saveSettings.status === 'ok'
        ? resultLine(model.saveSettings.value)
        : null,
      model.saveSettings.status === 'error'
        ? errorBox(model.saveSettings.message, model.saveSettings.retry)
        : null,
    );
  }

  renderAll();
  void loadState();
  return {reload: loadState};
}
