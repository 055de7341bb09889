// What every panel shares: the interface language, the status line, the server bridge, and the
// small pieces (spinner, error box, result line, progress bar, collapsible card) they render with.
import type {ComponentChildren} from 'preact';
import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import type {ActionResult} from '../src/core/api';
import type {Lang} from '../src/core/types';
import {Params, tr} from './i18n';
import type {Call} from './rpc';

export interface Ui {
  lang: Lang;
  t(key: string, params?: Params): string;
  /** Puts a message in the polite status line read out by screen readers. */
  announce(text: string): void;
  errorText(error: unknown): string;
  call: Call;
}

export function createUi(
  lang: Lang,
  call: Call,
  announce: (text: string) => void,
): Ui {
  const t = (key: string, params?: Params) => tr(lang, key, params);
  const errorText = (error: unknown) => {
    const message =
      error && typeof error === 'object' && 'message' in error
        ? String((error as {message: unknown}).message)
        : String(error ?? '');
    return message ? t('sidebar.error', {message}) : t('sidebar.errorUnknown');
  };
  return {lang, t, announce, errorText, call};
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside <UiContext.Provider>');
  return ui;
}

export function Spinner() {
  const {t} = useUi();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('sidebar.loading')}
    </p>
  );
}

export function ErrorBox(props: {
  message: string;
  retry: () => void;
  id?: string;
}) {
  const {t} = useUi();
  return (
    <div class="error" role="alert" id={props.id}>
      <p>{props.message}</p>
      <button
        type="button"
        class="secondary small"
        onClick={() => props.retry()}
      >
        {t('sidebar.retry')}
      </button>
    </div>
  );
}

export function ResultLine({result}: {result: ActionResult}) {
  return <p class={result.ok ? 'result ok' : 'result bad'}>{result.message}</p>;
}

export function ProgressBar(props: {
  label: string;
  done: number;
  total: number;
  id?: string;
}) {
  const {done, total} = props;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div
      class="bar"
      role="progressbar"
      id={props.id}
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
    >
      <div class="bar-fill" style={`width:${percent}%`} />
    </div>
  );
}

/** The label and busy state of a button that starts a server call. */
export function busyLabel(ui: Ui, busy: boolean, key: string): string {
  return busy ? ui.t('sidebar.working') : ui.t(key);
}

function Chevron() {
  return (
    <svg
      class="chevron"
      width={16}
      height={16}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M7 10l5 5 5-5z" fill="currentColor" />
    </svg>
  );
}

/** A collapsible section: its body stays in the page while closed, so its state is kept. */
export function Card(props: {
  id: string;
  title: string;
  open: boolean;
  onToggle: () => void;
  children: ComponentChildren;
}) {
  const {id, open} = props;
  return (
    <section class={open ? 'card open' : 'card'} id={`card-${id}`}>
      <h2>
        <button
          type="button"
          class="card-toggle"
          id={`toggle-${id}`}
          aria-expanded={open}
          aria-controls={`body-${id}`}
          onClick={props.onToggle}
        >
          <span>{props.title}</span>
          <Chevron />
        </button>
      </h2>
      <div
        class="card-body"
        id={`body-${id}`}
        role="region"
        aria-labelledby={`toggle-${id}`}
        hidden={!open}
      >
        {props.children}
      </div>
    </section>
  );
}
