// Range's style accessors, generated from one table: for each cell attribute, get<Name>() reads the
// top-left cell and set<Name>(value) fills the range; get<Plural>() / set<Plural>(grid) do it cell
// by cell (the grid must match the range, as setValues' does).
import {DataValidation} from './data-validation';
import type {Env} from './env';
import type {LayerName, LayerTypes} from './model';
import type {Range} from './range';

export const DEFAULT_NUMBER_FORMAT = '0.###############';

interface Style<K extends LayerName, In, Out, P extends string> {
  layer: K;
  /** The grid accessors' name (getBackgrounds/setBackgrounds); none: only the single ones. */
  plural?: P;
  /** What a getter returns for a cell's stored attribute (undefined: the cell has none). */
  read: (cell: LayerTypes[K] | undefined, env: Env) => Out;
  /** What a setter stores for its argument (undefined clears the attribute). */
  write: (value: In) => LayerTypes[K] | undefined;
  /** What the grid setter stores for each item, where it differs from write. */
  writeEach?: (value: In) => LayerTypes[K] | undefined;
  /** Notes are written even on protected cells: the emulator never checked them. */
  checksProtection?: false;
}

const style = <K extends LayerName, In, Out, P extends string = never>(
  s: Style<K, In, Out, P>,
) => s;

const textOrNothing = (v: unknown) => (v ? String(v) : undefined);

const STYLES = {
  NumberFormat: style({
    layer: 'numberFormat',
    plural: 'NumberFormats',
    read: cell => cell ?? DEFAULT_NUMBER_FORMAT,
    write: (numberFormat: string) => String(numberFormat),
    writeEach: numberFormat =>
      numberFormat === null || numberFormat === undefined
        ? undefined
        : String(numberFormat),
  }),
  FontWeight: style({
    layer: 'fontWeight',
    plural: 'FontWeights',
    read: cell => cell ?? 'normal',
    write: (fontWeight: string | null) =>
      fontWeight === 'bold' ? 'bold' : undefined,
  }),
  FontColor: style({
    layer: 'fontColor',
    plural: 'FontColors',
    read: cell => cell ?? '#000000',
    write: (color: string | null) => color ?? undefined,
    writeEach: textOrNothing,
  }),
  Background: style({
    layer: 'background',
    plural: 'Backgrounds',
    read: cell => cell ?? '#ffffff',
    write: (color: string | null) => color ?? undefined,
    writeEach: textOrNothing,
  }),
  HorizontalAlignment: style({
    layer: 'horizontalAlignment',
    read: cell => cell ?? 'general',
    write: (alignment: string | null) =>
      alignment && alignment !== 'normal' ? alignment : undefined,
  }),
  Wrap: style({
    layer: 'wrap',
    read: cell => cell === true,
    write: (isWrapEnabled: boolean) => (isWrapEnabled ? true : undefined),
  }),
  Note: style({
    layer: 'note',
    plural: 'Notes',
    read: cell => cell ?? '',
    write: (note: string | null) => textOrNothing(note),
    checksProtection: false,
  }),
  DataValidation: style({
    layer: 'validation',
    plural: 'DataValidations',
    read: (cell, env) => (cell ? new DataValidation(env, cell) : null),
    write: (rule: DataValidation | null) => (rule ? rule._model : undefined),
  }),
};

type Styles = typeof STYLES;
type Name = keyof Styles;
type In<N extends Name> = Parameters<Styles[N]['write']>[0];
type Out<N extends Name> = ReturnType<Styles[N]['read']>;
type Plural<N extends Name> = Exclude<Styles[N]['plural'], undefined>;

/** The methods addStyleAccessors puts on Range, typed from the table. */
export type StyleAccessors = {
  [N in Name as `get${N}`]: () => Out<N>;
} & {
  [N in Name as `set${N}`]: (value: In<N>) => Range;
} & {
  [N in Name as `get${Plural<N>}`]: () => Out<N>[][];
} & {
  [N in Name as `set${Plural<N>}`]: (values: In<N>[][]) => Range;
};

type AnyStyle = Style<LayerName, unknown, unknown, string>;
type Method = (this: Range, value?: unknown) => unknown;

/** The setters as defined, before countMethods wraps them (RangeList applies them uncounted). */
export const RAW_SETTERS = new Map<string, Method>();

/** Defines the table's accessors on Range.prototype (before countMethods wraps them). */
export function addStyleAccessors(cls: {prototype: Range}): void {
  const proto = cls.prototype as unknown as Record<string, Method>;
  for (const [name, s] of Object.entries(STYLES) as [string, AnyStyle][]) {
    const guarded = s.checksProtection !== false;
    proto[`get${name}`] = function () {
      const {row, col} = this._r;
      return s.read(this._sheet.get(s.layer, row, col), this._env);
    };
    proto[`set${name}`] = function (value) {
      if (guarded) this._assertEditable();
      this._fill(s.layer, s.write(value));
      return this;
    };
    RAW_SETTERS.set(`set${name}`, proto[`set${name}`]);
    const plural = s.plural;
    if (!plural) continue;
    proto[`get${plural}`] = function () {
      const m = this._sheet;
      return this._grid((r, c) => s.read(m.get(s.layer, r, c), this._env));
    };
    proto[`set${plural}`] = function (values) {
      const data = this._checkDims(values, `set${plural}`);
      if (guarded) this._assertEditable();
      this._fillEach(s.layer, data, s.writeEach ?? s.write);
      return this;
    };
  }
}
