// The summary panel: employees, completion per supervisor/unit, the predikat distribution chart,
// and the distribution-curve warnings of the picked period.
import type {SummaryDto} from '../src/core/api';
import type {Load} from './load';
import {ErrorBox, ProgressBar, Spinner, Ui, useUi} from './ui';

const PREDIKAT_COLORS: Record<string, string> = {
  'Sangat Baik': '#188038',
  Baik: '#34a853',
  'Butuh Perbaikan': '#f9ab00',
  'Kurang/Misconduct': '#e8710a',
  Kurang: '#e8710a',
  'Sangat Kurang': '#d93025',
  'Belum lengkap': '#9aa0a6',
};

function formatTime(ui: Ui, iso: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  return date.toLocaleString(ui.lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

function predikatLabel(ui: Ui, label: string): string {
  return label === 'Belum lengkap'
    ? ui.t('sidebar.predikat.incomplete')
    : label;
}

function DistributionChart({items}: {items: SummaryDto['distribution']}) {
  const ui = useUi();
  const rowHeight = 22;
  const width = 268;
  const labelWidth = 112;
  const countWidth = 30;
  const max = Math.max(1, ...items.map(i => i.count));
  const barSpace = width - labelWidth - countWidth;
  const description = items
    .map(i => `${predikatLabel(ui, i.label)} ${i.count}`)
    .join(', ');
  return (
    <svg
      class="chart"
      id="distribution-chart"
      role="img"
      aria-label={ui.t('sidebar.summary.chartLabel', {items: description})}
      viewBox={`0 0 ${width} ${items.length * rowHeight}`}
      width="100%"
    >
      {items.map((item, index) => {
        const y = index * rowHeight;
        const barWidth = Math.round((item.count / max) * barSpace);
        return (
          <g key={item.label} data-label={item.label} data-count={item.count}>
            <text x={0} y={y + 15} class="chart-label">
              {predikatLabel(ui, item.label)}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(item.count > 0 ? 2 : 0, barWidth)}
              height={rowHeight - 8}
              rx={2}
              fill={PREDIKAT_COLORS[item.label] ?? '#1a73e8'}
            />
            <text
              x={labelWidth + Math.max(barWidth, 0) + 4}
              y={y + 15}
              class="chart-count"
            >
              {String(item.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Completion({rows}: {rows: SummaryDto['completion']}) {
  const {t} = useUi();
  if (!rows.length) {
    return <p class="empty">{t('sidebar.summary.noCompletion')}</p>;
  }
  return (
    <ul class="progress-list">
      {rows.map(row => (
        <li key={row.key}>
          <div class="progress-text">
            <span class="progress-label" title={row.label}>
              {row.label}
            </span>
            <span class="progress-count">{`${row.done}/${row.total}`}</span>
          </div>
          <ProgressBar
            label={t('sidebar.summary.completionRow', {
              label: row.label,
              done: row.done,
              total: row.total,
            })}
            done={row.done}
            total={row.total}
          />
        </li>
      ))}
    </ul>
  );
}

export function SummaryPanel(props: {
  summary: Load<SummaryDto>;
  onReload: () => void;
  onRecompute: () => void;
}) {
  const ui = useUi();
  const {t} = ui;
  const summary = props.summary;
  if (summary.status === 'idle' || summary.status === 'loading') {
    return <Spinner />;
  }
  if (summary.status === 'error') {
    return <ErrorBox message={summary.message} retry={summary.retry} />;
  }
  const s = summary.value;
  const reload = (
    <button
      type="button"
      id="summary-reload"
      class="secondary small"
      aria-label={t('sidebar.summary.refreshLabel')}
      onClick={props.onReload}
    >
      {t('sidebar.summary.refresh')}
    </button>
  );
  if (s.employees === 0) {
    return (
      <>
        <p class="empty" id="no-employees">
          {t('sidebar.summary.noEmployees')}
        </p>
        {reload}
      </>
    );
  }
  const hasResults = s.distribution.some(d => d.count > 0);
  return (
    <>
      <div class="summary-head">
        <p class="meta">
          {t('sidebar.summary.employees', {count: s.employees})}
        </p>
        {reload}
      </div>
      {s.lastComputed ? (
        <p class="meta" id="last-computed">
          {t('sidebar.summary.lastComputed', {
            time: formatTime(ui, s.lastComputed),
          })}
        </p>
      ) : (
        <p class="hint" id="not-computed">
          {t('sidebar.summary.notComputed')}
        </p>
      )}
      {s.stale && s.lastComputed && (
        <div class="hint warn" id="stale-hint">
          <p>{t('sidebar.summary.stale')}</p>
          <button
            type="button"
            class="secondary small"
            onClick={props.onRecompute}
          >
            {t('sidebar.compute.run')}
          </button>
        </div>
      )}
      <h3>{t('sidebar.summary.completion')}</h3>
      <Completion rows={s.completion} />
      <h3>{t('sidebar.summary.distribution')}</h3>
      {hasResults || s.lastComputed ? (
        <DistributionChart items={s.distribution} />
      ) : (
        <p class="empty">{t('sidebar.summary.notComputed')}</p>
      )}
      {s.curveWarnings.length > 0 && (
        <>
          <h3>{t('sidebar.summary.warnings')}</h3>
          <ul class="warnings" id="curve-warnings">
            {s.curveWarnings.map(w => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
