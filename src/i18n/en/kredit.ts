/** Messages of area 'kredit' (en). Keys are shared with the other language; a test checks both have the same keys. */
export const kredit: Record<string, string> = {
  'kredit.cli.bukanFolder':
    "'{folder}' is not a folder. Give a lembaga folder that holds a kredit/ folder.",
  'kredit.cli.folderTidakAda': "Folder '{folder}' does not exist.",
  'kredit.cli.laporanDitulis': 'Credit report written to {file}.',
  'kredit.cli.lembagaTakTerbaca':
    'lembaga.yaml cannot be read; workers are not matched against the staff list. Run `lembaga validasi` for details.',
  'kredit.cli.tahunBelumDiisi':
    'The {kosong} log has no activity yet; showing {tahun}. Use --tahun {kosong} to see it.',
  'kredit.cli.tahunSalah': "--tahun must be four digits, e.g. 2024 (got '{nilai}').",
  'kredit.cli.tahunTidakAda': 'No credit log for {tahun}. Years found: {ada}.',
  'kredit.cli.tanpaLembaga':
    "Folder '{folder}' has no lembaga.yaml; workers are not matched against the staff list.",
  'kredit.cli.templatDitulis':
    'Credit-log template written to {file}. Fill in the Pegawai and Kegiatan sheets, then run `lembaga angka-kredit`.',
  'kredit.cli.tidakAdaLog':
    "Folder '{folder}' has no credit log (kredit/<year>.yaml or kredit/<year>.xlsx). Create the template with `lembaga angka-kredit --kosong`.",

  'kredit.kol.staf': 'Staff',
  'kredit.kol.jenjang': 'Rank',
  'kredit.kol.target': 'Target',
  'kredit.kol.klaim': 'Claimed',
  'kredit.kol.diakui': 'Credited',
  'kredit.kol.selisih': 'Margin',
  'kredit.kol.status': 'Status',
  'kredit.kol.langkah': 'Step',
  'kredit.kol.utama': 'Main',
  'kredit.kol.penunjang': 'Support',
  'kredit.kol.pp': 'Prof.dev',
  'kredit.kol.total': 'Total',
  'kredit.kol.perubahan': 'Change',

  'kredit.langkah.klaim': 'Claimed',
  'kredit.langkah.tingkat': 'Rank of the task',
  'kredit.langkah.penulis': 'Joint authorship',
  'kredit.langkah.penunjang': 'Supporting cap 20 %',
  'kredit.langkah.capaian': 'Achievement cap 150 %',

  'kredit.muat.bukanPeta':
    '{file}: the file must be a map (key: value) with `tahun` and `pegawai`.',
  'kredit.muat.bukanXlsx':
    '{file} is not an .xlsx file (perhaps .xls or .ods). Save it again as an Excel Workbook (.xlsx).',
  'kredit.muat.kegiatanTanpaPegawai':
    "Activity for staff '{staf}', but that staff id is not on the {lembar} sheet.",
  'kredit.muat.kolomHilang':
    "Required column '{kolom}' is missing from the header row of sheet {lembar}.",
  'kredit.muat.lembarHilang':
    '{file} has no sheet {lembar}. Create the template with `lembaga angka-kredit --kosong`.',
  'kredit.muat.nipAngka':
    'The NIP in {sel} is stored as a number; an 18-digit number has already lost its last digits in Excel.',
  'kredit.muat.saranKutip': 'Quote the NIP, e.g. nip: "199001152015032001".',
  'kredit.muat.saranNipTeks': 'Format the NIP column as Text and type the NIP again.',
  'kredit.muat.tahunBeda':
    '{file}: the year inside the file ({tahun}) differs from the file name ({nama}).',
  'kredit.muat.tidakTerbaca': '{file} cannot be read: {pesan}',
  'kredit.muat.xlsxRusak': '{file} cannot be opened as .xlsx: {pesan}',

  'kredit.saran.ambang':
    'Fill in `ambang` (kenaikanPangkat, kenaikanJenjang) from Lampiran IV–VIII for the education and golongan.',
  'kredit.saran.nipBeda': 'Make the NIP in the log match asn.nip in lembaga.yaml.',
  'kredit.saran.pelatihan':
    'Give the pass date in `pelatihanFungsional`, or enrol the worker in the functional training.',
  'kredit.saran.penulisSetara':
    'Correct the number of authors, or use peran: setara when no main author can be named.',
  'kredit.saran.stafTidakAda': 'Use a staff id from lembaga.yaml (the `id` key of the staff list).',
  'kredit.saran.tanpaPenugasan':
    "Attach the unit head's written assignment and set penugasanTertulis: true.",

  'kredit.status.belumDiisi': 'not filled',
  'kredit.status.berjalan': 'in progress',
  'kredit.status.kurang': 'SHORT',
  'kredit.status.memenuhi': 'met',
  'kredit.status.temuan': 'findings',

  'kredit.teks.error': 'error',
  'kredit.teks.info': 'info',
  'kredit.teks.warning': 'warning',
  'kredit.teks.judul': 'Credit points {tahun} — {ruleset}',
  'kredit.teks.judulPegawai': '{staf} · {jenjang} · {golongan} · NIP {nip}',
  'kredit.teks.target':
    'Target {target} ({bagian}); credited at most {batas}; main duties credited {diakui}; margin {selisih}.',
  'kredit.teks.total':
    'Total credited this year (main + supporting + professional development): {total}.',
  'kredit.teks.penunjang':
    'Supporting cap {batas} (20 % of the pangkat threshold); already used {sebelumnya}; left {sisa}.',
  'kredit.teks.kumulatif': 'Cumulative toward the next pangkat: {total} of {ambang}{sumber}.',
  'kredit.teks.kumulatifJenjang': 'Cumulative toward the next rank: {total} of {ambang}.',
  'kredit.teks.pengembanganProfesi':
    'Professional development toward the next rank: {total} of {minimal} ({bagian}).',
  'kredit.teks.temuanUmum': 'Other findings:',
  'kredit.teks.ringkasan':
    '{pegawai} workers: {memenuhi} met the target, {kurang} short{lainnya}; {errors} errors, {warnings} warnings, {infos} infos.',
  'kredit.teks.ringkasanBelumDiisi': ', {n} not filled in',
  'kredit.teks.ringkasanBerjalan': ', {n} not yet assessed (year in progress)',

  'kredit.templat.judul':
    'Credit log of social workers (PermenPANRB 2020 on the Jabatan Fungsional Pekerja Sosial)',
  'kredit.templat.petunjuk': [
    'Enter the assessment year in cell B2.',
    'Pegawai sheet: one row per civil-service social worker. Id staf = the id in lembaga.yaml. NIP as text (18 digits).',
    'Kegiatan sheet: one row per activity. Nilai = the credit value of the item in Lampiran I–III; Volume = number of outputs.',
    'Unsur: utama (duties), penunjang (Pasal 37), pengembangan-profesi (Pasal 39).',
    'Tingkat: sendiri, satu-tingkat-di-atas (80 %), satu-tingkat-di-bawah (100 %); both need a written assignment (Pasal 10–11).',
    'Joint papers: fill in Peran penulis (utama, pembantu, setara) and Jumlah penulis (Pasal 40).',
    'Ambang sheet: cumulative credits for the next pangkat/rank from Lampiran IV–VIII by golongan and education.',
    'Yes/no columns: ya or tidak. Dates: YYYY-MM-DD.',
  ].join('\n'),

  'kredit.temuan.ambangJenjang':
    '{staf} is proposed for the next rank, but no rank threshold is given for golongan {golongan}, education {pendidikan}.',
  'kredit.temuan.ambangPangkat':
    '{staf} is proposed for the next pangkat, but no pangkat threshold is given for golongan {golongan}, education {pendidikan}.',
  'kredit.temuan.ambangPenunjang':
    '{staf} has supporting activities, but no pangkat threshold is given for golongan {golongan}, education {pendidikan}; the 20 % cap cannot be computed and supporting credits count in full.',
  'kredit.temuan.batasCapaian':
    '{staf}: main duties {klaim} exceed the cap {batas} (150 % of target {target}); {potong} not credited.',
  'kredit.temuan.batasPenunjang':
    '{staf}: supporting {klaim} exceeds the remaining allowance {sisa} (cap {batas} = 20 % of {ambang}, already used {sebelumnya}); {potong} not counted.',
  'kredit.temuan.belumDiisi':
    '{staf} ({jenjang}): no activity recorded in the {tahun} log yet (not filled in); target {target} not assessed.',
  'kredit.temuan.jenisPengangkatan':
    "{staf} (keterampilan) is recorded with appointment kind '{jenis}', which the regulation reserves for the keahlian category.",
  'kredit.temuan.jenjangKategori': '{jenjang} is not a rank of the {kategori} category.',
  'kredit.temuan.kumulatifJenjang':
    '{staf} is proposed for the next rank with {total} cumulative credits; {ambang} required ({kurang} short).',
  'kredit.temuan.kumulatifPangkat':
    '{staf} is proposed for the next pangkat with {total} cumulative credits; {ambang} required ({kurang} short).',
  'kredit.temuan.kurangTarget':
    '{staf} ({jenjang}): main duties credited {diakui}, target at least {target} ({kurang} short).',
  'kredit.temuan.kurangTargetBerjalan':
    '{staf} ({jenjang}): main duties credited so far {diakui} of target {target}; {tahun} is still running, the target is assessed after 31 December.',
  'kredit.temuan.magister':
    "{staf}: the Ahli Utama rank requires a master's degree; education recorded {pendidikan}.",
  'kredit.temuan.magisterKosong':
    "{staf}: the Ahli Utama rank requires a master's degree; education not given.",
  'kredit.temuan.nipBeda': '{staf}: the NIP in the log differs from the NIP in lembaga.yaml.',
  'kredit.temuan.pegawaiGanda': '{staf} appears more than once in the logs of {tahun}.',
  'kredit.temuan.pelatihanKenaikan':
    '{staf} is proposed for the next rank but has not passed the functional training.',
  'kredit.temuan.pelatihanLewat':
    '{staf} was appointed on {diangkat} and has not passed the functional training; the deadline was {batas} (3 years).',
  'kredit.temuan.pengembanganProfesi':
    '{staf}: professional development {total}; moving up to {ke} requires {minimal}.',
  'kredit.temuan.penulisTidakValid':
    '{staf}, activity {no}: {jumlah} authors with main/helper roles; at most {maks} helper authors. Counted as equal shares until fixed.',
  'kredit.temuan.stafTidakAda': "Staff '{staf}' is not in lembaga.yaml.",
  'kredit.temuan.tanpaPenugasan':
    "{staf}, activity {no}: another rank's task without a written assignment; {klaim} not credited.",
  'kredit.temuan.tingkatBukanUtama':
    '{staf}, activity {no}: the task rank applies to main duties only; ignored.',
  'kredit.temuan.tingkatTidakAda':
    '{staf}, activity {no}: {jenjang} has no rank {tingkat}; activity not credited.',
  'kredit.temuan.usia':
    '{staf} was appointed {jenjang} by transfer at age {usia}; the limit is {batas}.',

  'kredit.xlsx.ringkasan': 'Summary',
  'kredit.xlsx.temuan': 'Findings',
  'kredit.xlsx.langkah': 'Computation steps',
  'kredit.xlsx.kegiatan': 'Activities',
  'kredit.xlsx.judulPegawai': 'Credit points {tahun} — {staf}',
  'kredit.xlsx.info.staf': 'Staff id',
  'kredit.xlsx.info.nip': 'NIP',
  'kredit.xlsx.info.jenjang': 'Rank',
  'kredit.xlsx.info.golongan': 'Pangkat/golongan',
  'kredit.xlsx.info.pendidikan': 'Education',
  'kredit.xlsx.info.target': 'Target',
  'kredit.xlsx.info.batas': 'Credited at most (150 %)',
  'kredit.xlsx.info.diakuiUtama': 'Main duties credited',
  'kredit.xlsx.info.selisih': 'Margin to target',
  'kredit.xlsx.info.total': 'Total credited',
  'kredit.xlsx.info.kumulatif': 'Cumulative toward pangkat',
  'kredit.xlsx.kol.no': 'No',
  'kredit.xlsx.kol.staf': 'Staff id',
  'kredit.xlsx.kol.nip': 'NIP',
  'kredit.xlsx.kol.kategori': 'Category',
  'kredit.xlsx.kol.jenjang': 'Rank',
  'kredit.xlsx.kol.golongan': 'Golongan',
  'kredit.xlsx.kol.target': 'Target',
  'kredit.xlsx.kol.dasarTarget': 'Target basis',
  'kredit.xlsx.kol.klaimUtama': 'Main claimed',
  'kredit.xlsx.kol.diakuiUtama': 'Main credited',
  'kredit.xlsx.kol.penunjangDiakui': 'Supporting credited',
  'kredit.xlsx.kol.ppDiakui': 'Prof. development credited',
  'kredit.xlsx.kol.totalDiakui': 'Total credited',
  'kredit.xlsx.kol.selisih': 'Margin',
  'kredit.xlsx.kol.status': 'Status',
  'kredit.xlsx.kol.galat': 'Errors',
  'kredit.xlsx.kolLangkah.langkah': 'Step',
  'kredit.xlsx.kolLangkah.dasar': 'Basis',
  'kredit.xlsx.kolLangkah.utama': 'Main',
  'kredit.xlsx.kolLangkah.penunjang': 'Supporting',
  'kredit.xlsx.kolLangkah.pp': 'Prof. development',
  'kredit.xlsx.kolLangkah.total': 'Total',
  'kredit.xlsx.kolLangkah.perubahan': 'Change',
  'kredit.xlsx.kolKegiatan.no': 'No',
  'kredit.xlsx.kolKegiatan.uraian': 'Description',
  'kredit.xlsx.kolKegiatan.unsur': 'Element',
  'kredit.xlsx.kolKegiatan.klaim': 'Claimed',
  'kredit.xlsx.kolKegiatan.tingkat': 'Task rank',
  'kredit.xlsx.kolKegiatan.faktorTingkat': 'Rank factor',
  'kredit.xlsx.kolKegiatan.faktorPenulis': 'Author share',
  'kredit.xlsx.kolKegiatan.dasar': 'Basis',
  'kredit.xlsx.kolKegiatan.diakui': 'Credited',
  'kredit.xlsx.kolTemuan.tingkat': 'Severity',
  'kredit.xlsx.kolTemuan.aturan': 'Rule',
  'kredit.xlsx.kolTemuan.pesan': 'Message',
  'kredit.xlsx.kolTemuan.rujukan': 'Reference',
  'kredit.xlsx.kolTemuan.lokasi': 'Location',
  'kredit.temuan.tanggalMasaDepan':
    '{staf}: {bidang} dated {tanggal}, after today ({hariIni}) — a typo?',
  'kredit.temuan.tanggalLuarTahun':
    "{staf}, activity {no}: dated {tanggal}, outside the log's year {tahun}. Record it in that year's log.",
  'kredit.temuan.tanggalMetodeKonversi':
    "{staf}, activity {no}: dated {tanggal}, outside the log's year {tahun}. Since 1 January 2023 credit points are converted from the performance rating (PermenPANRB 1/2023, PerBKN 3/2023), not counted per activity: record that year in a conversion-form kredit/<tahun>.yaml (`lembaga angka-kredit --kosong --tahun <year>`).",
  'kredit.temuan.tanggalSebelumDiangkat':
    '{staf}, activity {no}: dated {tanggal}, before the appointment to the position ({diangkat}).',
  'kredit.temuan.skpTidakAda': "{staf}: this year's SKP is not recorded (`skp.disusun`).",
  'kredit.temuan.skpBelumDisetujui':
    '{staf}: SKP drawn up {disusun} but not recorded as approved by the direct superior (`skp.disetujui`).',
  'kredit.temuan.skpUrutan':
    '{staf}: SKP recorded as approved {disetujui}, before it was drawn up {disusun}.',
  'kredit.temuan.ujiKompetensi':
    '{staf} is proposed for the next rank but no passed Uji Kompetensi is recorded (`ujiKompetensi`).',
  'kredit.temuan.ujiKompetensiPromosi':
    '{staf} was appointed by promotion but no passed Uji Kompetensi is recorded (`ujiKompetensi`).',
  'kredit.temuan.hasilKerja':
    '{staf}: {n} of {dari} main-duty activities without documented Hasil Kerja (`bukti`).',
  'kredit.saran.skp':
    'Record when the SKP was drawn up and approved by the direct superior in `skp`.',
  'kredit.saran.ujiKompetensi':
    'Give the Uji Kompetensi pass date in `ujiKompetensi`, or hold the rank promotion.',
  'kredit.saran.hasilKerja':
    "Fill each activity's `bukti` with where its documentation is kept (report, archive, case file).",
  'kredit.konversi.predikatTidakDikenal':
    "{staf}: performance rating '{nilai}' is unknown; choose Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang or Sangat Kurang.",
  'kredit.konversi.saranPredikat':
    'Write one of: sangat-baik, baik, butuh-perbaikan (formerly cukup), kurang, sangat-kurang.',
  'kredit.konversi.bulanTidakSah':
    "{staf}: period month '{nilai}' cannot be read; write the month as YYYY-MM, e.g. {tahun}-01.",
  'kredit.konversi.periodeLuarTahun': "{staf}: month {nilai} is outside the log's year {tahun}.",
  'kredit.konversi.periodeTerbalik': '{staf}: period {dari} to {sampai} ends before it starts.',
  'kredit.konversi.periodeTumpang': '{staf}: period {no} overlaps period {lain} (month {bulan}).',
  'kredit.konversi.lebih12Bulan':
    "{staf}: the year's periods add up to {bulan} months; at most 12.",
  'kredit.konversi.jenjangTidakDikenal': "{staf}: jenjang '{nilai}' is unknown.",
  'kredit.konversi.golonganTidakSesuai':
    '{staf}: golongan {golongan} does not belong to jenjang {jenjang} (range {rentang}).',
  'kredit.konversi.metodeLama':
    '{file}: the {tahun} log is in the activity-item form (PermenPANRB 2020), but since 1 January 2023 credit points are converted from the performance rating (PermenPANRB 1/2023, PerBKN 3/2023). This log is not computed.',
  'kredit.konversi.saranMetodeLama':
    'Rewrite the {tahun} log in the conversion form (`versi: 2`, per worker `periode` with jenjang, golongan, dari, sampai, predikat); `lembaga angka-kredit --kosong --tahun {tahun}` writes the template. See docs/angka-kredit.md.',
  'kredit.konversi.metodeBaru':
    '{file}: the {tahun} log is in the conversion form, which applies only from 1 January 2023; {tahun} is counted per activity item (PermenPANRB 2020). This log is not computed.',
  'kredit.konversi.saranMetodeBaru':
    'Record years before 2023 in the activity-item form (`versi: 1`, per worker `kegiatan`), or fix `tahun`.',
  'kredit.konversi.superseded':
    'Credit points for {tahun} are computed by converting the performance rating (PermenPANRB 1/2023), not by the 2020 activity items.',
  'kredit.konversi.judulKonversi': 'Conversion of Performance Rating to Credit Points',
  'kredit.konversi.judulAkumulasi': 'Cumulative Credit Points',
  'kredit.konversi.kolStaf': 'Staff',
  'kredit.konversi.kolNip': 'NIP',
  'kredit.konversi.kolJenjang': 'Rank',
  'kredit.konversi.kolGolongan': 'Grade',
  'kredit.konversi.kolPeriode': 'Period',
  'kredit.konversi.kolBulan': 'Months',
  'kredit.konversi.kolPredikat': 'Rating',
  'kredit.konversi.kolPersen': '%',
  'kredit.konversi.kolKoefisien': 'Coefficient',
  'kredit.konversi.kolAk': 'AK',
  'kredit.konversi.kolAwal': 'AK at start',
  'kredit.konversi.kolIntegrasi': 'Integration',
  'kredit.konversi.kolTahunIni': 'AK this year',
  'kredit.konversi.kolKumPangkat': 'Cumulative (pangkat)',
  'kredit.konversi.kolAmbangPangkat': 'Pangkat threshold',
  'kredit.konversi.kolKurangPangkat': 'Short (pangkat)',
  'kredit.konversi.kolKumJenjang': 'Cumulative (jenjang)',
  'kredit.konversi.kolAmbangJenjang': 'Jenjang threshold',
  'kredit.konversi.kolKurangJenjang': 'Short (jenjang)',
  'kredit.konversi.kolPengembangan': 'Professional development',
  'kredit.konversi.ppWajib': 'required to move up to {ke}',
  'kredit.konversi.ppTidak': 'not required',
  'kredit.konversi.metode': 'Method: {judul}.',
  'kredit.konversi.sumberTabel':
    'Tables: percentages — {persentase}; coefficients — {koefisien}; thresholds — {ambang}.',
  'kredit.konversi.override': 'Tables overridden from {file} ({bagian}).',
  'kredit.konversi.ringkasan':
    '{pegawai} workers, {ak} AK in {tahun}: {errors} errors, {warnings} warnings, {infos} info.',
  'kredit.konversi.tabelTidakSah': '{file}: {pesan}',
  'kredit.konversi.templatDitulis':
    'Credit log template for {tahun} (conversion of the performance rating) written to {file}. Fill in the Periode sheet, then run `lembaga angka-kredit`.',
  'kredit.konversi.petunjuk':
    'One row per rating period of a worker. A mid-year promotion: two rows (e.g. 2025-01 to 2025-06 and 2025-07 to 2025-12).\nRatings: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.\nAK integrasi (pre-2023 credits minus the jenjang base) is given once, in the first year.\nAK = rating percentage × jenjang yearly coefficient × months/12 (PermenPANRB 1/2023, PerBKN 3/2023).',
  'kredit.konversi.sumberSatu': 'Percentage, coefficient and threshold tables: {sumber}.',
  'kredit.konversi.predikatBelumDiisi':
    '{staf}: period {dari} to {sampai} has no performance rating yet (belum diisi).',
  'kredit.temuan.syaratTidakAda':
    '{staf}: {jenis} appointment without proof of its requirements (`pengangkatan.syarat`).',
  'kredit.temuan.syarat': '{staf}: requirement `{kunci}` of the {jenis} appointment is not proven.',
  'kredit.temuan.syaratIjazah':
    '{staf}: a {jenis} appointment requires at least a bachelor/D4 degree; recorded {pendidikan}.',
  'kredit.temuan.syaratNilai':
    '{staf}: a {jenis} appointment requires at least a "baik" rating in the last {n} year(s) (`syarat.nilaiKinerja`).',
  'kredit.temuan.syaratPengalaman':
    '{staf}: a {jenis} appointment requires at least 2 years of experience; recorded {tahun} (`syarat.pengalamanTahun`).',
  'kredit.temuan.syaratUji':
    '{staf}: a {jenis} appointment requires a passed Uji Kompetensi (`ujiKompetensi`).',
  'kredit.temuan.pnsSatuTahun':
    '{staf}: appointed to the position on {tanggal}, more than 1 year after becoming a civil servant on {pns} (latest {batas}).',
  'kredit.temuan.pelantikanTidakAda':
    '{staf}: the swearing-in date is not recorded (`pengangkatan.pelantikan`).',
  'kredit.temuan.pelantikanSebelum':
    '{staf}: sworn in on {pelantikan}, before the appointment date {tanggal}.',
  'kredit.temuan.lowonganKenaikan':
    '{staf} is proposed for the next rank while recorded as waiting for a vacancy (`menungguLowongan`).',
  'kredit.temuan.tugasBelajarPendek':
    '{staf}: study leave {mulai} to {selesai} is not more than 6 months, so no reason to leave the position.',
  'kredit.temuan.pemberhentianIzin':
    '{staf}: out of the position ({alasan}) from {mulai} without prior examination and permission of the authorised official (`izin`: {izin}).',
  'kredit.temuan.pemberhentianTidakKembali':
    '{staf}: left the position for {alasan} from {mulai} and cannot be reappointed.',
  'kredit.temuan.pemberhentianUrutan':
    '{staf}: reappointed on {kembali}, before the period out of the position ({alasan}) began on {mulai}.',
  'kredit.temuan.kegiatanDiberhentikan':
    '{staf}, activity {no}: dated {tanggal}, while out of the position ({alasan}) since {mulai}; {n} activities are not credited before reappointment.',
  'kredit.temuan.rangkapJabatan':
    '{staf}: also holds a {jenis} position (since {mulai}) without leaving the functional position.',
  'kredit.temuan.organisasiProfesi':
    '{staf}: not recorded as a member of the professional organisation (lembaga.yaml `organisasiProfesi`).',
  'kredit.temuan.ijazahKeterampilan':
    '{staf}: skilled category with {pendidikan}; must obtain a bachelor/D4 degree by {batas} or leave the position.',
  'kredit.temuan.sebelumBerlaku':
    '{staf}, activity {no}: dated {tanggal}, before the regulation took effect (27 May 2020); {n} activities are assessed under KEP/03/I/M.PAN/2004.',
  'kredit.saran.syarat':
    'Record the proof of each requirement in `pengangkatan.syarat` (see docs/angka-kredit.md).',
  'kredit.temuan.skpTargetTidakAda':
    '{staf}: SKP without a credit target (`skp.targetAngkaKredit`; at least {minimal}).',
  'kredit.temuan.skpTarget':
    "{staf}: the SKP credit target {target} is below the rank's minimum {minimal}.",
  'kredit.temuan.skpBelumDinilai':
    '{staf}: the {tahun} SKP is not recorded as assessed (`skp.dinilai`).',
  'kredit.temuan.skpUrutanNilai':
    '{staf}: SKP recorded as assessed on {a}, before it was approved on {b}.',
  'kredit.temuan.skpBelumDisampaikan':
    '{staf}: the SKP result (assessed {dinilai}) is not recorded as submitted to the Tim Penilai (`skp.disampaikan`).',
  'kredit.temuan.skpUrutanSampai':
    '{staf}: SKP result recorded as submitted on {a}, before the SKP was assessed on {b}.',
  'kredit.temuan.pelatihan':
    '{staf}: no functional or technical training recorded (`pelatihanFungsional`, lembaga.yaml `pelatihan`).',
};
