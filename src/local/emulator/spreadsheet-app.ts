// SpreadsheetApp: the Spreadsheet service's entry object. Semantics follow
// https://developers.google.com/apps-script/reference/spreadsheet (1-based rows/columns, '' for
// empty cells, Date for dates, the same error texts).
import {countMethods} from './calls';
import {
  SPREADSHEETS_SCOPE,
  createSpreadsheet,
  openCreated,
} from './created-files';
import {DataValidationBuilder} from './data-validation';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
} from './developer-metadata';
import {
  BorderStyle,
  DataValidationCriteria,
  ProtectionType,
  WrapStrategy,
} from './enums';
import type {Range} from './range';
import {Service} from './service';
import type {Sheet} from './sheet';
import {Spreadsheet} from './spreadsheet';
import {Ui} from './ui';

export class SpreadsheetApp extends Service {
  ProtectionType = ProtectionType;
  DataValidationCriteria = DataValidationCriteria;
  BorderStyle = BorderStyle;
  WrapStrategy = WrapStrategy;
  DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  // An add-on's time-driven trigger is attached to the script, not to a document: it has no active
  // spreadsheet and must open the document by id, which needs the full spreadsheets scope
  // (docs/PLATFORM-LIMITS.md §9: https://github.com/vtst/google-apps-scripts/blob/master/
  // VtstAddonTriggerLib/README.md; https://github.com/mogsdad/SheetConverter/issues/2: "A timed
  // trigger will receive null when it calls SpreadsheetApp.getActiveSpreadsheet()").
  getActive(): Spreadsheet | null {
    return this._env.noDocument ? null : new Spreadsheet(this._env);
  }
  getActiveSpreadsheet(): Spreadsheet | null {
    return this._env.noDocument ? null : new Spreadsheet(this._env);
  }
  getActiveSheet(): Sheet | null {
    if (this._env.noDocument) return null;
    return new Spreadsheet(this._env)._activeSheet();
  }
  getActiveRange(): Range | null {
    if (this._env.noDocument) return null;
    return new Spreadsheet(this._env)._activeRange();
  }
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    return createSpreadsheet(this._env, name, rows, columns);
  }
  openById(id: string): Spreadsheet {
    // spreadsheets.currentonly covers only the document the add-on runs in, never by id.
    this._env.requireScope('SpreadsheetApp.openById', SPREADSHEETS_SCOPE);
    const created = openCreated(this._env, String(id));
    if (created) return created;
    if (id !== this._env.workbook.id) {
      throw this._env.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return new Spreadsheet(this._env);
  }
  getUi(): Ui {
    // A time-driven trigger has no open document to show anything in.
    if (this._env.noUi) {
      throw this._env.error(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    }
    return new Ui(this._env);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._env);
  }
  /**
   * Writes are applied at once in the model; flush makes them durable when the workbook is a
   * file (the local runtime's journal), as Sheets has them stored when flush returns.
   */
  flush(): void {
    this._env.shared.durability?.flush();
  }
  toString(): string {
    return 'SpreadsheetApp';
  }
}

countMethods(SpreadsheetApp, 'SpreadsheetApp');
