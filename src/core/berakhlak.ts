// The behaviour aspects every appraisal rates unless the Perilaku sheet lists others.

/** The default behaviour aspects: the 7 BerAKHLAK core values (SE MenPANRB 20/2021). */
export const BERAKHLAK: ReadonlyArray<readonly [string, string, string]> = [
  [
    'BO',
    'Berorientasi Pelayanan',
    'Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dapat diandalkan; melakukan perbaikan tiada henti',
  ],
  [
    'AK',
    'Akuntabel',
    'Jujur, bertanggung jawab, cermat, disiplin, berintegritas; menggunakan barang milik negara secara bertanggung jawab; tidak menyalahgunakan kewenangan',
  ],
  [
    'KO',
    'Kompeten',
    'Meningkatkan kompetensi diri; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik',
  ],
  [
    'HA',
    'Harmonis',
    'Menghargai setiap orang; suka menolong; membangun lingkungan kerja yang kondusif',
  ],
  [
    'LO',
    'Loyal',
    'Setia pada Pancasila, UUD 1945, NKRI dan pemerintahan yang sah; menjaga nama baik; menjaga rahasia jabatan dan negara',
  ],
  [
    'AD',
    'Adaptif',
    'Cepat menyesuaikan diri; berinovasi dan kreatif; bertindak proaktif',
  ],
  [
    'KL',
    'Kolaboratif',
    'Memberi kesempatan berkontribusi; terbuka bekerja sama; menggerakkan sumber daya untuk tujuan bersama',
  ],
];
