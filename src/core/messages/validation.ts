// Messages of the validation area (see src/core/i18n.ts). Keys are namespaced 'validation.*'.
// Texts do not repeat the sheet or cell: callers render `Sheet!Cell: message`.
import type {Catalogue} from '../i18n';

export const VALIDATION_MESSAGES: Catalogue = {
  // Sheets and headers
  'validation.sheet.missing': {
    id: 'Sheet {sheet} tidak ada: jalankan "Siapkan Lembar"',
    en: 'Sheet {sheet} is missing: run "Set up sheets"',
  },
  'validation.sheet.headerMissing': {
    id: 'Kolom wajib "{header}" tidak ditemukan di baris 1: isi sheet ini tidak dibaca',
    en: 'Required column "{header}" not found in row 1: this sheet was not read',
  },
  'validation.sheet.headerOptionalMissing': {
    id: 'Kolom "{header}" tidak ditemukan di baris 1: dianggap kosong',
    en: 'Column "{header}" not found in row 1: treated as blank',
  },

  // Pengaturan
  'validation.setting.invalid': {
    id: '{key} tidak dikenali ("{value}"): dipakai nilai bawaan "{fallback}"',
    en: '{key} is not valid ("{value}"): the default "{fallback}" is used',
  },
  'validation.setting.bobotSum': {
    id: 'Bobot Hasil Kerja + Bobot Perilaku harus 100 (tertulis {hasilKerja} + {perilaku} = {total}): dipakai 70/30',
    en: 'Bobot Hasil Kerja + Bobot Perilaku must total 100 (found {hasilKerja} + {perilaku} = {total}): 70/30 is used',
  },
  'validation.setting.ambangOrder': {
    id: 'Ambang Sesuai ({sesuai}) lebih besar dari Ambang Di Atas ({diAtas}): dipakai 100 dan 110',
    en: 'Ambang Sesuai ({sesuai}) is above Ambang Di Atas ({diAtas}): 100 and 110 are used',
  },

  // Cell values
  'validation.value.choice': {
    id: '{header} harus salah satu dari: {choices} (tertulis "{value}")',
    en: '{header} must be one of: {choices} (found "{value}")',
  },
  'validation.value.number': {
    id: '{header} bukan angka: "{value}" (contoh: 87,5 atau 1.250)',
    en: '{header} is not a number: "{value}" (e.g. 87,5 or 1.250)',
  },
  'validation.value.formulaTyped': {
    id: '{header} berisi rumus ({formula}): ketik nilainya saja',
    en: '{header} holds a formula ({formula}): type the value itself',
  },
  'validation.value.blankRequired': {
    id: '{header} kosong',
    en: '{header} is blank',
  },

  // NIP
  'validation.nip.storedAsNumber': {
    id: 'NIP tersimpan sebagai angka ({text}): digit terakhir bisa hilang; format kolom sebagai teks dan ketik ulang NIP',
    en: 'NIP stored as a number ({text}): its last digits may be lost; format the column as text and type the NIP again',
  },
  'validation.nip.invalid': {
    id: 'NIP "{nip}" tidak valid: {reason}',
    en: 'NIP "{nip}" is not valid: {reason}',
  },
  'validation.nip.duplicate': {
    id: 'NIP {nip} ganda: sudah dipakai di baris {row}',
    en: 'Duplicate NIP {nip}: already used in row {row}',
  },

  // Unit
  'validation.unit.duplicate': {
    id: 'Kode Unit {kode} ganda: sudah dipakai di baris {row}',
    en: 'Duplicate Kode Unit {kode}: already used in row {row}',
  },
  'validation.unit.unknown': {
    id: 'Kode Unit "{kode}" tidak ada di sheet Unit',
    en: 'Kode Unit "{kode}" is not in the Unit sheet',
  },
  'validation.unit.indukUnknown': {
    id: 'Induk "{kode}" tidak ada di sheet Unit',
    en: 'Parent unit "{kode}" is not in the Unit sheet',
  },
  'validation.unit.kepalaUnknown': {
    id: 'NIP Kepala {nip} tidak ada di sheet Pegawai',
    en: 'NIP Kepala {nip} is not in the Pegawai sheet',
  },

  // Supervisors
  'validation.atasan.blank': {
    id: 'NIP Atasan kosong: pegawai ini tidak punya penilai',
    en: 'NIP Atasan is blank: this employee has no appraiser',
  },
  'validation.atasan.unknown': {
    id: 'NIP Atasan {nip} tidak ada di sheet Pegawai',
    en: 'NIP Atasan {nip} is not in the Pegawai sheet',
  },
  'validation.atasan.self': {
    id: 'NIP Atasan sama dengan NIP pegawai sendiri',
    en: "NIP Atasan is the employee's own NIP",
  },
  'validation.atasan.cycle': {
    id: 'Atasan melingkar: {cycle}',
    en: 'Supervisors form a loop: {cycle}',
  },
  'validation.atasan.inactive': {
    id: 'Atasan {nip} ({nama}) tidak aktif',
    en: 'Supervisor {nip} ({nama}) is not active',
  },

  // Email
  'validation.email.missing': {
    id: 'Email kosong: penilaian tetap dihitung, tetapi umpan balik tidak bisa dikirim',
    en: 'Email is blank: the appraisal is computed, but feedback cannot be sent',
  },
  'validation.email.invalid': {
    id: 'Email "{email}" tidak valid',
    en: 'Email "{email}" is not valid',
  },

  // Indikator, SKP, Perilaku, Pelatihan
  'validation.indikator.duplicate': {
    id: 'Kode indikator {kode} ganda: sudah dipakai di baris {row}',
    en: 'Duplicate indicator code {kode}: already used in row {row}',
  },
  'validation.indikator.unknown': {
    id: 'Kode indikator "{kode}" tidak ada di sheet Indikator',
    en: 'Indicator code "{kode}" is not in the Indikator sheet',
  },
  'validation.target.notPositive': {
    id: '{header} harus lebih dari 0 (tertulis {value})',
    en: '{header} must be above 0 (found {value})',
  },
  'validation.target.missing': {
    id: '{header} kosong, padahal dibutuhkan untuk periode {periode} (indikator {kode})',
    en: '{header} is blank but needed for period {periode} (indicator {kode})',
  },
  'validation.bobot.range': {
    id: 'Bobot harus antara 0 dan 100 (tertulis {value})',
    en: 'Bobot must be between 0 and 100 (found {value})',
  },
  'validation.bobot.sum': {
    id: 'Bobot indikator Utama pegawai {nip} berjumlah {total}, harus 100 (atau kosong semua)',
    en: 'Weights of the Utama indicators of employee {nip} total {total}; they must total 100 (or all be blank)',
  },
  'validation.bobot.sumUnit': {
    id: 'Bobot indikator Utama unit {unit} berjumlah {total}, harus 100 (atau kosong semua)',
    en: 'Weights of the Utama indicators of unit {unit} total {total}; they must total 100 (or all be blank)',
  },
  'validation.bobot.tambahan': {
    id: 'Bobot indikator Tambahan diabaikan (hanya indikator Utama berbobot)',
    en: 'Bobot of a Tambahan indicator is ignored (only Utama indicators carry weight)',
  },
  'validation.skp.nipUnknown': {
    id: 'NIP {nip} tidak ada di sheet Pegawai',
    en: 'NIP {nip} is not in the Pegawai sheet',
  },
  'validation.skp.duplicate': {
    id: 'Indikator {kode} sudah diberikan ke NIP {nip} di baris {row}',
    en: 'Indicator {kode} is already assigned to NIP {nip} in row {row}',
  },
  'validation.pegawai.noIndicators': {
    id: 'Pegawai {nip} tidak punya indikator Utama (tidak ada di SKP maupun di Indikator unit {unit})',
    en: 'Employee {nip} has no Utama indicator (none in SKP nor in the Indikator rows of unit {unit})',
  },
  'validation.aspek.duplicate': {
    id: 'Kode aspek {kode} ganda: sudah dipakai di baris {row}',
    en: 'Duplicate aspect code {kode}: already used in row {row}',
  },
  'validation.pelatihan.kodeUnknown': {
    id: 'Kode "{kode}" bukan kode indikator atau aspek perilaku',
    en: 'Code "{kode}" is neither an indicator code nor a behaviour aspect code',
  },

  // Appraisal tabs
  'validation.tab.periodInvalid': {
    id: 'Periode "{value}" tidak dikenali (contoh: 2026-03, 2026-TW1, 2026-S1, 2026)',
    en: 'Period "{value}" is not recognised (e.g. 2026-03, 2026-TW1, 2026-S1, 2026)',
  },
  'validation.tab.jenisBlank': {
    id: 'Jenis kosong: baris ini diabaikan',
    en: 'Jenis is blank: this row is ignored',
  },
  'validation.tab.nipUnknown': {
    id: 'NIP {nip} tidak ada di sheet Pegawai',
    en: 'NIP {nip} is not in the Pegawai sheet',
  },
  'validation.tab.kodeUnknown': {
    id: 'Kode "{kode}" tidak dikenali untuk {jenis}: baris ini diabaikan',
    en: 'Code "{kode}" is not known for {jenis}: this row is ignored',
  },
  'validation.tab.duplicateRow': {
    id: 'Baris ganda untuk NIP {nip} kode {kode}: yang dipakai adalah {first}',
    en: 'Duplicate row for NIP {nip} code {kode}: {first} is used',
  },
  'validation.tab.realisasiNegative': {
    id: 'Realisasi negatif ({value}): capaian tidak dihitung; ketik 0 atau lebih',
    en: 'Realisasi is negative ({value}): no capaian is computed; type 0 or more',
  },
  'validation.tab.realisasiDate': {
    id: 'Realisasi berisi tanggal ("{value}"), bukan angka: ketik angkanya (format sel sebagai angka)',
    en: 'Realisasi holds a date ("{value}"), not a number: type the number (format the cell as a number)',
  },
  'validation.value.formulaError': {
    id: '{header} berisi galat rumus {value}: dibaca kosong sampai rumusnya diperbaiki',
    en: '{header} holds the formula error {value}: read as blank until the formula is fixed',
  },
  'validation.value.merged': {
    id: 'Sel digabung ({range}): Sheets membaca sel selain yang pertama sebagai kosong; pisahkan gabungan (Format > Gabungkan sel > Pisahkan) lalu isi tiap sel',
    en: 'Merged cells ({range}): Sheets reads every cell but the first as blank; unmerge them (Format > Merge cells > Unmerge) and fill each cell',
  },
  'validation.nama.formula': {
    id: 'Nama diawali "{first}" ("{value}"): ditulis sebagai teks, tidak pernah sebagai rumus; periksa apakah ini memang nama',
    en: 'Nama starts with "{first}" ("{value}"): written as text, never as a formula; check that it is really a name',
  },
  'validation.template.unknownPlaceholder': {
    id: 'Placeholder tidak dikenal: {names}; email tidak dikirim sampai diperbaiki (yang dikenal: {known})',
    en: 'Unknown placeholder: {names}; no email is sent until it is fixed (known ones: {known})',
  },
  'validation.tab.realisasiInvalid': {
    id: 'Realisasi bukan angka: "{value}" (contoh: 87,5 atau 1.250)',
    en: 'Realisasi is not a number: "{value}" (e.g. 87,5 or 1.250)',
  },
  'validation.tab.ratingInvalid': {
    id: 'Rating "{value}" tidak dikenali: pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi',
    en: 'Rating "{value}" is not recognised: choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi',
  },
  'validation.tab.scoreInvalid': {
    id: 'Nilai perilaku harus angka 0 sampai 120 (tertulis "{value}")',
    en: 'The behaviour score must be a number from 0 to 120 (found "{value}")',
  },
  'validation.tab.inovasiInvalid': {
    id: 'Inovasi harus Ya atau Tidak (tertulis "{value}")',
    en: 'Inovasi must be Ya or Tidak (found "{value}")',
  },
  'validation.override.noReason': {
    id: 'Rating diubah menjadi {rating} (saran: {suggested}) tanpa Alasan: saran yang dipakai sampai Alasan diisi',
    en: 'Rating changed to {rating} (suggested: {suggested}) without a reason (Alasan): the suggestion is used until a reason is given',
  },

  // Appraisal
  'validation.period.unknown': {
    id: 'Periode "{value}" tidak dikenali (contoh: 2026-03, 2026-TW1, 2026-S1, 2026)',
    en: 'Period "{value}" is not recognised (e.g. 2026-03, 2026-TW1, 2026-S1, 2026)',
  },
  'validation.distribution': {
    // {warning} names the curve itself ("Kurva distribusi (capaian organisasi Baik): ...").
    id: 'Unit {unit}: {warning}',
    en: 'Unit {unit}: {warning}',
  },
  'validation.missing.noAppraisal': {
    id: 'belum ada penilaian untuk periode {periode}',
    en: 'no appraisal yet for period {periode}',
  },
  'validation.missing.realisasi': {
    id: 'realisasi {kode} belum diisi',
    en: 'realisasi of {kode} not filled in',
  },
  'validation.missing.realisasiQuarter': {
    id: 'realisasi {kode} periode {periode} belum diisi',
    en: 'realisasi of {kode} for {periode} not filled in',
  },
  'validation.missing.realisasiInvalid': {
    id: 'realisasi {kode} bukan angka',
    en: 'realisasi of {kode} is not a number',
  },
  'validation.missing.target': {
    id: 'target {kode} untuk periode {periode} tidak ada',
    en: 'no target of {kode} for period {periode}',
  },
  'validation.missing.rating': {
    id: 'rating perilaku {kode} belum diisi',
    en: 'behaviour rating {kode} not filled in',
  },
  'validation.missing.ratingInvalid': {
    id: 'rating perilaku {kode} tidak valid',
    en: 'behaviour rating {kode} is not valid',
  },
  'validation.missing.noUtama': {
    id: 'tidak ada indikator Utama',
    en: 'no Utama indicator',
  },
  'validation.missing.noAspects': {
    id: 'tidak ada aspek perilaku di sheet Perilaku',
    en: 'no behaviour aspect in the Perilaku sheet',
  },
  'validation.missing.bobot': {
    id: 'bobot indikator Utama tidak berjumlah 100',
    en: 'weights of the Utama indicators do not total 100',
  },

  // Output texts (Hasil, Rekap)
  'validation.output.reward': {
    id: 'Kandidat penghargaan',
    en: 'Reward candidate',
  },
  'validation.output.coaching': {
    id: 'Pembinaan',
    en: 'Coaching',
  },
  'validation.output.trainings': {
    id: 'Pelatihan: {list}',
    en: 'Training: {list}',
  },
  'validation.output.angkaKredit': {
    id: 'Angka kredit {jenjang}: {nilai}',
    en: 'Credit points {jenjang}: {nilai}',
  },
  'validation.output.incomplete': {
    id: 'Belum lengkap: {list}',
    en: 'Incomplete: {list}',
  },
  'validation.output.more': {
    id: 'dan {count} lainnya',
    en: 'and {count} more',
  },
  'validation.output.total': {
    id: 'Total',
    en: 'Total',
  },
};
