// The menu and "Siapkan Lembar" through the built bundle in the emulator.
import {HEADERS, PEGAWAI_SETUP_HEADERS, SHEET} from '../../src/sheets/schema';
import {SHEET_SPECS} from '../../src/sheets/setup-plan';
import {harness} from './helpers';
import {sheet, values} from '../support/workbook';

describe('menu', () => {
  it('onOpen builds the Kinerja ASN add-on menu with every action, in Bahasa Indonesia', () => {
    const {emulator, ctx} = harness();
    emulator.openDocument(ctx);
    const menu = emulator.ui.menus[emulator.ui.menus.length - 1];
    expect(menu.addon).toBe(true);
    const items = menu.items.map(i =>
      'caption' in i ? `${i.caption}=${i.functionName}` : '---',
    );
    expect(items).toEqual([
      'Siapkan Lembar=menuSetup',
      'Buat Tab Penilaian=menuCreateTabs',
      'Periksa Data=menuValidate',
      'Hitung Ulang=menuRecompute',
      'Hitung TPP=menuComputeTpp',
      'Kirim Umpan Balik=menuSendFeedback',
      'Tutup Periode Aktif=menuClosePeriod',
      'Arsipkan Tahun Lalu=menuArchive',
      'Buat Formulir=menuCreateForms',
      '---',
      'Buka Panel=showSidebar',
      '---',
      'Pasang Pemicu=menuInstallTriggers',
      'Lepas Pemicu=menuRemoveTriggers',
    ]);
    // Every item names a real top-level function of the bundle.
    for (const i of menu.items) {
      if ('functionName' in i)
        expect(typeof ctx[i.functionName]).toBe('function');
    }
  });

  it('reads nothing in AuthMode LIMITED, but uses Bahasa = en with full authorisation', () => {
    const {emulator, ctx} = harness();
    ctx.menuSetup();
    const s = sheet(emulator, 'Pengaturan');
    const rows = s.getDataRange().getValues();
    s.getRange(rows.findIndex(r => r[0] === 'Bahasa') + 1, 2).setValue('en');
    emulator.calls.reset();
    emulator.openDocument(ctx); // simple trigger: LIMITED
    expect(emulator.calls.count('Sheet.getDataRange')).toBe(0);
    expect(emulator.calls.total('PropertiesService')).toBe(0);
    const limitedMenu = emulator.ui.menus[emulator.ui.menus.length - 1];
    expect(
      'caption' in limitedMenu.items[0] && limitedMenu.items[0].caption,
    ).toBe('Siapkan Lembar');
    ctx.onOpen(); // run from the editor / after authorisation: FULL
    const fullMenu = emulator.ui.menus[emulator.ui.menus.length - 1];
    expect('caption' in fullMenu.items[0] && fullMenu.items[0].caption).toBe(
      'Set Up Sheets',
    );
  });

  it('shows the sidebar and reports an unexpected error as an alert, not a stack trace', () => {
    const {emulator, ctx} = harness();
    ctx.showSidebar();
    expect(emulator.ui.sidebars.length).toBe(1);
    expect(emulator.ui.sidebars[0].title).toBe('Kinerja ASN');
    // No Pegawai sheet: recompute says what to do instead of failing.
    ctx.menuRecompute();
    const last = emulator.ui.alerts[emulator.ui.alerts.length - 1];
    expect(last.prompt).toBe(
      'Lembar Pegawai belum ada. Jalankan "Siapkan Lembar" dahulu.',
    );
  });
});

