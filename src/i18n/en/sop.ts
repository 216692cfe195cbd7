/** Messages of area 'sop' (en). Keys are shared with the other language; a test checks both have the same keys. */
export const sop: Record<string, string> = {
  // Command
  'sop.halaman': 'Page {x} of {y}',
  'sop.tidakAdaLayanan':
    'lembaga.yaml lists no service under "layanan". Add the services the institution offers, or choose one with --layanan.',
  'sop.layananTidakDiselenggarakan':
    'Service "{layanan}" is not listed in lembaga.yaml; its document is still built from the standard, with blanks.',
  'sop.lembagaBermasalah':
    'lembaga.yaml cannot be read yet: {jumlah} problem(s). Run "lembaga validasi" for details.',
  'sop.ringkasan':
    '{jumlah} file(s) written to {folder}. Parts marked "[…to be filled by the institution…]" must be completed.',
  'sop.kertasTidakDikenal':
    'Unknown paper size "{nilai}". Choose A4 or F4 (folio, 215 × 330 mm), e.g. --kertas F4.',
  'sop.kertasMaksud':
    'Unknown paper size "{nilai}". Did you mean {saran}? Choices: A4 or F4 (folio, 215 × 330 mm).',

  // Blanks and small words
  'sop.isian': '[…to be filled by the institution…]',
  'sop.isianSingkat': '[…]',
  'sop.nomorDokumen': 'Number {nomor}',
  'sop.tanggalDokumen': 'dated {tanggal}',
  'sop.jabatan.kepala': 'Head',
  'sop.jabatan.ketua': 'Chair',
  'sop.catatanTeks': 'Note: {catatan}',
  'sop.hari': '{n} days',
  'sop.orang': '{n} person(s)',
  'sop.bulan': '{n} months',
  'sop.ditetapkanDi': 'Issued at',
  'sop.padaTanggal': 'on',

  // Header block
  'sop.judulSop': 'SOP for {layanan} Services',
  'sop.subjudul':
    'Standard operating procedure under Minister of Social Affairs Regulation 14/2020, Articles 4–11 and Annex {huruf}',
  'sop.kop.sop': 'STANDARD OPERATING PROCEDURE',
  'sop.kop.nomor': 'SOP number',
  'sop.kop.tanggalPembuatan': 'Date drafted',
  'sop.kop.tanggalRevisi': 'Date revised',
  'sop.kop.tanggalEfektif': 'Effective date',
  'sop.kop.disahkan': 'Approved by',
  'sop.kop.ttd': '(signature and stamp)',
  'sop.kop.nama': 'SOP title',

  // Chapters
  'sop.bab.dasarHukum': 'Legal Basis',
  'sop.bab.tujuan': 'Purpose',
  'sop.bab.ruangLingkup': 'Scope',
  'sop.bab.definisi': 'Definitions',
  'sop.bab.persyaratan': 'Client Requirements',
  'sop.bab.pelaksana': 'Personnel',
  'sop.bab.prosedur': 'Procedure',
  'sop.bab.jangkaWaktu': 'Service Period',
  'sop.bab.tarif': 'Fees/Tariff',
  'sop.bab.produk': 'Service Products',
  'sop.bab.pengaduan': 'Complaint Handling',
  'sop.bab.alur': 'Service Flow',

  'sop.tujuan':
    'This SOP guides social workers and other personnel in delivering {layanan} services in order, effectively and according to the Social Work Practice Standard (Regulation 14/2020 Articles 2 and 4), protecting both clients and social workers.',
  'sop.ruangLingkup':
    'This SOP covers every {layanan} service the institution delivers, for clients who are {klien}, from the initial approach to evaluation, referral and termination (Article 5), including fees, service products and complaint handling.',

  // Definitions
  'sop.definisi.pekerjaSosial.istilah': 'Social worker',
  'sop.definisi.pekerjaSosial':
    'a person with the knowledge, skills and values of social-work practice who holds a competency certificate (Article 1 point 1).',
  'sop.definisi.klien.istilah': 'Client',
  'sop.definisi.klien':
    'the beneficiary of social-work practice: individuals, families, groups and communities (Article 1 point 5).',
  'sop.definisi.supervisor.istilah': 'Social-work supervisor',
  'sop.definisi.supervisor':
    'the social worker who supervises service delivery internally in its educative, supportive and administrative aspects (Annex section 2.4).',
  'sop.definisi.pendekatanAwal.istilah': 'Initial approach',
  'sop.definisi.pendekatanAwal':
    'the first contact between social worker and prospective client to determine whether the criteria are met: intake or outreach, contact, and agreement/contract (Article 6).',
  'sop.definisi.asesmen.istilah': 'Assessment',
  'sop.definisi.asesmen':
    'collecting data and information, analysing and formulating problems, needs, potentials and resources to set the intervention focus (Article 7).',
  'sop.definisi.perencanaan.istilah': 'Intervention planning',
  'sop.definisi.perencanaan':
    'setting the intervention plan: priorities, goals, activities, resource systems, parties involved, service types, referrals and schedule (Article 8).',
  'sop.definisi.intervensi.istilah': 'Intervention',
  'sop.definisi.intervensi':
    "carrying out the intervention plan to reach the client's change goals (Article 9).",
  'sop.definisi.evaluasiRujukanTerminasi.istilah': 'Evaluation',
  'sop.definisi.evaluasiRujukanTerminasi':
    'assessing whether the process fitted and the intervention goals were reached (Article 10(1)).',
  'sop.definisi.rujukan.istilah': 'Referral',
  'sop.definisi.rujukan':
    'transferring the service to another party so that the client receives further services as needed (Article 10(2)).',
  'sop.definisi.terminasi.istilah': 'Termination',
  'sop.definisi.terminasi': 'ending the intervention with the client (Article 10(3)).',

  // Clients
  'sop.klien.jenis': 'Clients of this service are ({bagian}):',
  'sop.klien.pemohon': 'The service is given at the request of ({bagian}):',
  'sop.klien.perlindungan': 'Client requirements ({bagian}):',
  'sop.klien.rehabilitasi': 'Target groups ({bagian}):',
  'sop.klien.pengembangan': 'The service is delivered through ({bagian}):',
  'sop.klien.timKerja': 'Community work team:',
  'sop.klien.sk':
    'Client criteria and requirements are fixed by decree of the head of the institution ({bagian}):',
  'sop.klien.khusus': 'Specific criteria set by the institution:',
  'sop.klien.khusus.usia': 'Age',
  'sop.klien.khusus.domisili': 'Residence/service area',
  'sop.klien.khusus.kondisi': 'Conditions or social problems served',
  'sop.klien.khusus.dokumen': 'Documents required',
  'sop.jenisKlien.individu': 'Individuals',
  'sop.jenisKlien.keluarga': 'Families',
  'sop.jenisKlien.kelompok': 'Groups',
  'sop.jenisKlien.masyarakat': 'Communities (the public)',
  'sop.jenisKlien.komunitas': 'Communities',
  'sop.jenisKlien.desa': 'Villages',
  'sop.jenisKlien.kecamatan': 'Districts',
  'sop.jenisKlien.kabupaten': 'Regencies',
  'sop.jenisKlien.lembaga': 'Institutions as social-welfare resources',
  'sop.jenisKlien.perorangan-sumber': 'Persons as social-welfare resources',

  // Staff
  'sop.pelaksana.intro':
    'This service needs at least one social worker and one social-work supervisor ({bagian}). Personnel on record at the institution:',
  'sop.pelaksana.lain': 'Other personnel who may be involved ({bagian}):',
  'sop.pelaksana.supervisi':
    'Every stage is carried out under internal supervision by the social-work supervisor in its educative, supportive and administrative aspects ({bagian}).',
  'sop.pelaksana.peksos': 'Social worker',
  'sop.pelaksana.peksosAdmin': 'Social worker; administrative officer',
  'sop.pelaksana.peksosSupervisor': 'Social worker and social-work supervisor',
  'sop.pelaksana.peksosTim': 'Social worker with the community work team',
  'sop.pelaksana.klien': 'Client; social worker',
  'sop.pelaksana.klienPemohon': 'Client; social worker; requester (witness)',
  'sop.pelaksana.profesiLain': 'other professions as needed',
  'sop.peran.pekerja-sosial': 'Social worker',
  'sop.peran.supervisor': 'Social-work supervisor',
  'sop.peran.penyuluh-sosial': 'Social extension worker',
  'sop.peran.tenaga-kesejahteraan-sosial': 'Social-welfare worker',
  'sop.peran.relawan-sosial': 'Social volunteer',
  'sop.peran.tokoh-agama': 'Religious leader',
  'sop.peran.tokoh-masyarakat': 'Community leader',
  'sop.peran.pendidik': 'Educator',
  'sop.peran.psikolog': 'Psychologist',
  'sop.peran.dokter': 'Physician',
  'sop.peran.perawat': 'Nurse',
  'sop.peran.konselor-adiksi': 'Addiction counsellor',
  'sop.peran.pendamping-sosial': 'Social companion',
  'sop.peran.penyuluh-hukum': 'Legal extension worker',
  'sop.peran.advokat': 'Advocate',
  'sop.peran.advokat-paralegal': 'Advocate/paralegal',
  'sop.peran.terapis': 'Therapist',
  'sop.peran.administrasi': 'Administrative officer',
  'sop.peran.lainnya': 'Other personnel',

  // Procedure
  'sop.prosedur.intro':
    'The procedure has five stages (Article 5). Each core activity states who carries it out, the quality standard (completeness, time needed, output) and notes (Article 11(1)).',
  'sop.prosedur.catatan':
    "Parts marked […to be filled by the institution…] are decided by the institution. The standard sets no time per activity; fill in the institution's practice.",
  'sop.kolom.no': 'No',
  'sop.kolom.kegiatan': 'Activity',
  'sop.kolom.pelaksana': 'Carried out by',
  'sop.kolom.mutuBaku': 'Quality standard',
  'sop.kolom.kelengkapan': 'Completeness',
  'sop.kolom.waktu': 'Time',
  'sop.kolom.luaran': 'Output',
  'sop.kolom.keterangan': 'Notes',
  'sop.tahap.pendekatanAwal': 'Initial approach',
  'sop.tahap.asesmen': 'Assessment',
  'sop.tahap.perencanaan': 'Intervention planning',
  'sop.tahap.intervensi': 'Intervention',
  'sop.tahap.evaluasiRujukanTerminasi': 'Evaluation, referral and termination',
  'sop.pasal5': 'Article 5 letter {huruf}',
  'sop.tingkatRehabilitasi.dasar': 'Basic-level interventions',
  'sop.tingkatRehabilitasi.lanjut': 'Advanced-level interventions',
  'sop.waktu.sesi': 'Sessions of 1 hour, 2 hours or > 2 hours; number of sessions:',

  'sop.kelengkapan.tahap.pendekatanAwal': 'Client register; case notes',
  'sop.kelengkapan.tahap.asesmen': 'Assessment instrument; case notes',
  'sop.kelengkapan.tahap.perencanaan': 'Intervention plan form; case notes',
  'sop.kelengkapan.tahap.intervensi': 'Case notes; attendance list; IEC materials',
  'sop.kelengkapan.tahap.evaluasiRujukanTerminasi': 'Evaluation instrument; case summary',
  'sop.kelengkapan.penerimaan-permohonan': 'Service request form; client register',
  'sop.kelengkapan.penerimaan-laporan': 'Report/complaint form; client register',
  'sop.kelengkapan.kontak-awal': 'Initial contact notes',
  'sop.kelengkapan.penjangkauan': 'Outreach assignment letter; outreach notes',
  'sop.kelengkapan.penentuan-kriteria': 'Decree on client criteria',
  'sop.kelengkapan.kesepakatan-layanan': 'Service agreement/contract form',
  'sop.kelengkapan.rujukan-keluar': 'Referral letter; list of referral institutions',
  'sop.kelengkapan.pengenalan-karakteristik-masyarakat': 'Area/community profile data',
  'sop.kelengkapan.pembentukan-tim-kerja': 'Minutes forming the community work team',
  'sop.kelengkapan.kesepakatan-jadwal': 'Agreed intervention schedule',
  'sop.kelengkapan.evaluasi-intervensi': 'Evaluation instrument; case summary',
  'sop.kelengkapan.penentuan-lembaga-rujukan': 'List of referral institutions; referral letter',
  'sop.kelengkapan.pendampingan-rujukan': 'Referral letter; proof of acceptance',
  'sop.kelengkapan.diskusi-terminasi': 'Supervision notes',
  'sop.kelengkapan.penyampaian-terminasi': 'Case notes',
  'sop.kelengkapan.formulir-terminasi': 'Termination form',

  'sop.luaran.tahap.pendekatanAwal': 'Initial client data recorded',
  'sop.luaran.tahap.asesmen': 'Assessment results recorded in the case notes',
  'sop.luaran.tahap.perencanaan': 'Intervention plan',
  'sop.luaran.tahap.intervensi': 'Record of the intervention',
  'sop.luaran.tahap.evaluasiRujukanTerminasi': 'Evaluation report',
  'sop.luaran.penerimaan-permohonan': 'Request recorded in the client register',
  'sop.luaran.penerimaan-laporan': 'Report recorded in the client register',
  'sop.luaran.kontak-awal': 'Target clients identified',
  'sop.luaran.penjangkauan': 'Prospective clients reached',
  'sop.luaran.penentuan-kriteria': 'Decision: meets / does not meet the criteria',
  'sop.luaran.kesepakatan-layanan': 'Signed service agreement/contract',
  'sop.luaran.rujukan-keluar': 'Referral letter to another institution',
  'sop.luaran.skala-prioritas': 'List of priorities',
  'sop.luaran.penentuan-tujuan-kegiatan': 'Intervention plan',
  'sop.luaran.kesepakatan-jadwal': 'Agreed intervention schedule',
  'sop.luaran.evaluasi-intervensi': 'Intervention evaluation report',
  'sop.luaran.penentuan-lembaga-rujukan': 'Receiving institution chosen',
  'sop.luaran.pendampingan-rujukan': 'Client accepted by the receiving institution',
  'sop.luaran.diskusi-terminasi': 'Termination plan approved by the supervisor',
  'sop.luaran.penyampaian-terminasi': 'Client informed of the termination plan',
  'sop.luaran.formulir-terminasi': 'Signed termination form',

  'sop.ket.pengumpulan-data': 'Assessment is priced as one "5 stages" item in the tariff matrix',
  'sop.ket.rujukan-keluar': 'A referral needs a receiving institution',
  'sop.ket.penentuan-lembaga-rujukan': 'A referral needs a receiving institution',
  'sop.ket.formulir-terminasi': 'The form is kept in the case file in a locked cabinet',
  'sop.ket.mulaiJangka': 'The service period counts from this date',

  // ATENSI
  'sop.atensi.judul': 'ATENSI Stages',
  'sop.atensi.intro':
    "The institution's rehabilitation service is delivered as Social Rehabilitation Assistance (ATENSI). The seven ATENSI stages (Regulation 7/2021 Article 19(1)) map onto the five SOP stages (Regulation 14/2020 Article 5) as follows:",
  'sop.atensi.kolom.tahap': 'ATENSI stage (Article 19(1))',
  'sop.atensi.kolom.rincian': 'Comprises',
  'sop.atensi.kolom.pasal': 'Basis',
  'sop.atensi.kolom.sop': 'SOP stage (Article 5)',
  'sop.atensi.supervisi':
    'Every ATENSI stage goes through social-work supervision by a social worker competent in supervision (Regulation 7/2021 Article 19(2)–(3)).',
  'sop.atensi.basis': 'Delivery bases offered (Regulation 7/2021 Articles 8 and 24):',
  'sop.atensi.jangka':
    'ATENSI sets no fixed duration (Regulation 7/2021 Article 27), but Annex C section 1.3.1 of Regulation 14/2020 limits rehabilitation to at most {bulan} months; an extension must be decided and recorded (section 1.3.3).',
  'sop.basis.keluarga': 'family-based',
  'sop.basis.komunitas': 'community-based',
  'sop.basis.residensial': 'residential',

  // Time limit
  'sop.jangka.selama': '{layanan} services are delivered for {bulan} months ({bagian}).',
  'sop.jangka.palingLama':
    '{layanan} services are delivered for at most {bulan} months ({bagian}).',
  'sop.jangka.lebihSingkat':
    "The period may be shorter than {bulan} months on the social worker's assessment ({bagian}).",
  'sop.jangka.perpanjangan':
    "The period may be extended by the provider's agreed decision; the extension is recorded in the case notes ({bagian}).",
  'sop.jangka.lembaga': 'Period set by the institution:',
  'sop.jangka.mulaiKesepakatan':
    'The period counts from the date of the service agreement/contract in the initial approach.',
  'sop.jangka.mulaiPendekatan': 'The period counts from the date of the initial approach.',
  'sop.jangka.melebihi':
    'Attention: the institution sets {n} months, beyond the standard limit of {bulan} months. Every service beyond the limit needs a recorded extension decision.',

  // Tariff
  'sop.tarif.faktor': 'In setting fees the institution considers ({bagian}):',
  'sop.tarif.probono': 'Pro bono services: {persen}% of {dasar}.',
  'sop.probonoDasar.kegiatan-per-pekerja-per-tahun':
    'the activities of each social worker per year',
  'sop.probonoDasar.kegiatan-lembaga-per-tahun': "the institution's activities per year",
  'sop.tarif.sk': 'Fee amounts are fixed by decree of the head of the institution ({bagian}):',
  'sop.tarif.catatanIsian':
    '[…] = amount not yet fixed by the institution (set it in the tariff decree; blank does not mean free).',
  'sop.tarif.no': 'No',
  'sop.tarif.jenis': 'Service',
  'sop.tarif.durasi': 'Duration',
  'sop.tarif.tingkat1': 'Tier I/ Basic',
  'sop.tarif.tingkat2': 'Tier II/ Specialist',
  'sop.tarif.tingkat3': 'Tier III/ Sub-specialist',
  'sop.tarif.ket': 'Notes',
  'sop.tarif.opsional': 'Optional',
  'sop.tarif.tidakDiselenggarakan': 'not offered by the institution',
  'sop.tarif.meliputi': 'Covers: {kegiatan}',
  'sop.durasi.1-jam': '1 hour',
  'sop.durasi.2-jam': '2 hours',
  'sop.durasi.lebih-2-jam': '> 2 hours',
  'sop.durasi.5-tahap': '5 stages',

  // Products
  'sop.produk.intro': 'Service products are the outputs of the interventions/services delivered:',
  'sop.produk.kolom.layanan': 'Intervention/activity',
  'sop.produk.kolom.luaran': 'Output',
  'sop.produk.kolom.bagian': 'Basis',

  // Complaints
  'sop.pengaduan.jenis': 'Complaints, suggestions and feedback may concern ({bagian}):',
  'sop.pengaduan.saluran': 'Complaints are made through ({bagian}):',
  'sop.pengaduan.prosedur': 'The complaint procedure covers ({bagian}):',
  'sop.pengaduan.unsur': 'Element (section 1.6.5)',
  'sop.pengaduan.ketentuan': "Institution's provision",
  'sop.pengaduan.sk': 'This procedure is laid down by decree of the head of the institution:',
  'sop.pengaduan.usulan.petugas':
    "(suggestion: staff other than the complainant's own social worker)",
  'sop.pengaduan.usulan.alur':
    'Complaint received and logged → verified and reviewed → handled by the assigned officer, with the supervisor where needed → outcome communicated to the complainant → recorded and reported periodically.',
  'sop.pengaduan.usulan.perlindungan':
    "(suggestion: the complainant's identity is kept confidential; complaining never reduces a client's right to services)",
  'sop.pengaduan.batas.penerimaan': 'receipt',
  'sop.pengaduan.batas.penanganan': 'handling',
  'sop.pengaduan.batas.penyampaian': 'communicating the outcome',
  'sop.pengaduan.batas.total': 'whole process at most {n} days',
  'sop.berkala.bulanan': 'Monthly',
  'sop.berkala.triwulanan': 'Quarterly',
  'sop.berkala.semesteran': 'Half-yearly',
  'sop.berkala.tahunan': 'Yearly',

  // Flow
  'sop.alur.cabang.pendekatanAwal':
    'Criteria not met → referral to another relevant institution; met → service agreement/contract',
  'sop.alur.cabang.evaluasi':
    'Goals reached → termination; further services needed → referral; not yet reached → back to assessment/planning',

  // SK
  'sop.sk.keputusan': 'DECREE OF THE',
  'sop.sk.nomorJudul': 'NUMBER',
  'sop.sk.tentangJudul': 'ON',
  'sop.sk.rahmat': 'BY THE GRACE OF GOD ALMIGHTY',
  'sop.sk.menimbang': 'Considering',
  'sop.sk.mengingat': 'In view of',
  'sop.sk.memutuskan': 'HAS DECIDED:',
  'sop.sk.menetapkan': 'To enact',
  'sop.sk.lembagaIni': 'INSTITUTION',
  'sop.sk.lampiran': 'ANNEX',
  'sop.sk.nomor': 'NUMBER',
  'sop.sk.tanggal': 'DATE',
  'sop.sk.tentang': 'ON',
  'sop.sk.tentang.kriteria-klien': 'Client Criteria and Requirements for {layanan} Services',
  'sop.sk.tentang.tarif': 'Fees for {layanan} Services',
  'sop.sk.tentang.pengaduan': 'Complaint Procedure for {layanan} Services',
  'sop.sk.menimbang.a':
    'that {lembaga} delivers {layanan} services which must meet the Social Work Practice Standard of Minister of Social Affairs Regulation 14/2020;',
  'sop.sk.menimbang.b.kriteria-klien':
    'that under {bagian} of Minister of Social Affairs Regulation 14/2020, client criteria and requirements are fixed by decree of the head of the institution;',
  'sop.sk.menimbang.b.tarif':
    'that under {bagian} of Minister of Social Affairs Regulation 14/2020, fee amounts are decided by decree of the head of the institution;',
  'sop.sk.menimbang.b.pengaduan':
    'that under {bagian} of Minister of Social Affairs Regulation 14/2020, the complaint procedure is laid down by decree of the head of the institution;',
  'sop.sk.menimbang.c':
    'that, on the considerations in letters a and b, a Decree of the {penerbit} on {tentang} is needed;',
  'sop.sk.mengingat.badanHukum':
    'Deed/decision establishing the legal entity {nama}, Number {nomor}',
  'sop.sk.mengingat.pendirian': "The institution's articles of association or founding document",
  'sop.sk.kriteria.kesatu':
    'The client criteria and requirements for {layanan} services at {lembaga} are as set out in the Annex, which forms an integral part of this Decree.',
  'sop.sk.kriteria.kedua':
    'Prospective clients meeting the criteria in the FIRST provision are served after a service agreement/contract; those who do not are referred to another relevant institution ({bagian}).',
  'sop.sk.kriteria.keduaTanpaRujukan':
    "Prospective clients meeting the criteria in the FIRST provision are served following the stages of the institution's SOP.",
  'sop.sk.kriteria.ketiga':
    'The client criteria are reviewed periodically; changes are enacted by Decree of the {penerbit}.',
  'sop.sk.tarif.kesatu':
    'The fees for {layanan} services at {lembaga} are as set out in the Annex, which forms an integral part of this Decree.',
  'sop.sk.tarif.kedua': 'The fees in the FIRST provision take into account ({bagian}):',
  'sop.sk.tarif.ketiga':
    'The institution provides pro bono services amounting to {persen}% of {dasar}.',
  'sop.sk.tarif.keempat':
    'Social workers and staff may not ask for payment outside the fees in this Decree; such a request may be reported through the complaint channels ({bagian}).',
  'sop.sk.pengaduan.kesatu':
    'The procedure for complaints, suggestions and feedback on {layanan} services at {lembaga} is as set out in the Annex, which forms an integral part of this Decree.',
  'sop.sk.pengaduan.kedua': 'Complaints, suggestions and feedback may concern:',
  'sop.sk.pengaduan.ketiga': 'Complaints are made through:',
  'sop.sk.pengaduan.keempat':
    'The complaint procedure states the staff on duty, the handling flow, the deadline of each step, client protection and periodic reports ({bagian}).',
  'sop.sk.berlaku': 'This Decree takes effect on the date of enactment.',
  'sop.sk.diktum.1': 'FIRST',
  'sop.sk.diktum.2': 'SECOND',
  'sop.sk.diktum.3': 'THIRD',
  'sop.sk.diktum.4': 'FOURTH',
  'sop.sk.diktum.5': 'FIFTH',
  'sop.sk.diktum.6': 'SIXTH',
};
