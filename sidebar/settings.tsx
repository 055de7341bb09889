// The settings panel: the Pengaturan sheet as a form, checked before it is saved.
import type {ComponentChildren} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {ActionResult, SettingsDto} from '../src/core/api';
import {IDLE, useLoad} from './load';
import {
  fromDraft,
  NumberField,
  SettingsDraft,
  SettingsErrors,
  toDraft,
  validateSettings,
} from './settings-rules';
import {busyLabel, ErrorBox, ResultLine, useUi} from './ui';

type Change = <K extends keyof SettingsDraft>(
  key: K,
  value: SettingsDraft[K],
) => void;

/** A labelled control; an error is shown under it and tied to it for screen readers. */
function Field(props: {
  name: keyof SettingsDto;
  label: string;
  error?: string;
  control: (attributes: {
    id: string;
    'aria-invalid'?: 'true';
    'aria-describedby'?: string;
  }) => ComponentChildren;
}) {
  const id = `set-${props.name}`;
  const {error} = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.control(
        error
          ? {id, 'aria-invalid': 'true', 'aria-describedby': `${id}-error`}
          : {id},
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function SettingsPanel(props: {
  settings: SettingsDto;
  /** Reloads the whole state: the language may have changed. */
  reload: () => Promise<void>;
}) {
  const ui = useUi();
  const {t} = ui;
  const [draft, setDraft] = useState(() => toDraft(props.settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [invalidShown, setInvalidShown] = useState(0);
  const save = useLoad<ActionResult>(ui);
  const form = useRef<HTMLFormElement>(null);
  // A retry saves the form as it is then, not as it was when the save failed.
  const latestDraft = useRef(draft);
  latestDraft.current = draft;

  // Loaded (again) from the server: start from what it holds.
  useEffect(() => {
    setDraft(toDraft(props.settings));
    setErrors({});
  }, [props.settings]);
  useEffect(() => {
    if (invalidShown) {
      form.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.focus();
    }
  }, [invalidShown]);

  const change: Change = (key, value) =>
    setDraft(current => ({...current, [key]: value}));

  async function saveSettings() {
    const settings = fromDraft(latestDraft.current);
    const found = validateSettings(settings, t);
    setErrors(found);
    if (Object.keys(found).length) {
      save.set(IDLE);
      ui.announce(t('sidebar.settings.fixErrors'));
      setInvalidShown(invalidShown + 1);
      return;
    }
    const result = await save.run(
      () => ui.call('apiSaveSettings', settings),
      () => void saveSettings(),
    );
    if (!result) return;
    ui.announce(result.message);
    if (result.ok) {
      await props.reload();
      ui.announce(result.message);
      // The button was disabled while saving, which took the focus away.
      document.getElementById('settings-save')?.focus();
    }
  }

  const numberField = (name: NumberField) => (
    <Field
      name={name}
      label={t(`sidebar.settings.${name}`)}
      error={errors[name]}
      control={attributes => (
        <input
          {...attributes}
          type="number"
          inputmode="decimal"
          step="any"
          value={draft[name]}
          onInput={e => change(name, (e.target as HTMLInputElement).value)}
        />
      )}
    />
  );
  const choiceField = <K extends 'model' | 'bahasa' | 'tabPenilaian'>(
    name: K,
    options: [SettingsDraft[K], string][],
  ) => (
    <Field
      name={name}
      label={t(`sidebar.settings.${name}`)}
      error={errors[name]}
      control={attributes => (
        <select
          {...attributes}
          onChange={e =>
            change(
              name,
              (e.target as HTMLSelectElement).value as SettingsDraft[K],
            )
          }
        >
          {options.map(([value, label]) => (
            <option key={value} value={value} selected={draft[name] === value}>
              {label}
            </option>
          ))}
        </select>
      )}
    />
  );
  const busy = save.slot.status === 'loading';
  return (
    <form
      class="settings"
      noValidate
      ref={form}
      onSubmit={e => {
        e.preventDefault();
        void saveSettings();
      }}
    >
      {choiceField('model', [
        ['KUADRAN', t('sidebar.settings.modelKuadran')],
        ['NUMERIK', t('sidebar.settings.modelNumerik')],
      ])}
      <div class="row">
        {numberField('ambangDiAtas')}
        {numberField('ambangSesuai')}
      </div>
      {numberField('batasCapaian')}
      <div class="row">
        {numberField('bobotHasilKerja')}
        {numberField('bobotPerilaku')}
      </div>
      {choiceField('bahasa', [
        ['id', 'Bahasa Indonesia'],
        ['en', 'English'],
      ])}
      {choiceField('tabPenilaian', [
        ['Per Atasan', t('sidebar.settings.perAtasan')],
        ['Per Unit', t('sidebar.settings.perUnit')],
      ])}
      <label class="check">
        <input
          type="checkbox"
          id="set-tembusanAtasan"
          checked={draft.tembusanAtasan}
          onChange={e =>
            change('tembusanAtasan', (e.target as HTMLInputElement).checked)
          }
        />
        {t('sidebar.settings.tembusanAtasan')}
      </label>
      <Field
        name="emailHr"
        label={t('sidebar.settings.emailHr')}
        error={errors.emailHr}
        control={attributes => (
          <input
            {...attributes}
            type="email"
            autocomplete="email"
            value={draft.emailHr}
            onInput={e =>
              change('emailHr', (e.target as HTMLInputElement).value)
            }
          />
        )}
      />
      <button type="submit" id="settings-save" class="primary" disabled={busy}>
        {busyLabel(ui, busy, 'sidebar.settings.save')}
      </button>
      {save.slot.status === 'ok' && <ResultLine result={save.slot.value} />}
      {save.slot.status === 'error' && (
        <ErrorBox message={save.slot.message} retry={save.slot.retry} />
      )}
    </form>
  );
}