describe('setupSheets', () => {
  it('creates every contract sheet with its headers, bold and frozen, and the default rows', () => {
    const {emulator, ctx} = harness();
    ctx.menuSetup();
    expect(emulator.ui.toasts[0].message).toBe(
      // 19 sheets: Keberatan (appeals, issue 15) is the 19th.
      'Lembar siap: 19 lembar dibuat, 0 kolom ditambahkan, 46 baris bawaan ditambahkan.',
    );
    // Arsip Penilaian is made when a period is first closed, Daftar TPP by Hitung TPP, IKM by the
    // SKM form, Publik by its own action (the public view): not by set-up.
    for (const [key, name] of Object.entries(SHEET).filter(
      ([key]) =>
        !['arsipPenilaian', 'daftarTpp', 'ikm', 'publik'].includes(key),
    )) {
      const headers = (HEADERS as Record<string, readonly string[]>)[key] ?? [];
      const s = sheet(emulator, name);
      if (headers.length) {
        expect([
          name,
          s.getRange(1, 1, 1, headers.length).getValues()[0],
        ]).toEqual([name, [...headers]]);
        expect([
          name,
          s.getFrozenRows(),
          s.getRange(1, 1).getFontWeight(),
        ]).toEqual([name, 1, 'bold']);
      }
    }
    // The TPP sheet holds the DOMAIN §9 defaults, Kelas Jabatan only its header.
    const tpp = values(emulator, 'TPP');
    expect(tpp.length).toBe(1 + 18);
    expect(tpp[1]).toEqual(['Bobot Kinerja', 60]);
    expect(tpp.find(r => r[0] === 'Potongan TM3')).toEqual([
      'Potongan TM3',
      1.25,
    ]);
    expect(tpp[18]).toEqual(['TPP untuk PPPK', 'Ya']);
    expect(values(emulator, 'Kelas Jabatan')).toEqual([
      ['Kelas', 'Besaran TPP'],
    ]);
    expect(sheet(emulator, 'Presensi').getRange('A2').getNumberFormat()).toBe(
      '@',
    );
    const pengaturan = values(emulator, 'Pengaturan');
    const setting = (k: string) => pengaturan.find(r => r[0] === k)?.[1];
    expect(setting('Periode Aktif')).toBe('2026-TW1'); // 10 Feb 2026 in Jakarta
    expect(setting('Tahun')).toBe(2026);
    expect(setting('Bobot IKM')).toBe('1/9'); // text, not a date
    expect(setting('Model Penilaian')).toBe('KUADRAN');
    expect(
      values(emulator, 'Perilaku')
        .slice(1)
        .map(r => r[0]),
    ).toEqual(['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL']);
    const template = values(emulator, 'Template Email');
    expect(template[1][0]).toBe('Subjek');
    for (const p of [
      '{{Nama}}',
      '{{Periode}}',
      '{{Predikat}}',
      '{{Tabel Indikator}}',
      '{{Umpan Balik}}',
      '{{Rekomendasi}}',
    ]) {
      expect(String(template[1][1]) + String(template[2][1])).toContain(p);
    }
  });

  it('formats NIP columns as text, adds dropdowns, protects every contract sheet for HR only', () => {
    const {emulator, ctx} = harness();
    ctx.apiSetupSheets();
    const pegawai = sheet(emulator, 'Pegawai');
    expect(pegawai.getRange('A500').getNumberFormat()).toBe('@');
    expect(pegawai.getRange('E2').getNumberFormat()).toBe('@');
    expect(sheet(emulator, 'SKP').getRange('A2').getNumberFormat()).toBe('@');
    expect(sheet(emulator, 'Unit').getRange('D9').getNumberFormat()).toBe('@');
    const rule = sheet(emulator, 'Indikator')
      .getRange('F2')
      .getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Naik', 'Turun']);
    const model =
      values(emulator, 'Pengaturan').findIndex(
        r => r[0] === 'Model Penilaian',
      ) + 1;
    expect(
      sheet(emulator, 'Pengaturan')
        .getRange(model, 2)
        .getDataValidation()
        ?.getCriteriaValues()[0],
    ).toEqual(['KUADRAN', 'NUMERIK']);
    const siklus =
      values(emulator, 'Pengaturan').findIndex(
        r => r[0] === 'Siklus Evaluasi',
      ) + 1;
    const siklusCell = sheet(emulator, 'Pengaturan').getRange(siklus, 2);
    expect(siklusCell.getValue()).toBe('Triwulanan');
    expect(siklusCell.getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Triwulanan',
      'Bulanan',
    ]);
    // A typed NIP stays text with all 18 digits.
    pegawai.getRange('A2').setValue('199002022015012002');
    expect(pegawai.getRange('A2').getValue()).toBe('199002022015012002');
    const protectedSheets = emulator.workbook.protections
      .filter(p => p.type === 'SHEET')
      .map(p => [emulator.workbook.sheetById(p.sheetId)?.name, p.warningOnly]);
    // Every contract sheet is HR's (SHEETS.md, Roles): a real protection, not warning-only,
    // whose editors are the owner (who set it up here) and nobody else.
    expect(protectedSheets.sort()).toEqual(
      SHEET_SPECS.map(spec => [spec.name, false]).sort(),
    );
    for (const p of emulator.workbook.protections) {
      expect(p.editors).toEqual(['hr@example.go.id']);
      expect(p.description).toBe(
        'Kinerja ASN: hanya HR (Email HR di Pengaturan) dan pemilik yang dapat mengubah lembar ini.',
      );
    }
  });

  it('running it twice changes nothing: no data written the second time', () => {
    const {emulator, ctx} = harness();
    ctx.apiSetupSheets();
    const before = JSON.stringify(
      emulator.workbook.sheets.map(s => s.layers.value),
    );
    emulator.calls.reset();
    const second = ctx.apiSetupSheets();
    expect(second.message).toBe(
      'Semua lembar sudah lengkap; tidak ada yang diubah.',
    );
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.calls.count('Range.setValue')).toBe(0);
    expect(emulator.calls.count('Spreadsheet.insertSheet')).toBe(0);
    expect(
      JSON.stringify(emulator.workbook.sheets.map(s => s.layers.value)),
    ).toBe(before);
    expect(emulator.workbook.protections.length).toBe(SHEET_SPECS.length);
  });

  it('takes an existing "PEGAWAI" or " pengaturan " for the contract sheet instead of failing on a second one', () => {
    const {emulator, ctx} = harness();
    const app = emulator.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    ss.insertSheet('PEGAWAI')
      .getRange(1, 1, 2, 2)
      .setValues([
        ['NIP', 'Nama'],
        ["'199002022015012002", 'Ani'],
      ]);
    ss.insertSheet(' pengaturan ')
      .getRange(1, 1, 2, 2)
      .setValues([
        ['Kunci', 'Nilai'],
        ['Bahasa', 'en'],
      ]);
    const result = ctx.apiSetupSheets();
    expect(result.ok).toBe(true);
    const names = ss.getSheets().map(s => s.getName());
    expect(names.filter(n => n.trim().toLowerCase() === 'pegawai')).toEqual([
      'PEGAWAI',
    ]);
    expect(names).not.toContain('Pengaturan');
    // Completed in place, the user's rows kept, and read as Pegawai / Pengaturan.
    const pegawai = ss.getSheetByName('PEGAWAI')!.getDataRange().getValues();
    expect(pegawai[0].slice(0, 3)).toEqual(['NIP', 'Nama', 'Jabatan']);
    expect(pegawai[1].slice(0, 2)).toEqual(['199002022015012002', 'Ani']);
    expect(ctx.apiGetState().lang).toBe('en');
  });

  it('completes existing sheets: appends missing headers and keys, keeps every value and order', () => {
    const {emulator, ctx} = harness();
    const app = emulator.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    // A Pegawai sheet of the user's own: columns reordered, one of theirs, two contract ones missing.
    ss.insertSheet('Pegawai')
      .getRange(1, 1, 3, 5)
      .setValues([
        ['Nama', 'NIP', 'Catatan', 'Kode Unit', 'Email'],
        [
          'Ani',
          "'199002022015012002",
          'cuti Maret',
          'U01',
          'ani@example.go.id',
        ],
        ['Dedi', "'199103032016011003", '', 'U01', 'dedi@example.go.id'],
      ]);
    ss.insertSheet('Pengaturan')
      .getRange(1, 1, 3, 2)
      .setValues([
        ['Kunci', 'Nilai'],
        ['Periode Aktif', '2025-TW4'],
        ['Bobot Hasil Kerja', 60],
      ]);
    ctx.apiSetupSheets();
    const pegawai = values(emulator, 'Pegawai');
    expect(pegawai[0]).toEqual([
      'Nama',
      'NIP',
      'Catatan',
      'Kode Unit',
      'Email',
      'Jabatan',
      'NIP Atasan',
      'Status',
      'Aktif',
      'Pangkat/Golongan',
    ]);
    expect(pegawai[1].slice(0, 5)).toEqual([
      'Ani',
      '199002022015012002',
      'cuti Maret',
      'U01',
      'ani@example.go.id',
    ]);
    const pengaturan = values(emulator, 'Pengaturan');
    expect(pengaturan[1]).toEqual(['Periode Aktif', '2025-TW4']);
    expect(pengaturan[2]).toEqual(['Bobot Hasil Kerja', 60]);
    expect(pengaturan.length).toBe(1 + 17);
    expect(pengaturan.filter(r => r[0] === 'Periode Aktif').length).toBe(1);
  });

  it('cuts each sheet it creates to the columns of its header (the grid counts against 10 M cells)', () => {
    const {emulator, ctx} = harness();
    ctx.apiSetupSheets();
    for (const [key, headers] of Object.entries(HEADERS)) {
      // Tabs, the archive, the payment list, IKM and Publik are made by their own actions.
      if (
        ['penilaian', 'arsipPenilaian', 'daftarTpp', 'ikm', 'publik'].includes(
          key,
        )
      )
        continue;
      const name = SHEET[key as keyof typeof SHEET];
      const s = sheet(emulator, name);
      expect([name, s.getMaxColumns(), s.getMaxRows()]).toEqual([
        name,
        key === 'pegawai' ? PEGAWAI_SETUP_HEADERS.length : headers.length,
        1000,
      ]);
    }
  });
});
