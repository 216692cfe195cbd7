/** Messages of area 'validasi' (en). */
export const validasi: Record<string, string> = {
  'validasi.aturanGagal':
    'Rule {aturan} failed to run: {pesan}. This is a bug; other findings are still checked.',
  'validasi.csvPerluImpor':
    'File {file} is a CSV; a register must be a canonical .yaml or .xlsx. Convert it with: lembaga import "{file}" -o register/register.yaml',
  'validasi.bukanRegister':
    'File {file} is not a register: it must hold "kasus:" as a list of cases.',
  'validasi.tanpaLembaga':
    'No lembaga.yaml found for the files checked; institution rules skipped. Name the folder, e.g. lembaga validate .',
  'validasi.ringkasan':
    '{files} files, {cases} cases: {errors} errors, {warnings} warnings, {infos} infos.',
  'validasi.bersih': 'No findings. {files} files, {cases} cases checked against {rules} rules.',
  'validasi.disembunyikan':
    "{n} findings ignored by the institution's configuration (see aturan.abaikan).",
  'validasi.peringatanMelebihi': 'Warnings ({n}) exceed --maks-peringatan {maks}.',
  'validasi.ditulisKe': 'Results written to {file}.',
  'validasi.kolomGalat': 'error',
  'validasi.kolomPeringatan': 'warning',
  'validasi.kolomInfo': 'info',
  'validasi.saran': 'Hint',
  'validasi.acuan': 'Reference',
  'r.izinLembaga.tidakAda':
    'The institution has no operating licence on record (licence number empty).',
  'r.izinLembaga.kedaluwarsa':
    "The institution's operating licence ended on {tanggal}; it is not in force on {hariIni}.",
  'r.izinLembaga.saran':
    'Renew the licence at the social affairs office, then fill izin.nomor and izin.berlakuSampai.',
  'r.akreditasi.tidakAda': 'The institution is not accredited in {layanan}.',
  'r.akreditasi.kedaluwarsa': 'Accreditation in {layanan} ended on {tanggal}.',
  'r.akreditasi.saran': 'Apply for (re)accreditation in this field and record it under akreditasi.',
  'r.sk.kriteriaKlien': 'Service {layanan} has no decree on client criteria and requirements.',
  'r.sk.tarif': 'Service {layanan} has no decree on fee amounts.',
  'r.sk.pengaduan': 'Service {layanan} has no decree on the complaint procedure.',
  'r.sk.saran':
    'Write a template with "lembaga sop --sk", enact it, then record its number and date.',
  'r.tarif.tidakAda': 'Service {layanan} has no tariff matrix.',
  'r.tarif.saranTidakAda':
    'Fill this service\'s tariff in lembaga.yaml (a skeleton with its row keys: "lembaga tariff --kosong"), or fill dasarTarif and compute it with "lembaga tariff --hitung".',
  'r.tarif.barisKosong': 'The {layanan} tariff matrix lacks row {nomor} "{baris}" ({sel}).',
  'r.tarif.selKosong':
    'The {layanan} tariff matrix row {nomor} "{baris}" is incomplete: {sel} empty.',
  'r.tarif.saranKosong':
    'Fill the amounts under key "{kunci}". 0 is allowed (e.g. fully subsidised), empty is not.',
  'r.tarif.barisTakDikenal':
    'Tariff row "{kunci}" is not in the {layanan} matrix. Did you mean "{saran}"?',
  'r.tarif.urutanTingkat':
    'Tariff "{baris}" {durasi}: {atas} ({nAtas}) is cheaper than {bawah} ({nBawah}).',
  'r.tarif.urutanDurasi':
    'Tariff "{baris}" {tingkat}: {panjang} ({nPanjang}) is cheaper than {pendek} ({nPendek}).',
  'r.pengaduan.tanpaSaluran': 'The institution provides no complaint channel.',
  'r.pengaduan.saranSaluran':
    'Fill at least one of pengaduan.saluran: telepon, whatsapp, kotakPengaduan, email, alamatSurat.',
  'r.pengaduan.tanpaProsedur': 'The institution has no complaint procedure.',
  'r.pengaduan.saranProsedur':
    'Fill pengaduan.prosedur: petugas, alur, batasWaktuHari, perlindunganKlien, laporanBerkala ("lembaga sop --sk" writes the decree template).',
  'r.pengaduan.tanpaPetugas': 'The complaint procedure names no staff to handle complaints.',
  'r.pengaduan.petugasTakDikenal': 'Complaint officer "{id}" is not on the staff list.',
  'r.pengaduan.tanpaAlur':
    'The complaint procedure does not describe the process from receipt to reply.',
  'r.pengaduan.tanpaBatasWaktu': 'The complaint procedure sets no deadline for: {tahap}.',
  'r.pengaduan.tanpaPerlindungan':
    'The complaint procedure does not provide for protecting the complainant.',
  'r.pengaduan.tanpaLaporan':
    'The complaint procedure does not provide for periodic complaint reports.',
  'r.fasilitas.kurang': 'Minimum facility missing: {fasilitas}.',
  'r.fasilitas.saran': 'If it exists, write fasilitas.{kunci}: true (or the count).',
  'r.peralatan.kurang': 'Equipment not recorded: {peralatan}.',
  'r.pelaksana.tanpaPekerja': 'Service {layanan} has no active social worker.',
  'r.pelaksana.tanpaSupervisor': 'Service {layanan} has no active social-work supervisor.',
  'r.pendidikan.pekerjaJenjang':
    'Social worker {nama} has education {jenjang}; the standard requires at least S1 or D-IV.',
  'r.pendidikan.supervisorJenjang':
    'Supervisor {nama} has education {jenjang}; the standard requires at least S2/Specialist 1.',
  'r.pendidikan.bidang':
    'The field of study of {nama} ("{bidang}") is not social work/social welfare.',
  'r.pendidikan.saran': 'Assign another social worker, or complete the education data.',
  'r.pendidikan.saranSupervisor': 'Appoint another supervisor or complete the education data.',
  'r.sertifikat.tidakAda': '{nama} has no social-work certificate (sertifikat.nomor empty).',
  'r.sertifikat.saran': 'Enrol them in the competency test, then record the certificate number.',
  'r.izinPraktik.tidakAda': '{nama} has no social-work practice licence.',
  'r.izinPraktik.saran':
    'Apply for a practice licence, then record izinPraktik.nomor and izinPraktik.berlakuSampai.',
  'r.izinPraktik.tanpaTanggal':
    "The validity of {nama}'s practice licence is not filled in (izinPraktik.berlakuSampai).",
  'r.izinPraktik.kedaluwarsa':
    "{nama}'s practice licence ended on {tanggal} and is no longer valid.",
  'r.izinPraktik.saranPerpanjang':
    'Renew the licence; until then they may not deliver services on their own.',
  'r.supervisor.pengalaman':
    'Supervisor {nama} has {tahun} years of practice; the standard requires at least 5.',
  'r.pelatihan.kurang': '{nama} has no recorded training/seminar/workshop in {layanan}.',
  'r.pengalaman.kurang': '{nama} has no recorded practice experience in {layanan}.',
  'r.pelaksanaLain.tidakSesuai':
    "{nama} ({peran}) works in {layanan}, but that service's 2.3.3 lists only: {daftar}.",
  'r.jaminan.organisasi': '{nama} is not recorded as a member of the professional organisation.',
  'r.jaminan.kodeEtik': '{nama} is not declared bound by the professional code of ethics.',
  'r.jaminan.pakta':
    '{nama} has not signed the anti-corruption and anti-harassment/violence policy.',
  'r.jaminan.riwayatAda': '{nama} has a recorded history of violence and/or legal cases.',
  'r.jaminan.riwayatKosong': "{nama}'s clean record is not declared (riwayatBersih).",
  'r.jaminan.metode':
    'The institution has not declared that it uses tested practice approaches, methods and tools.',
  'r.jaminan.pengawas':
    'The government office overseeing the service is not recorded (jaminan.pengawasPemerintah).',
  'r.jaminan.laporan': 'The annual report for {tahun} is not recorded (last: {terakhir}).',
  'r.jaminan.saranLaporan':
    'Write it with "lembaga report --tahun {tahun}", then fill jaminan.laporanTahunanTerakhir.',
  'r.evaluasi.tidakAda': '{nama} has never had a performance evaluation (evaluasiTerakhir empty).',
  'r.evaluasi.lama': "{nama}'s last performance evaluation was on {tanggal}, more than a year ago.",
  'r.evaluasi.rencana': '{nama} has no annual plan for {tahun}.',
  'r.evaluasi.kerangka': 'The institution has not set a staff competency framework for evaluation.',
  'r.evaluasi.format': 'The institution has no recorded and archived evaluation form.',
  'r.keselamatan.protokol': 'There is no emergency protocol (fire, flood, earthquake).',
  'r.keselamatan.apar': 'The building has no fire extinguisher (APAR).',
  'r.keselamatan.saranApar': 'Install one and record keselamatan.apar.jumlah and kedaluwarsa.',
  'r.keselamatan.aparKedaluwarsa': 'The fire extinguisher expired on {tanggal}.',
  'r.keselamatan.evakuasi': 'The evacuation route and its signs are incomplete.',
  'r.keselamatan.titikKumpul': 'There is no safe assembly point for emergencies.',
  'r.keselamatan.informasi': 'Workers have not received safety and security information.',
  'r.keselamatan.latihanBencana':
    'Last disaster training: {tanggal} (must be within the last {bulan} months).',
  'r.keselamatan.drillTidakAda': 'No evacuation drill has been held.',
  'r.keselamatan.drillLama': 'The last drill was on {tanggal}, more than {bulan} months ago.',
  'r.keselamatan.kontakTidakAda': 'No staff member is assigned as the safety contact.',
  'r.keselamatan.kontakTakDikenal': 'Safety contact "{id}" is not on the staff list.',
  'r.keselamatan.kontakPelatihan':
    "The safety contact's last training was on {tanggal}; it must be renewed every year.",
  'r.keselamatan.penjelasanKlien': 'Clients are not briefed on the safety protocol.',
  'r.pengawasan.pedoman': 'Internal supervision has no written guidelines.',
  'r.pengawasan.pertemuan': 'Regular worker–supervisor meetings are not set.',
  'r.pengawasan.aspek': 'Supervision does not cover: {aspek}.',
  'r.jangkaWaktu.lembaga':
    'The service period of {layanan} is set at {bulan} months, beyond the standard limit of {batas}.',
  'r.timKerja.lembaga': 'The social development service has no community work team.',
  'r.staf.idGanda': 'Staff id "{id}" is used twice (first at staff no. {baris}).',
  'r.pengaturan.proBono':
    'The basis of the 10 % pro bono is not set; default used: activities per social worker per year.',
  'r.pengaturan.drill': 'The drill interval is not set; default used: 12 months.',
  'r.pengaturan.mulai':
    'The start of the service period is not set; default used: the agreement date.',
};
Object.assign(validasi, {
  'r.kasus.perlindunganPpks':
    "Case {nomor}: the social-protection client's PPKS category is not filled in.",
  'r.kasus.perlindunganSiks':
    'Case {nomor}: the social-protection client is not registered (or proposed) in the social-welfare information system (DTKS).',
  'validasi.aturanTakDikenal':
    'Unknown rule "{id}"; this setting has no effect. List the rules with: lembaga rules',
  'validasi.aturanTakDikenalMaksud':
    'Unknown rule "{id}"; this setting has no effect. Did you mean "{saran}"?',
  'r.kasus.kegiatanTakDikenalTanpaSaran':
    'Case {nomor}: activity "{kegiatan}" is not a core activity of {layanan}. The codes: lembaga rules kasus-kegiatan-layanan, or the Petunjuk sheet of the Excel register.',
  'r.kasus.pengaduanJenisTanpaSaran': 'Case {nomor}: unknown complaint type "{nilai}" (1.6.3).',
  'r.kasus.pengaduanSaluranTanpaSaran':
    'Case {nomor}: unknown complaint channel "{nilai}" (1.6.4).',
  'r.supervisor.pengalamanKosong':
    'The years of practice of supervisor {nama} are not filled in (pengalamanTahun); the standard requires at least 5.',
  'r.keselamatan.latihanBencanaTidakAda':
    'No disaster training is recorded (latihanBencanaTerakhir).',
  'validasi.judulMd': 'Institution check results',
  'validasi.mdBerkas': 'File',
  'validasi.mdPosisi': 'Position',
  'validasi.mdTingkat': 'Severity',
  'validasi.mdAturan': 'Rule',
  'validasi.mdPesan': 'Message',
  'validasi.mdDiabaikan': 'Ignored findings',
  'validasi.xlsxMatriks': 'Compliance Matrix',
  'validasi.xlsxTemuan': 'Findings',
  'validasi.xlsxJudul': 'Service Standard Compliance Matrix — {lembaga}',
  'validasi.xlsxTanggal': 'Checked as of {tanggal} against Permensos 14/2020',
  'validasi.xlsxAturan': 'Rule',
  'validasi.xlsxRingkasan': 'Summary',
  'validasi.xlsxGagal': 'fail',
  'validasi.xlsx.lulus': 'pass',
  'validasi.xlsx.tidak-berlaku': 'not applicable',
});
Object.assign(validasi, {
  'r.kasus.layananTidakDiselenggarakan':
    'Case {nomor}: service "{layanan}" is not offered by the institution per lembaga.yaml ({daftar}).',
  'r.kasus.nomorKosong': 'A case without a register number.',
  'r.kasus.nomorGanda': 'Register number {nomor} is already used by another case (in {file}).',
  'r.kasus.tahapanUrut':
    'Case {nomor}: the {tahap} date ({tanggal}) is before {sebelum} ({tglSebelum}).',
  'r.kasus.masaDepan':
    'Case {nomor}: date {tanggal} is after today ({hariIni}). A mistyped year or day/month order?',
  'r.kasus.tahapanKurang':
    'Case {nomor} has status {status} but these stages are not recorded: {tahap}.',
  'r.kasus.rujukanTanpaLembaga':
    'Case {nomor} was referred without naming the receiving institution.',
  'r.kasus.rujukKeluarTanpaLembaga':
    'Case {nomor} was referred away at intake without naming where to.',
  'r.kasus.terminasiSupervisor':
    'Case {nomor}: the termination plan is not recorded as discussed with the supervisor.',
  'r.kasus.terminasiDiberitahu':
    'Case {nomor}: the client is not recorded as told of the termination plan.',
  'r.kasus.terminasiFormulir': 'Case {nomor}: the client has not signed the termination form.',
  'r.kasus.terminasiSaksi':
    'Case {nomor}: the termination form was not witnessed by the requester.',
  'r.kasus.jangkaWaktu':
    'Case {nomor} ran {mulai} to {akhir}, beyond the {bulan}-month limit ({batas}) without an extension.',
  'r.kasus.jangkaWaktuPerpanjanganKurang':
    'Case {nomor} ran to {akhir}, beyond the limit {batas} and beyond the recorded extension.',
  'r.kasus.saranPerpanjangan':
    'Record the extension decision under "perpanjangan" (tanggal, sampai, dasar), or close/refer the case.',
  'r.kasus.kegiatanTakDikenal':
    'Case {nomor}: activity "{kegiatan}" is not a core activity of {layanan}. Did you mean "{saran}"?',
  'r.kasus.kegiatanTahap':
    'Case {nomor}: activity {kegiatan} belongs to stage {seharusnya}, not {tahap}.',
  'r.kasus.kegiatanLuarPeriode':
    'Case {nomor}: activity on {tanggal} is outside the service period ({awal} to {akhir}).',
  'r.kasus.tanpaPekerja': 'Case {nomor} names no social worker.',
  'r.kasus.tanpaSupervisor': 'Case {nomor} names no supervisor; social workers must be supervised.',
  'r.kasus.stafTakDikenal': 'Case {nomor}: staff id "{id}" is not in lembaga.yaml.',
  'r.kasus.stafPeran': 'Case {nomor}: {id} has role {peran}, but {harus} is needed here.',
  'r.kasus.stafLayanan': 'Case {nomor}: {id} is not recorded as working in {layanan}.',
  'r.kasus.izinKegiatan':
    'Case {nomor}: {nama} delivered a service on {tanggal}, but their practice licence was valid until {sampai}.',
  'r.kasus.proBonoBerbiaya': 'Case {nomor}: a pro bono activity was charged {biaya}.',
  'r.kasus.kegiatanTanpaTarif':
    'Case {nomor}: activity {kegiatan} is not on the tariff matrix but was charged.',
  'r.kasus.tarifTanpaDurasi':
    'Case {nomor}: an activity was charged without duration or tier, so its tariff cannot be matched.',
  'r.kasus.tarifTidakDitetapkan':
    "Case {nomor}: the tariff for {baris} {durasi} {tingkat} is not set in the institution's matrix.",
  'r.kasus.tarifLebih':
    'Case {nomor}: charged {biaya}, above the decreed tariff {tarif} (payment outside the tariff).',
  'r.kasus.tarifKurang':
    'Case {nomor}: charged {biaya}, not the decreed tariff {tarif}. For a reduction, record it as pro bono or per the fee tiers.',
  'r.kasus.proBonoPekerja':
    '{nama} gave {pb} pro bono activities out of {total} in {tahun}; at least {wajib} ({persen} %).',
  'r.kasus.proBonoLembaga':
    'The institution gave {pb} pro bono activities out of {total} in {tahun}; at least {wajib} ({persen} %).',
  'r.kasus.jenisKlien':
    'Case {nomor}: client kind "{jenis}" is not served by {layanan} (only: {daftar}).',
  'r.kasus.tanpaPemohon': 'Case {nomor}: the requester is not recorded (choices: {daftar}).',
  'r.kasus.pemohonTakDikenal':
    'Case {nomor}: requester "{jenis}" is not one the standard names ({daftar}).',
  'r.kasus.tanpaTimKerja': 'Case {nomor}: social development without a community work team.',
  'r.kasus.pengaduanJenis':
    'Case {nomor}: unknown complaint type "{nilai}". Did you mean "{saran}"?',
  'r.kasus.pengaduanSaluran':
    'Case {nomor}: unknown complaint channel "{nilai}". Did you mean "{saran}"?',
  'r.kasus.pengaduanTerlambat':
    'Case {nomor}: the complaint of {tanggal} was resolved on {selesai}, past the {hari}-day limit ({tenggat}).',
  'r.kasus.pengaduanTerbuka':
    'Case {nomor}: the complaint of {tanggal} is still open past the {hari}-day limit ({tenggat}).',
  'r.nik.panjang': 'Case {nomor}: a NIK must have 16 digits.',
  'r.nik.bukan-angka': 'Case {nomor}: a NIK may contain digits only.',
  'r.nik.provinsi': 'Case {nomor}: the province code of the NIK does not exist.',
  'r.nik.kabupaten': 'Case {nomor}: the regency/city code of the NIK does not exist (00 or 70).',
  'r.nik.kecamatan': 'Case {nomor}: the district code of the NIK may not be 00.',
  'r.nik.tanggal': 'Case {nomor}: the birth-date part of the NIK is not a real date.',
  'r.nik.serial': 'Case {nomor}: the NIK serial may not be 0000.',
  'r.nik.tanggalBeda':
    "Case {nomor}: the NIK's birth date ({nikTgl}) differs from the client's ({tanggal}).",
  'r.nik.kelaminBeda': "Case {nomor}: the client's sex is {jk}, but the NIK says {nikJk}.",
  'r.nik.ganda': 'Case {nomor}: the same NIK is active in case {lain} in {layanan}.',
  'r.atensi.klaster': 'Case {nomor}: the ATENSI cluster is not filled in.',
  'r.atensi.basisKosong':
    'Case {nomor}: the ATENSI delivery basis (family, community, residential) is not filled in.',
  'r.atensi.basisTidakDiselenggarakan':
    'Case {nomor}: delivery basis {basis} is not offered by the institution ({daftar}).',
  'r.atensi.dtksBelum': 'Case {nomor}: the client is not in DTKS and has not been proposed.',
  'r.atensi.dtksKosong': "Case {nomor}: the client's DTKS status is not filled in.",
  'r.atensi.saranDtks':
    'Report to the social affairs office for inclusion in DTKS, then write dtks: diusulkan.',
  'r.atensi.supervisi': 'Case {nomor}: supervisor {nama} holds no social-work certificate.',
});
