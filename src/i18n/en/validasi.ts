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
  'r.tarif.barisKosong':
    'The {layanan} tariff matrix lacks required row {nomor} "{baris}" ({sel}). Required: non-optional rows at the tiers offered ({tingkat}); optional: outreach/referral rows not offered and tiers not offered.',
  'r.tarif.selKosong':
    'The {layanan} tariff matrix required row {nomor} "{baris}" is incomplete: {sel} empty (tiers offered: {tingkat}).',
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
  'r.pengawasanKegiatan.objek':
    'Internal-supervision object {objek} (2.4.2 letter {huruf}) is not named in pengawasanInternal.objek.',
  'r.pengawasanKegiatan.belumPernah':
    'Supervision activity {jenis} (2.4.3 letter {huruf}) has never been recorded.',
  'r.pengawasanKegiatan.lama':
    'Supervision activity {jenis} (2.4.3 letter {huruf}) was last held on {tanggal}, more than 12 months ago.',
  'r.pengawasanKegiatan.oleh':
    'Line of oversight {garis} (2.4.4 letter {huruf}) is not named in pengawasanInternal.oleh.',
  'r.sarana.tidakAda':
    'The inspection of rooms and equipment has no date (sarana.pemeriksaan.tanggal).',
  'r.sarana.lama':
    'Rooms and equipment were last inspected on {tanggal}, more than {bulan} months ago.',
  'r.sarana.belum': 'Facility inspection: item {butir} (2.2.2 letter {huruf}) does not comply yet.',
  'r.sarana.tidakDinilai':
    'The facility inspection did not assess item {butir} (2.2.2 letter {huruf}).',
  'r.pengawasanKegiatan.tidakDicatat':
    'No internal-supervision record (2.4.2–2.4.4): add a pengawasanInternal section with its objects, its activities with their last dates, and its lines of oversight (lembaga init asks for them).',
  'r.sarana.tidakDicatat':
    'No inspection of rooms and equipment (2.2.2 a–f) is recorded: add sarana.pemeriksaan with its date and the result per item (lembaga init asks for it).',
  'r.jangkaWaktu.lembaga':
    'The service period of {layanan} is set at {bulan} months, beyond the standard limit of {batas}.',
  'r.staf.idGanda': 'Staff id "{id}" is used twice (first at staff no. {baris}).',
  'r.pengaturan.proBono':
    'The basis of the 10 % pro bono is not set; default used: activities per social worker per year.',
  'r.pengaturan.drill': 'The drill interval is not set; default used: 12 months.',
  'r.pengaturan.mulai':
    'The start of the service period is not set; default used: the agreement date.',
};
/* Date checks and readings of issue 12 (rules of permensos-14-2020 and ATENSI). */
Object.assign(validasi, {
  'r.tanggal.masaDepan': '{bidang}: date {tanggal} is after today ({hariIni}) — a typo?',
  'r.tanggal.tahunMasaDepan': '{bidang}: year {tahun} is after this year ({tahunIni}) — a typo?',
  'r.tanggal.terbalik': '{bidang} {tanggal} is earlier than {acuanBidang} {acuan} — a typo?',
  'r.tanggal.saran': 'Check the year and the order of day and month; dates are written YYYY-MM-DD.',
  'r.pengaduan.batasWaktuMenyeluruh':
    'pengaturan.batasWaktuPengaduanHari ({hari} days) is one limit for the whole process; 1.6.5 c asks a deadline for each step. Not set: {tahap}.',
  'r.kasus.jangkaWaktuTanpaSah':
    'Case {nomor} ran {mulai} to {akhir}, beyond the {bulan}-month limit ({batas}) with no accepted extension.',
  'r.kasus.perpanjanganTerlambat':
    'Case {nomor}: the extension was decided on {tanggal}, after the time limit ran out ({batas}); a late decision does not cover the overrun.',
  'r.kasus.perpanjanganTanpaSampai':
    'Case {nomor}: the extension of {tanggal} has no end date (sampai); an open-ended extension is not accepted.',
  'r.kasus.perpanjanganTanpaDasar':
    'Case {nomor}: the extension of {tanggal} has no recorded decision (dasar); it is not accepted.',
  'r.kasus.pengaduanSelesaiSebelum':
    'Case {nomor}: the complaint is recorded as resolved on {selesai}, before it was received on {tanggal}.',
  'r.kasus.izinKegiatanSebelum':
    'Case {nomor}: {nama} delivered a service on {tanggal}, before their practice licence was issued ({terbit}).',
  'r.kasus.asesmenGanda':
    'Case {nomor}: the 5-stage assessment was already charged on {pertama}; this one priced item is charged once per case.',
  'r.kasus.timKerjaBukanLembaga':
    'Case {nomor}: no community work team is recorded on this case; the team list in lembaga.yaml does not stand in for it, since each community forms its own team.',
  'r.timKerja.belumDibentuk':
    'Case {nomor}: forming the community work team is not recorded at intake (activity {kegiatan}).',
  'r.timKerja.terlambat':
    'Case {nomor}: the community work team was formed on {tanggal}, after assessment began ({asesmen}); it is formed at intake.',
  'r.kasus.proBonoPersen':
    'pengaturan.proBono.persen {persen} % is below the 10 % fixed by 1.4.2 e; the quota is computed with 10 %.',
  'r.atensi.supervisiPeran':
    'Case {nomor}: {nama} has role {peran}, not supervisor; ATENSI supervision is done by a social worker competent in supervision.',
  'r.atensi.klasterUmur':
    'Case {nomor}: cluster {klaster}, but the client was {umur} years old on {tanggal} ({syarat}).',
  'r.atensi.klasterPpks':
    'Case {nomor}: cluster {klaster} does not match PPKS category {ppks} (matching: {daftar}).',
});
Object.assign(validasi, {
  'r.kasus.perlindunganPpks':
    "Case {nomor}: the social-protection client's PPKS category is not filled in.",
  'r.kasus.perlindunganSiks':
    'Case {nomor}: the social-protection client is not registered in the social-welfare information system (DTKS/DTSEN); "diusulkan" does not meet Lampiran B 1.1.3.',
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
  'r.atensi.supervisi':
    'Case {nomor}: supervisor {nama} holds no social-work certificate (sertifikat.nomor empty).',
});
// Issue 12: supervision sessions, case-file contents, products, staff evaluation and safety, complaint reports, caseload, ATENSI stages.
Object.assign(validasi, {
  'r.supervisi.belumAda':
    'Case {nomor}: no supervision session recorded, although social workers must be supervised.',
  'r.supervisi.saranCatat':
    'Record each supervision session in `supervisi` (Excel: sheet Supervisi): date, supervisor, stage, aspects.',
  'r.supervisi.terlaluJarang':
    'Case {nomor}: {hari} days without supervision ({dari} to {sampai}), longer than the {selang}-day interval the institution set.',
  'r.supervisi.masaDepan':
    'Case {nomor}: supervision session dated {tanggal}, after today ({hariIni}) — a typo?',
  'r.supervisi.sebelumLayanan':
    'Case {nomor}: supervision session {tanggal} precedes the case intake ({awal}).',
  'r.supervisi.stafTakDikenal':
    'Case {nomor}: staff id "{id}" of a supervision session is not in lembaga.yaml.',
  'r.supervisi.bukanSupervisor':
    'Case {nomor}: supervision session led by {nama}, whose role is {peran}, not a social-work supervisor.',
  'r.supervisi.diriSendiri': 'Case {nomor}: {nama} is recorded supervising themself.',
  'r.supervisi.aspekKosong':
    'Case {nomor}: supervision session {tanggal} records no aspect (educative, supportive, administrative).',
  'r.berkas.kesepakatan':
    'Case {nomor}: the service agreement of {tanggal} is not recorded as signed.',
  'r.berkas.rencana.prioritas': 'Case {nomor}: the intervention plan records no priorities.',
  'r.berkas.rencana.tujuan': 'Case {nomor}: the intervention plan records no goals.',
  'r.berkas.rencana.jadwalDisepakati':
    'Case {nomor}: the intervention schedule is not recorded as agreed with the client.',
  'r.berkas.capaianKosong': 'Case {nomor}: the evaluation records no goal attainment.',
  'r.berkas.terminasiBelumTercapai':
    'Case {nomor}: terminated (closed) with goal attainment "{capaian}"; termination follows attained goals.',
  'r.berkas.rujukanDidampingi':
    'Case {nomor}: the client is not recorded as accompanied to the receiving institution ({lembaga}).',
  'r.berkas.kontakPemerintahKosong':
    'Case {nomor}: the initial contact with local government (notice/consent) is not recorded.',
  'r.berkas.kontakPemerintahMasaDepan':
    'Case {nomor}: the local-government contact is dated {tanggal}, after today ({hariIni}) — a typo?',
  'r.berkas.kontakPemerintahTelat':
    'Case {nomor}: the local-government contact ({tanggal}) comes after the assessment started ({asesmen}).',
  'r.berkas.evaluasiPartisipatif':
    'Case {nomor}: the social-development evaluation is not recorded as done with the community.',
  'r.produk.bukanProduk':
    'Case {nomor}: "{produk}" is not a service product of activity {kegiatan} (choices: {daftar}).',
  'r.produk.bukanProdukMaksud':
    'Case {nomor}: "{produk}" is not a service product of activity {kegiatan}. Did you mean "{saran}"?',
  'r.produk.kegiatanTanpaProduk':
    'Case {nomor}: activity {kegiatan} has no service product in the standard, yet product "{produk}" is recorded.',
  'r.produk.belumDicatat': 'Case {nomor}: closed without any service product recorded.',
  'r.produk.saran':
    'Record the products of each activity in `produk` (Excel: column Produk Layanan); codes: lembaga aturan kasus-produk-layanan.',
  'r.evaluasiProsedur.kosong':
    'How the evaluation of {nama} ({tanggal}) was done is not recorded (self-assessment, opinions, meeting, next plan).',
  'r.evaluasiProsedur.isianDiri': 'Evaluation of {nama}: no self-assessment form recorded.',
  'r.evaluasiProsedur.masukan': 'Evaluation of {nama}: no opinion from {daftar}.',
  'r.evaluasiProsedur.pertemuan': 'Evaluation of {nama}: no meeting with the head recorded.',
  'r.evaluasiProsedur.rencana': "Evaluation of {nama}: next year's goals and plan not discussed.",
  'r.evaluasiProsedur.diukur': 'Evaluation of {nama}: does not measure {daftar}.',
  'r.keselamatanPelaksana.informasi': '{nama} is not recorded as briefed on safety and security.',
  'r.keselamatanPelaksana.bencana': '{nama} is not recorded as attending disaster training.',
  'r.keselamatanPelaksana.drill': '{nama} is not recorded as attending the last drill.',
  'r.keselamatanPelaksana.informasiKosong':
    'Which workers were briefed on safety is not recorded (keselamatan.pesertaInformasi).',
  'r.keselamatanPelaksana.bencanaKosong':
    'Attendees of the disaster training are not recorded (keselamatan.pesertaLatihanBencana).',
  'r.keselamatanPelaksana.drillKosong':
    'Attendees of the drill are not recorded (keselamatan.pesertaLatihanDrill).',
  'r.keselamatanPelaksana.takDikenal': 'Staff id "{id}" in an attendee list is not in staf.',
  'r.pengaduanLaporan.kosong':
    'Periodic complaint reports ({periode}) are set, but the date of the last report is not recorded.',
  'r.pengaduanLaporan.masaDepan':
    'The last complaint report is dated {tanggal}, after today ({hariIni}) — a typo?',
  'r.pengaduanLaporan.lama':
    'The last complaint report is {tanggal} ({bulan} months ago); the next {periode} report is due (by {batas} at the latest).',
  'r.bebanKasus.lebih':
    '{nama} handles {n} active cases, above the ceiling of {maks} the institution set.',
  'r.atensiTahap.kurang': 'Case {nomor}: ATENSI stages not recorded: {tahap}.',
  'r.atensiTahap.supervisi': 'Case {nomor}: ATENSI stages not supervised: {tahap}.',
  'r.atensiTahap.asesmen':
    'Case {nomor}: the dimensions of the ATENSI assessment are not recorded.',
  'r.atensiTahap.bentukKosong': 'Case {nomor}: the forms of ATENSI support given are not recorded.',
  'r.atensiTahap.bentukKurang':
    "Case {nomor}: the case's activities deliver ATENSI forms not recorded: {bentuk}.",
  'r.atensiTahap.pascaKosong':
    'Case {nomor}: a closed ATENSI case without an aftercare decision (needed or not, per assessment).',
  'r.atensiTahap.pascaBelum': 'Case {nomor}: aftercare is needed but has not been given.',
  'r.atensiTahap.pascaMasaDepan':
    'Case {nomor}: aftercare dated {tanggal}, after today ({hariIni}) — a typo?',
  'r.atensiTahap.pascaSebelum':
    'Case {nomor}: aftercare {tanggal} precedes the end of the intervention ({selesai}).',
  'r.atensiTahap.sasaran': 'Case {nomor}: client kind {jenis} is not an ATENSI target ({daftar}).',
  'r.atensiTahap.koordinator':
    'Case {nomor}: ATENSI coordinated by {nama}, whose role is {peran}, not a social worker.',
  'r.atensiTahap.pelaksana':
    'Case {nomor}: activity {kegiatan} delivered by {nama}, whose role is {peran}, neither a social worker nor an ATENSI profession.',
  'r.atensiTahap.tanpaPendamping': 'Case {nomor}: an ATENSI case with no social worker assigned.',
  'r.atensiTahap.perpanjanganSebelumAsesmen':
    'Case {nomor}: extension {tanggal} decided before the assessment ({asesmen}); the ATENSI duration rests on the assessment.',
  'r.atensiTahap.perpanjanganTanpaDasar':
    'Case {nomor}: extension {tanggal} without a basis (assessment, case conference or family conference).',
  'r.tarifFaktor.kosong':
    'The factors behind the {layanan} tariff decree are not recorded (faktorTarif: {daftar}).',
  'r.tarifDasar.kurang':
    'The tariff decree of {layanan} does not name the basis {dasar} (1.4.1 letter {huruf}).',
  'r.tarifDasar.tidakDicatat':
    'The tariff decree of {layanan} does not record the bases of the tariff (1.4.1 a–e): add sk.tarif.dasar (lembaga init asks for them).',
  'r.tarifFaktor.takDikenal': 'Unknown tariff factor "{faktor}"; choices: {daftar}.',
  'r.tarifFaktor.dasarTarif':
    'dasarTarif uses {field}, but factor {faktor} is not listed in faktorTarif.',
  'aturan.tidakDiperiksa': 'Not checked (cannot be judged from the data; why)',
});
