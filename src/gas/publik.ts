// The public view (issue 15 item 6): the Publik sheet rewritten from Hasil, Unit and IKM (three
// reads, one write: O(sheets)), and its groups returned for the public page the CLI writes
// (src/local/publik-page.ts). Its own action rather than a step of every recompute: it needs every
// period of Hasil, which a recompute reads only when Hasil's block cannot be replaced in place.
import type {PublikView} from '../core/api';
import {t} from '../core/i18n';
import {PUBLIK_MIN} from '../core/publik';
import {readSettings} from '../sheets/pengaturan';
import {
  IKM_SHEET,
  publikFromTables,
  publikRows,
  unitNames,
} from '../sheets/publik';
import {SHEET} from '../sheets/schema';
import {interfaceLang} from './settings';
import {OutputGrids, replaceTable} from './output-sheets';
import {readValues, readWorkbook, withDocumentLock} from './workbook';

export function publikView(): PublikView {
  const outcome = withDocumentLock(() => {
    const read = readWorkbook({tables: ['pengaturan', 'unit', 'hasil']});
    const {settings} = readSettings(read.raw.tables.pengaturan);
    const lang = settings.bahasa;
    const ikmSheet = read.sheets.get(IKM_SHEET);
    const groups = publikFromTables({
      hasil: read.raw.tables.hasil,
      ikm: ikmSheet ? readValues(ikmSheet) : undefined,
    });
    const names = unitNames(read.raw.tables.unit);
    const rows = publikRows(groups, names, t(lang, 'publik.lainnya'));
    const grids = new OutputGrids(PropertiesService.getDocumentProperties());
    replaceTable(read.ss, read.sheets, SHEET.publik, rows, grids);
    grids.save();
    const periods = new Set(groups.map(g => g.period)).size;
    return {
      ok: groups.length > 0,
      message: groups.length
        ? t(lang, 'publik.done', {
            groups: groups.length,
            periods,
            min: PUBLIK_MIN,
          })
        : t(lang, 'publik.empty', {min: PUBLIK_MIN}),
      lang,
      instansi: settings.namaInstansi,
      rows,
    };
  });
  if (outcome.ok) return outcome.value;
  const lang = interfaceLang();
  return {
    ok: false,
    message: t(lang, 'workflow.busy'),
    lang,
    instansi: '',
    rows: [],
  };
}
