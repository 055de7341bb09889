// The check panel: runs the validation and lists its problems; a problem's button selects its cell.
import type {ValidationDto} from '../src/core/api';
import {useLoad} from './load';
import {busyLabel, ErrorBox, Spinner, useUi} from './ui';

/** Issues listed in the sidebar; the Validasi sheet holds all of them. */
const MAX_ISSUES_SHOWN = 200;

type Issue = ValidationDto['issues'][number];

function IssueButton({issue, index}: {issue: Issue; index: number}) {
  const ui = useUi();
  const {t} = ui;
  const ref = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
  const isError = issue.level === 'Galat';
  async function selectCell() {
    try {
      const result = await ui.call(
        'apiSelectCell',
        issue.sheet,
        issue.cell || 'A1',
      );
      ui.announce(result.message);
    } catch (error) {
      ui.announce(ui.errorText(error));
    }
  }
  return (
    <button
      type="button"
      class="issue"
      id={`issue-${index}`}
      aria-label={t('sidebar.check.goTo', {ref, text: issue.text})}
      onClick={() => void selectCell()}
    >
      <span class={isError ? 'badge error' : 'badge warning'}>
        {t(isError ? 'sidebar.level.error' : 'sidebar.level.warning')}
      </span>
      <span class="issue-ref">{ref}</span>
      <span class="issue-text">
        {/* The server text names the cell too; do not say it twice. */}
        {issue.text.startsWith(`${ref}: `)
          ? issue.text.slice(ref.length + 2)
          : issue.text}
      </span>
    </button>
  );
}

function Issues({result}: {result: ValidationDto}) {
  const {t} = useUi();
  if (!result.issues.length) {
    return <p class="result ok">{t('sidebar.check.none')}</p>;
  }
  const shown = result.issues.slice(0, MAX_ISSUES_SHOWN);
  return (
    <>
      <p class="meta" id="issue-counts">
        {t('sidebar.check.counts', {
          errors: result.errors,
          warnings: result.warnings,
        })}
      </p>
      <ul class="issues" id="issues">
        {shown.map((issue, index) => (
          <li key={index}>
            <IssueButton issue={issue} index={index} />
          </li>
        ))}
      </ul>
      {result.issues.length > shown.length && (
        <p class="meta">
          {t('sidebar.check.more', {
            count: result.issues.length - shown.length,
          })}
        </p>
      )}
    </>
  );
}

export function CheckPanel(props: {period: string}) {
  const ui = useUi();
  const validation = useLoad<ValidationDto>(ui);
  const v = validation.slot;

  async function validate() {
    const result = await validation.run(
      () => ui.call('apiValidate', props.period),
      () => void validate(),
    );
    if (result) {
      ui.announce(
        result.issues.length
          ? ui.t('sidebar.check.counts', {
              errors: result.errors,
              warnings: result.warnings,
            })
          : ui.t('sidebar.check.none'),
      );
    }
  }

  const busy = v.status === 'loading';
  const button = (
    <button
      type="button"
      id="check-run"
      class="primary"
      disabled={busy}
      onClick={() => void validate()}
    >
      {busyLabel(ui, busy, 'sidebar.check.run')}
    </button>
  );
  return (
    <>
      {v.status === 'idle' && (
        <p class="hint">{ui.t('sidebar.check.notRun')}</p>
      )}
      {button}
      {v.status === 'loading' && <Spinner />}
      {v.status === 'error' && <ErrorBox message={v.message} retry={v.retry} />}
      {v.status === 'ok' && <Issues result={v.value} />}
    </>
  );
}
