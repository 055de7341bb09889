// RangeList: ranges of one sheet formatted together, one service call for all of them
// (developers.google.com/apps-script/reference/spreadsheet/range-list; Sheet.getRangeList takes
// "a non-empty list of A1 notations", developers.google.com/apps-script/reference/spreadsheet/sheet
// #getrangelista1notations). Each call counts once and writes the cells of every range
// (cost.ts cellsWrittenBy). The formatting setters are those of Range.
import {countMethods} from './calls';
import type {Env} from './env';
import type {Range} from './range';
import {setBorder} from './range-borders';
import {RAW_SETTERS} from './range-styles';
import {Service} from './service';

type Flag = boolean | null;

export class RangeList extends Service {
  constructor(
    env: Env,
    readonly _ranges: Range[],
  ) {
    super(env);
  }

  _each(setter: string, value: unknown): RangeList {
    const raw = RAW_SETTERS.get(setter)!;
    for (const range of this._ranges) raw.call(range, value);
    return this;
  }

  getRanges(): Range[] {
    return [...this._ranges];
  }
  setBackground(color: string | null): RangeList {
    return this._each('setBackground', color);
  }
  setFontColor(color: string | null): RangeList {
    return this._each('setFontColor', color);
  }
  setFontWeight(fontWeight: string | null): RangeList {
    return this._each('setFontWeight', fontWeight);
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this._each('setWrap', isWrapEnabled);
  }
  setNote(note: string | null): RangeList {
    return this._each('setNote', note);
  }
  setNumberFormat(numberFormat: string): RangeList {
    return this._each('setNumberFormat', numberFormat);
  }
  setHorizontalAlignment(alignment: string | null): RangeList {
    return this._each('setHorizontalAlignment', alignment);
  }
  setBorder(
    top: Flag,
    left: Flag,
    bottom: Flag,
    right: Flag,
    vertical: Flag,
    horizontal: Flag,
    color?: string | null,
    style?: string | null,
  ): RangeList {
    for (const range of this._ranges)
      setBorder.call(
        range,
        top,
        left,
        bottom,
        right,
        vertical,
        horizontal,
        color,
        style,
      );
    return this;
  }
  clearFormat(): RangeList {
    for (const range of this._ranges) range._clear({formatOnly: true});
    return this;
  }
  clearNote(): RangeList {
    for (const range of this._ranges) range._clear({commentsOnly: true});
    return this;
  }
  clearDataValidations(): RangeList {
    for (const range of this._ranges) range._clear({validationsOnly: true});
    return this;
  }

  toString(): string {
    return 'RangeList';
  }
}

countMethods(RangeList, 'RangeList');
