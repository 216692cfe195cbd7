/* ------------------------------------------------------------------ helpers */
const hurufKe = (i) => String.fromCharCode(97 + i);
function item(def, bagian, catatan) {
    const [key, label, labelEn] = def;
    return catatan === undefined
        ? { key, label, labelEn, bagian }
        : { key, label, labelEn, bagian, catatan };
}
/** A lettered list a, b, c … under one section number. */
function berhuruf(defs, angka, catatan) {
    return defs.map((d, i) => item(d, { angka, huruf: hurufKe(i) }, catatan?.(i)));
}
function kegiatan(tahap, def, bagian, tingkat) {
    const k = { ...item(def, bagian), tahap };
    return tingkat === undefined ? k : { ...k, tingkatRehabilitasi: tingkat };
}
const defOf = (d) => [d.key, d.label, d.labelEn];
function deepFreeze(o) {
    if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o))
            deepFreeze(v);
    }
    return o;
}
/** Text of Lampiran B's gap (docs/domain.md); every item taken from the parallel services starts with it. */
const B_TERPOTONG = 'Teks Lampiran B terpotong; diambil dari rumusan paralel Lampiran A/C/D/E';
/* ------------------------------------------------------- shared vocabulary */
/** 2.2.1: the same facilities in every service; C inserts therapy room and shelter at b, c. */
const FASILITAS = {
    kantor: ['kantor', 'Kantor/ruang sekretariat', 'Office/secretariat room'],
    'ruang-terapi': ['ruang-terapi', 'Tempat untuk memberikan layanan terapi', 'Therapy room'],
    shelter: [
        'shelter',
        'Shelter/tempat tinggal sementara bagi klien yang memerlukan perlindungan dan/atau pengasuhan',
        'Shelter (temporary accommodation for clients needing protection or care)',
    ],
    'ruang-asesmen': [
        'ruang-asesmen',
        'Ruang asesmen dan pembahasan kasus',
        'Assessment and case-conference room',
    ],
    'lemari-arsip-terkunci': [
        'lemari-arsip-terkunci',
        'Lemari disertai kunci untuk menyimpan map kasus',
        'Locked cabinet for case files',
    ],
    komputer: ['komputer', 'Laptop/komputer', 'Laptop/computer'],
    'media-kie': [
        'media-kie',
        'Media komunikasi, informasi dan edukasi (KIE) terkait layanan',
        'Communication, information and education (IEC) materials',
    ],
    'dokumen-layanan': [
        'dokumen-layanan',
        'Dokumen pelayanan (buku register klien, buku catatan kasus, ringkasan kasus, buku aset/inventaris, daftar hadir, buku laporan)',
        'Service documents (client register, case notes, case summaries, asset inventory, attendance lists, report book)',
    ],
    'sarana-mobilitas': [
        'sarana-mobilitas',
        'Sarana mobilitas (kendaraan roda dua dan/atau roda empat)',
        'Transport (two- and/or four-wheeled vehicles)',
    ],
};
const FASILITAS_UMUM = [
    'kantor',
    'ruang-asesmen',
    'lemari-arsip-terkunci',
    'komputer',
    'media-kie',
    'dokumen-layanan',
    'sarana-mobilitas',
];
/** 2.3.3: other personnel a service may involve. */
const PELAKSANA = {
    'penyuluh-sosial': ['penyuluh-sosial', 'Penyuluh sosial', 'Social extension worker'],
    'tenaga-kesejahteraan-sosial': [
        'tenaga-kesejahteraan-sosial',
        'Tenaga kesejahteraan sosial',
        'Social welfare worker',
    ],
    'relawan-sosial': ['relawan-sosial', 'Relawan sosial', 'Social volunteer'],
    'tokoh-agama': ['tokoh-agama', 'Tokoh agama', 'Religious leader'],
    pendidik: ['pendidik', 'Pendidik/tenaga kependidikan', 'Educator/education staff'],
    'advokat-paralegal': ['advokat-paralegal', 'Advokat/paralegal', 'Advocate/paralegal'],
    terapis: ['terapis', 'Terapis', 'Therapist'],
    perawat: ['perawat', 'Perawat', 'Nurse'],
};
/** 2.1: the same five laws in every service (full citations, normalised). */
const DASAR_HUKUM = [
    [
        'uu-23-2002',
        'Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak (Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara Republik Indonesia Nomor 4235) sebagaimana telah diubah dengan Undang-Undang Nomor 35 Tahun 2014 tentang Perlindungan Anak (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 297, Tambahan Lembaran Negara Republik Indonesia Nomor 5606)',
        'Law 23/2002 on Child Protection, as amended by Law 35/2014',
    ],
    [
        'uu-11-2009',
        'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 12, Tambahan Lembaran Negara Republik Indonesia Nomor 4967)',
        'Law 11/2009 on Social Welfare',
    ],
    [
        'uu-13-2011',
        'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 83, Tambahan Lembaran Negara Republik Indonesia Nomor 5235)',
        'Law 13/2011 on Handling the Poor',
    ],
    [
        'uu-8-2016',
        // B, C and E drop the opening parenthesis before "Lembaran Negara"; restored here.
        'Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 69, Tambahan Lembaran Negara Republik Indonesia Nomor 5871)',
        'Law 8/2016 on Persons with Disabilities',
    ],
    [
        'uu-14-2019',
        'Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6397)',
        'Law 14/2019 on Social Workers',
    ],
];
/** 1.4.2 a–g: tariff factors, worded alike in all five. */
const FAKTOR_TARIF = [
    [
        'peraturan-perundangan',
        'Ketentuan perundang-undangan yang mengatur jasa pelayanan',
        'Laws and regulations governing service fees',
    ],
    ['pajak', 'Ketentuan pajak terkait jasa pelayanan', 'Tax rules on service fees'],
    ['subsidi-pemerintah', 'Besaran subsidi yang disediakan pemerintah', 'Government subsidy'],
    [
        'jenjang-tarif',
        'Jenjang tarif termasuk sumbangan warga yang tidak mampu',
        'Tiered fees, including contributions for people who cannot pay',
    ],
    [
        'probono',
        'Layanan probono pekerja sosial sebanyak 10% dari kegiatan yang dilaksanakan',
        'Pro bono services by social workers: 10% of activities',
    ],
    [
        'biaya-terkait',
        'Biaya terkait lainnya seperti transportasi, akomodasi, dan konsumsi',
        'Related costs such as transport, accommodation and meals',
    ],
    ['tingkat-ekonomi-daerah', 'Tingkat ekonomi suatu daerah', 'Economic level of the region'],
];
/** 1.6.3 a–f */
const JENIS_PENGADUAN = [
    [
        'layanan-tidak-sesuai',
        'Ketidaksesuaian layanan yang disepakati dengan layanan yang diberikan',
        'Service delivered differs from the service agreed',
    ],
    [
        'prosedur-tidak-sesuai',
        'Tahap dan tata cara layanan tidak sesuai prosedur yang disepakati',
        'Stages or procedures not as agreed',
    ],
    [
        'pelanggaran-etik',
        'Pelanggaran etik dan/atau perbuatan tidak menyenangkan oleh pekerja sosial dan staf lembaga',
        'Ethical violation or offensive conduct by social workers or staff',
    ],
    ['fasilitas-tidak-memadai', 'Fasilitas yang tidak memadai', 'Inadequate facilities'],
    [
        'pembayaran-di-luar-tarif',
        'Permintaan pembayaran di luar tarif yang disepakati',
        'Request for payment outside the agreed tariff',
    ],
    [
        'komentar-saran',
        'Komentar dan/atau saran terkait layanan',
        'Comments or suggestions on the service',
    ],
];
/** 1.6.4 a–e */
const SALURAN_PENGADUAN = [
    ['telepon', 'Nomor telepon yang ditetapkan', 'Designated telephone number'],
    ['whatsapp', 'Nomor WhatsApp yang ditentukan', 'Designated WhatsApp number'],
    [
        'kotak-pengaduan',
        'Kotak pengaduan di tempat yang terlihat dan dapat dijangkau',
        'Complaint box in a visible, reachable place',
    ],
    ['email', 'Alamat email yang ditentukan', 'Designated email address'],
    ['alamat-surat', 'Alamat surat yang ditentukan', 'Designated postal address'],
];
/** 1.6.5 a–e */
const PROSEDUR_PENGADUAN = [
    ['petugas', 'Staf yang bertugas menangani pengaduan', 'Staff assigned to handle complaints'],
    [
        'alur',
        'Proses dari penerimaan pengaduan sampai penyampaian hasilnya kepada klien',
        'Process from receipt to reporting the outcome to the client',
    ],
    [
        'batas-waktu',
        'Batas waktu setiap tahap penerimaan dan penanganan pengaduan',
        'Deadline for each step of receiving and handling',
    ],
    ['perlindungan-klien', 'Perlindungan terhadap klien', 'Protection of the client'],
    [
        'laporan-berkala',
        'Laporan berkala pengaduan, saran dan masukan',
        'Periodic report on complaints and suggestions',
    ],
];
/** 2.2.3 a–f */
const PERALATAN = [
    [
        'peralatan-administrasi',
        'Peralatan pelaksanaan kerja administrasi',
        'Administrative equipment',
    ],
    ['peralatan-layanan', 'Peralatan pelaksanaan layanan', 'Service equipment'],
    [
        'peralatan-komunikasi',
        'Peralatan komunikasi seperti telepon, internet, dan email',
        'Communication equipment (telephone, internet, email)',
    ],
    ['peralatan-transportasi', 'Peralatan untuk transportasi', 'Transport equipment'],
    [
        'direktori-lembaga',
        'Direktori lembaga pelayanan kesejahteraan sosial',
        'Directory of social-welfare service institutions',
    ],
    [
        'peralatan-keselamatan',
        'Peralatan keamanan dan keselamatan kerja dan gedung',
        'Work and building safety equipment',
    ],
];
/** 2.4.5 a–c */
const ASPEK_PENGAWASAN = [
    [
        'edukatif',
        'Bimbingan dan konsultasi pengetahuan (edukatif)',
        'Knowledge guidance and consultation (educational)',
    ],
    [
        'suportif',
        'Dukungan psikologis dan nilai (suportif)',
        'Psychological and values support (supportive)',
    ],
    [
        'administratif',
        'Bimbingan pencatatan dan pelaporan (administratif)',
        'Record-keeping and reporting guidance (administrative)',
    ],
];
/** 2.7.1 a–d */
const KESELAMATAN_GEDUNG = [
    [
        'protokol-darurat',
        'Protokol keadaan darurat seperti kebakaran, banjir, gempa bumi',
        'Emergency protocol (fire, flood, earthquake)',
    ],
    ['apar', 'Alat pemadam api ringan', 'Fire extinguisher'],
    ['jalur-evakuasi', 'Jalur evakuasi dan tanda arah', 'Evacuation route and signs'],
    [
        'titik-kumpul',
        'Tempat berkumpul yang aman jika terjadi keadaan darurat',
        'Safe assembly point for emergencies',
    ],
];
/** 2.7.2 a–c */
const KESELAMATAN_PELAKSANA = [
    [
        'informasi-keselamatan',
        'Informasi mengenai keamanan dan keselamatan pelayanan',
        'Information on service safety and security',
    ],
    [
        'latihan-bencana',
        'Latihan pengenalan dan penanganan bencana',
        'Disaster awareness and response training',
    ],
    [
        'latihan-drill',
        'Latihan penyelamatan diri saat keadaan darurat (drill)',
        'Emergency evacuation drill',
    ],
];
/** Shared SOP activities; the service specs list them in their own text's order. */
const KRITERIA = [
    'penentuan-kriteria',
    'Menentukan apakah klien sesuai dengan kriteria klien lembaga',
    "Determine whether the client meets the institution's criteria",
];
const KESEPAKATAN = [
    'kesepakatan-layanan',
    'Jika ya, kesepakatan/kontrak layanan',
    'If yes, service agreement/contract',
];
const RUJUKAN_KELUAR = [
    'rujukan-keluar',
    'Jika tidak, rujukan kepada lembaga lain yang relevan',
    'If not, referral to another relevant institution',
];
const PENERIMAAN_PERMOHONAN = [
    'penerimaan-permohonan',
    'Menerima permohonan pemberian layanan',
    'Receive the service request',
];
/** B and C 1.2.2 a–b: intake through reports/complaints, outreach to referred clients. */
const PENERIMAAN_LAPORAN = [
    'penerimaan-laporan',
    'Penerimaan melalui media pelaporan/pengaduan yang dimiliki lembaga',
    "Intake through the institution's reporting/complaint channels",
];
const PENJANGKAUAN_RUJUKAN_MASUK = [
    'penjangkauan',
    'Penjangkauan kepada klien yang dirujuk oleh pihak/lembaga lain',
    'Outreach to clients referred by other parties/institutions',
];
/** 1.2.3 a of B, C, D: the needs-based assessment. */
const PENGUMPULAN_DATA = [
    'pengumpulan-data',
    'Mengumpulkan data dan informasi, menganalisis, dan merumuskan masalah, kebutuhan, potensi dan sumber klien',
    "Collect and analyse data; formulate the client's problems, needs, strengths and resources",
];
const IDENTIFIKASI_PIHAK = [
    'identifikasi-pihak-terlibat',
    'Mengidentifikasi pihak yang dapat dilibatkan',
    'Identify parties who can be involved',
];
const KESEPAKATAN_JADWAL = [
    'kesepakatan-jadwal',
    'Membuat kesepakatan jadwal pelaksanaan intervensi',
    'Agree on the intervention schedule',
];
const HADIR = 'kehadiran klien pada kegiatan';
/* ------------------------------------------------------------- skeleton */
/** 1.2.8 a–c (E: 1.2.9): termination; prevention's requester hears the plan and witnesses the form. */
function terminasiDefs(pemohonIkut) {
    return [
        [
            'diskusi-terminasi',
            'Mendiskusikan rencana terminasi bersama supervisor pekerja sosial',
            'Discuss the termination plan with the social-work supervisor',
        ],
        pemohonIkut
            ? [
                'penyampaian-terminasi',
                'Menyampaikan rencana terminasi kepada klien dan pemohon',
                'Tell the client and the requester about the termination plan',
            ]
            : [
                'penyampaian-terminasi',
                'Menyampaikan rencana terminasi kepada klien',
                'Tell the client about the termination plan',
            ],
        pemohonIkut
            ? [
                'formulir-terminasi',
                'Klien menandatangani formulir pengakhiran layanan disaksikan oleh pemohon',
                'Client signs the termination form, witnessed by the requester',
            ]
            : [
                'formulir-terminasi',
                'Klien menandatangani formulir pengakhiran layanan',
                'Client signs the termination form',
            ],
    ];
}
/** 1.2.6 (E: 1.2.7): evaluation of the intervention; development's is participatory. */
function evaluasiDef(partisipatif) {
    return partisipatif
        ? [
            'evaluasi-intervensi',
            'Penilaian kesesuaian proses dan ketercapaian tujuan intervensi secara partisipatif',
            'Participatory review of process fit and goal attainment',
        ]
        : [
            'evaluasi-intervensi',
            'Penilaian kesesuaian proses dan ketercapaian tujuan intervensi',
            'Review of process fit and goal attainment',
        ];
}
/** 1.2.7 a–b (E: 1.2.8): referral. */
const RUJUKAN = [
    [
        'penentuan-lembaga-rujukan',
        'Menentukan lembaga penerima rujukan',
        'Choose the receiving institution',
    ],
    [
        'pendampingan-rujukan',
        'Mendampingi klien dalam mengakses lembaga penerima rujukan',
        'Accompany the client to the receiving institution',
    ],
];
/** 1.2.2–1.2.8 (E: 1.2.3–1.2.9): the activities of every stage, in the order of the text. */
function kegiatanLayanan(s) {
    const sop = (n) => `1.2.${n + s.geserSop}`;
    const daftarKegiatan = (tahap, defs, angka) => defs.map((d, i) => kegiatan(tahap, d, { angka, huruf: hurufKe(i) }));
    // 1.2.5: flat list (A, B, D, E) or C's two lettered lists with numbered butir.
    const intervensi = Array.isArray(s.intervensi)
        ? daftarKegiatan('intervensi', s.intervensi.map(defOf), sop(5))
        : ['dasar', 'lanjut'].flatMap((tingkat, h) => s.intervensi[tingkat].map((d, i) => kegiatan('intervensi', defOf(d), { angka: sop(5), huruf: hurufKe(h), butir: String(i + 1) }, tingkat)));
    // 1.2.6–1.2.8 (E: 1.2.7–1.2.9) are worded alike in all five, bar A's requester and E's participation.
    const terminasi = daftarKegiatan('evaluasiRujukanTerminasi', terminasiDefs(s.terminasiDisaksikanPemohon), sop(8));
    const evaluasiRujukanTerminasi = [
        kegiatan('evaluasiRujukanTerminasi', evaluasiDef(s.evaluasiPartisipatif), { angka: sop(6) }),
        ...daftarKegiatan('evaluasiRujukanTerminasi', RUJUKAN, sop(7)),
        ...terminasi,
    ];
    const semuaKegiatan = [
        ...daftarKegiatan('pendekatanAwal', s.pendekatanAwal, sop(2)),
        ...daftarKegiatan('asesmen', s.asesmen, sop(3)),
        ...daftarKegiatan('perencanaan', s.perencanaan, sop(4)),
        ...intervensi,
        ...evaluasiRujukanTerminasi,
    ];
    return { semua: semuaKegiatan, terminasi };
}
/** 1.4.4: the tariff matrix rows. The text's row numbers are ragged (B has two rows "3."); renumbered cleanly. */
function barisTarif(s, kunciAsesmen) {
    const JAM = ['1-jam', '2-jam', 'lebih-2-jam'];
    const baris = [];
    let no = 1;
    if (s.tarif.penjangkauan) {
        baris.push({
            nomor: String(no++),
            key: 'penjangkauan',
            label: 'Penjangkauan',
            labelEn: 'Outreach',
            durasi: JAM,
            opsional: true,
            kegiatan: ['penjangkauan'],
        });
    }
    baris.push({
        nomor: String(no++),
        key: 'asesmen',
        label: 'Asesmen',
        labelEn: 'Assessment',
        durasi: ['5-tahap'],
        opsional: false,
        kegiatan: kunciAsesmen,
    });
    for (const kelompok of s.tarif.kelompok) {
        const induk = no++;
        kelompok.forEach((b, j) => baris.push({ nomor: `${induk}.${j + 1}`, ...b, durasi: JAM, opsional: false }));
    }
    if (s.tarif.rujukan) {
        baris.push({
            nomor: String(no++),
            key: 'rujukan',
            label: 'Rujukan',
            labelEn: 'Referral',
            durasi: JAM,
            opsional: true,
            // The referral clause 1.2.7 (E 1.2.8); a referral away at intake (rujukan-keluar) is
            // not charged, since the client was never taken on.
            kegiatan: [
                'penentuan-lembaga-rujukan',
                'pendampingan-rujukan',
                ...(s.tarif.rujukanTambahan ?? []),
            ],
        });
    }
    return baris;
}
/**
 * 1.5: one product clause per intervention from 1.5.2 on (A, B, D); C 1.5.3 lists the
 * advanced products in the order of 1.2.5 b; C 1.5.2 and E 1.5.2 come from the spec.
 */
function produkLayanan(s) {
    const produkDari = (d, bagian) => {
        const p = {
            key: d.key,
            label: d.label,
            labelEn: d.labelEn,
            bagian,
            kegiatan: d.key,
            luaran: d.luaran ?? [],
        };
        return d.catatanProduk === undefined ? p : { ...p, catatan: d.catatanProduk };
    };
    const produkTurunan = Array.isArray(s.intervensi)
        ? s.intervensi
            .map((d, i) => (d.luaran ? produkDari(d, { angka: `1.5.${i + 2}` }) : null))
            .filter((p) => p !== null)
        : s.intervensi.lanjut
            .map((d, i) => (d.luaran ? produkDari(d, { angka: '1.5.3', huruf: hurufKe(i) }) : null))
            .filter((p) => p !== null);
    const produkLain = (s.produkLain ?? []).map((p) => {
        const base = {
            key: p.key,
            label: p.label,
            labelEn: p.labelEn,
            bagian: p.bagian,
            kegiatan: p.kegiatan,
            luaran: p.luaran,
        };
        return p.catatan === undefined ? base : { ...base, catatan: p.catatan };
    });
    return [...produkLain, ...produkTurunan];
}
/** 2.3: the qualifications of social workers (2.3.1), supervisors (2.3.2) and other staff (2.3.3). */
function kompetensiLayanan(s) {
    const pengalamanPraktik = (topik, topikEn) => [
        'pengalaman-praktik',
        `Memiliki pengalaman praktik dalam melakukan ${topik}`,
        `Practice experience in ${topikEn}`,
    ];
    const pelatihan = [
        'pelatihan',
        `Memiliki pengalaman mengikuti pelatihan/seminar/workshop mengenai ${s.topikPelatihan}`,
        `Training/seminars/workshops on ${s.topikPelatihanEn}`,
    ];
    const pekerjaSosial = berhuruf([
        [
            'pendidikan',
            'Berpendidikan pekerjaan sosial/kesejahteraan sosial paling rendah Strata 1 atau Diploma IV',
            'Degree in social work/social welfare, at least S1 or D-IV',
        ],
        ['sertifikat', 'Memiliki sertifikat pekerjaan sosial', 'Social-work certificate'],
        ['izin-praktik', 'Memiliki izin praktik', 'Practice licence'],
        pelatihan,
        pengalamanPraktik(s.topikPraktik, s.topikPraktikEn),
    ], '2.3.1');
    const ps = s.praktikSupervisor;
    const supervisor = berhuruf([
        [
            'pendidikan',
            'Pendidikan pekerjaan sosial/kesejahteraan sosial paling rendah Strata 2/Spesialis 1',
            'Degree in social work/social welfare, at least S2 or Specialist 1',
        ],
        ['sertifikat', 'Memiliki sertifikat pekerjaan sosial', 'Social-work certificate'],
        ['izin-praktik', 'Memiliki izin praktik', 'Practice licence'],
        [
            'pengalaman-tahun',
            'Berpengalaman dalam praktik pekerjaan sosial paling sedikit 5 (lima) tahun',
            'At least 5 years of social-work practice',
        ],
        pelatihan,
        ps
            ? pengalamanPraktik(ps.topik, ps.topikEn)
            : pengalamanPraktik(s.topikPraktik, s.topikPraktikEn),
    ], '2.3.2', (i) => (i === 3 ? s.catatanMasaSupervisor : i === 5 ? ps?.catatan : undefined));
    return {
        pekerjaSosial,
        supervisor,
        // C 2.3.2 d "paling lama" is read as "paling sedikit" (see catatanMasaSupervisor).
        supervisorMinTahun: 5,
        pelaksanaLain: berhuruf(s.pelaksanaLain.map((k) => PELAKSANA[k]), '2.3.3'),
    };
}
/** The decrees the text asks of the head of the institution: 1.1.x client criteria, 1.4.3, 1.6.6. */
function skLayanan(s) {
    return [
        item(['kriteria-klien', s.skKriteria.label, s.skKriteria.labelEn], { angka: s.skKriteria.angka }, s.skKriteria.catatan),
        item([
            'tarif',
            'Besaran biaya/tarif diputuskan berdasarkan Surat Keputusan Pimpinan Lembaga',
            'Fee amounts fixed by decree of the head of the institution',
        ], { angka: '1.4.3' }),
        item([
            'pengaduan',
            'Tata cara penanganan pengaduan dituangkan dalam surat keputusan pimpinan Lembaga',
            'Complaint procedure laid down by decree of the head of the institution',
        ], { angka: '1.6.6' }),
    ];
}
/** 2.6: guarantees of the workers (2.6.1) and of the institution (2.6.2). */
function jaminanLayanan(s) {
    const o = s.objek;
    const oEn = s.objekEn;
    return {
        pekerja: berhuruf([
            ['pendidikan-sesuai', 'Memiliki kualifikasi pendidikan yang sesuai', 'Suitable education'],
            [
                'anggota-organisasi-profesi',
                'Terdaftar di organisasi profesi pekerja sosial',
                "Member of the social workers' professional organisation",
            ],
            [
                'kode-etik',
                'Memegang teguh Kode Etik Profesi Pekerjaan Sosial dan diawasi oleh Dewan Etik',
                'Bound by the professional code of ethics, overseen by the Ethics Council',
            ],
            ['pengalaman-layanan', s.pengalamanJaminan, s.pengalamanJaminanEn],
            [
                'izin-praktik-berlaku',
                'Memiliki izin praktik yang masih berlaku',
                'Practice licence still valid',
            ],
            [
                'kebijakan-antikorupsi',
                'Menandatangani kebijakan anti korupsi dan anti pelecehan dan kekerasan',
                'Signed anti-corruption and anti-harassment/violence policy',
            ],
            [
                'tanpa-riwayat-kekerasan',
                'Tidak memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum',
                'No record of violence or legal cases',
            ],
        ], '2.6.1'),
        lembaga: berhuruf([
            ['izin-lembaga', 'Memiliki surat izin', 'Operating licence'],
            [
                'akreditasi',
                `Terakreditasi sebagai lembaga kesejahteraan sosial bidang ${o}`,
                `Accredited as a social-welfare institution in ${oEn}`,
            ],
            [
                'metode-teruji',
                'Menggunakan pendekatan, metode, dan peralatan praktik pekerjaan sosial yang telah diuji',
                'Tested social-work approaches, methods and tools',
            ],
            [
                'melibatkan-pekerja-sosial',
                'Melibatkan pekerja sosial dan pihak terkait lain yang ahli dalam bidangnya',
                'Social workers and other qualified parties involved',
            ],
            ['layanan-tersupervisi', 'Layanan tersupervisi', 'Supervised service'],
            [
                'pengawasan-pemerintah',
                'Pengawasan dari Kementerian Sosial dan/atau dinas sosial terhadap pemberian layanan',
                'Oversight by the Ministry or regional social affairs office',
            ],
            [
                'laporan-tahunan',
                'Laporan tahunan yang menunjukkan kinerja layanan dan akuntabilitas lembaga',
                'Annual report on performance and accountability',
            ],
        ], '2.6.2'),
    };
}
/** 2.8: staff performance evaluation, worded alike in all five services. */
const EVALUASI_KINERJA = [
    item([
        'kerangka-kompetensi',
        'Kerangka kompetensi staf sebagai dasar evaluasi',
        'Staff competency framework',
    ], { angka: '2.8.1' }),
    item([
        'rencana-tahunan',
        'Setiap pelaksana memiliki rencana tahunan berisi tujuan kinerja dan pengembangan',
        'Annual performance and development plan per worker',
    ], { angka: '2.8.2' }),
    item([
        'evaluasi-tahunan',
        'Evaluasi kinerja pelaksana dilakukan setiap tahun',
        'Yearly performance evaluation',
    ], { angka: '2.8.5' }),
    ...berhuruf([
        [
            'isian-pelaksana',
            'Pelaksana mengisi format evaluasi terlebih dulu',
            'Worker fills in the evaluation form first',
        ],
        [
            'pendapat-sejawat-klien',
            'Pendapat teman sejawat, klien, dan staf yang lebih tinggi',
            'Input from peers, clients and senior staff',
        ],
        [
            'pertemuan-evaluasi',
            'Pertemuan pelaksana dan pimpinan membahas isian format',
            'Meeting of worker and head to discuss the form',
        ],
        [
            'rencana-tahun-berikutnya',
            'Tujuan dan rencana tahun berikutnya',
            "Next year's goals and plan",
        ],
    ], '2.8.6'),
    item([
        'arsip-evaluasi',
        'Evaluasi menggunakan format lembaga, dicatat, dan disimpan dalam arsip',
        'Evaluation recorded on the form and archived',
    ], { angka: '2.8.7' }),
];
function buildStandar(s) {
    const sop = (n) => `1.2.${n + s.geserSop}`;
    const { semua: semuaKegiatan, terminasi } = kegiatanLayanan(s);
    const kunciAsesmen = semuaKegiatan.filter((k) => k.tahap === 'asesmen').map((k) => k.key);
    const baris = barisTarif(s, kunciAsesmen);
    const terpotong = s.pengaduanTerpotong;
    const sk = skLayanan(s);
    return {
        key: s.key,
        huruf: s.huruf,
        nama: s.nama,
        namaEn: s.namaEn,
        jenisKlien: { keys: s.jenisKlien, bagian: { angka: '1.1.1' } },
        pemohon: s.pemohon
            ? { keys: berhuruf(s.pemohon.daftar, s.pemohon.angka), bagian: { angka: s.pemohon.angka } }
            : null,
        sk,
        kegiatan: semuaKegiatan,
        rujukan: { angka: sop(7) },
        terminasi: {
            bagian: { angka: sop(8) },
            syarat: terminasi.map(({ key, label, labelEn, bagian }) => ({ key, label, labelEn, bagian })),
            disaksikanPemohon: s.terminasiDisaksikanPemohon,
        },
        jangkaWaktu: {
            bulan: s.bulan,
            bagian: { angka: '1.3.1' },
            lebihSingkat: { angka: '1.3.2' },
            perpanjangan: { angka: '1.3.3' },
        },
        faktorTarif: berhuruf(FAKTOR_TARIF, '1.4.2'),
        tarif: { sk: { angka: '1.4.3' }, matriks: { angka: '1.4.4' }, baris, judul: s.tarif.judul },
        produk: produkLayanan(s),
        pengaduan: {
            jenis: berhuruf(JENIS_PENGADUAN, '1.6.3', () => (terpotong?.jenis ? B_TERPOTONG : undefined)),
            saluran: berhuruf(SALURAN_PENGADUAN, '1.6.4', (i) => terpotong && i < terpotong.saluranHilang ? B_TERPOTONG : undefined),
            prosedur: berhuruf(PROSEDUR_PENGADUAN, '1.6.5'),
            sk: { angka: '1.6.6' },
        },
        dasarHukum: s.dasarHukumBernomor
            ? DASAR_HUKUM.map((d, i) => item(d, { angka: '2.1', butir: String(i + 1) }))
            : berhuruf(DASAR_HUKUM, '2.1'),
        fasilitas: berhuruf(s.fasilitas.map((k) => FASILITAS[k]), '2.2.1'),
        peralatan: berhuruf(PERALATAN, '2.2.3'),
        kompetensi: kompetensiLayanan(s),
        pengawasan: { bagian: { angka: '2.4' }, aspek: berhuruf(ASPEK_PENGAWASAN, '2.4.5') },
        jumlahPelaksana: { angka: '2.5.2' },
        jaminan: jaminanLayanan(s),
        keselamatan: {
            gedung: berhuruf(KESELAMATAN_GEDUNG, '2.7.1'),
            pelaksana: berhuruf(KESELAMATAN_PELAKSANA, '2.7.2'),
            kontak: { angka: '2.7.3' },
            penjelasanKlien: { angka: '2.7.4' },
        },
        evaluasiKinerja: EVALUASI_KINERJA,
    };
}
/** A lettered product list (C 1.5.2, E 1.5.2), each letter with one output. */
function produkBerhuruf(angka, rows, catatan) {
    return rows.map(([key, kegiatan, label, labelEn, luaran], i) => {
        const p = {
            bagian: { angka, huruf: hurufKe(i) },
            key,
            kegiatan,
            label,
            labelEn,
            luaran: [luaran],
        };
        const c = catatan(key, kegiatan);
        return c === undefined ? p : { ...p, catatan: c };
    });
}
/* ------------------------------------------------------------ the five specs */
/** Lampiran A. */
const PENCEGAHAN = {
    key: 'pencegahan',
    huruf: 'A',
    nama: 'Pencegahan Disfungsi Sosial',
    namaEn: 'Prevention of Social Dysfunction',
    objek: 'pencegahan disfungsi sosial',
    objekEn: 'prevention of social dysfunction',
    jenisKlien: ['individu', 'keluarga', 'kelompok', 'masyarakat'],
    pemohon: {
        angka: '1.1.2',
        daftar: [
            ['pemerintah', 'Pemerintah', 'Central Government'],
            ['pemerintah-daerah', 'Pemerintah daerah', 'Regional government'],
            ['aparat-penegak-hukum', 'Aparat penegak hukum', 'Law enforcement'],
            ['profesi-lain', 'Profesi lain', 'Other professions'],
            ['masyarakat', 'Masyarakat', 'The public'],
        ],
    },
    skKriteria: {
        angka: '1.1.3',
        label: 'Kriteria dan persyaratan klien ditentukan melalui Surat Keputusan Pimpinan Lembaga',
        labelEn: 'Client criteria fixed by decree of the head of the institution',
    },
    geserSop: 0,
    pendekatanAwal: [
        PENERIMAAN_PERMOHONAN,
        [
            'kontak-awal',
            'Kontak awal dengan pemohon untuk menentukan klien yang menjadi sasaran',
            'Initial contact with the requester to determine the target clients',
        ],
        [
            'penjangkauan',
            'Penjangkauan kepada klien yang telah ditentukan',
            'Outreach to the clients determined',
        ],
        KRITERIA,
        KESEPAKATAN,
        RUJUKAN_KELUAR,
    ],
    asesmen: [
        [
            'pengumpulan-data',
            'Mengumpulkan data dan informasi, menganalisis, dan merumuskan kerentanan klien',
            "Collect and analyse data; formulate the client's vulnerabilities",
        ],
        [
            'penentuan-fokus',
            'Menentukan fokus pencegahan disfungsi sosial',
            'Determine the prevention focus',
        ],
        IDENTIFIKASI_PIHAK,
    ],
    perencanaan: [
        [
            'skala-prioritas',
            'Membuat skala prioritas fokus pencegahan',
            'Prioritise the prevention focus',
        ],
        [
            'penentuan-tujuan-kegiatan',
            'Menentukan tujuan, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, dan rujukan',
            'Set goals, activities, resource systems, parties, service types and referrals',
        ],
        KESEPAKATAN_JADWAL,
    ],
    intervensi: [
        {
            key: 'penyuluhan-sosial',
            label: 'Penyuluhan sosial',
            labelEn: 'Social education (extension)',
            luaran: [HADIR, 'peningkatan pemahaman klien setelah mengikuti kegiatan'],
        },
        {
            key: 'bimbingan-sosial',
            label: 'Bimbingan sosial',
            labelEn: 'Social guidance',
            luaran: [HADIR, 'peningkatan pemahaman klien setelah mengikuti kegiatan'],
        },
        {
            key: 'pendampingan-sosial',
            label: 'Pendampingan sosial',
            labelEn: 'Social accompaniment',
            luaran: [HADIR, 'peningkatan pemahaman klien setelah mengikuti kegiatan'],
        },
        {
            key: 'peningkatan-kapasitas',
            label: 'Peningkatan kapasitas',
            labelEn: 'Capacity building',
            luaran: [HADIR, 'peningkatan pemahaman klien setelah mengikuti kegiatan'],
        },
        {
            key: 'pelatihan-keterampilan',
            label: 'Pelatihan keterampilan',
            labelEn: 'Skills training',
            luaran: [HADIR, 'peningkatan keterampilan klien setelah mengikuti kegiatan'],
        },
        {
            key: 'pelayanan-aksesibilitas',
            label: 'Pelayanan aksesibilitas',
            labelEn: 'Accessibility services',
            luaran: [
                'informasi layanan/sistem sumber yang dapat diakses',
                'pendampingan mengakses layanan yang dibutuhkan',
            ],
        },
        {
            key: 'advokasi-sosial',
            label: 'Advokasi sosial',
            labelEn: 'Social advocacy',
            luaran: [
                'fasilitasi pertemuan klien dengan sistem sumber/layanan yang dibutuhkan',
                'berita acara pertemuan klien dengan sistem sumber/layanan',
            ],
        },
    ],
    evaluasiPartisipatif: false,
    terminasiDisaksikanPemohon: true,
    bulan: 12,
    tarif: {
        judul: 'Matriks Tarif Jasa Pencegahan Disfungsi Sosial',
        // A's matrix has no penjangkauan or rujukan rows.
        penjangkauan: false,
        kelompok: [
            [
                {
                    key: 'penyuluhan-sosial',
                    label: 'Penyuluhan sosial',
                    labelEn: 'Social education',
                    kegiatan: ['penyuluhan-sosial'],
                },
                {
                    key: 'bimbingan-sosial',
                    label: 'Bimbingan sosial',
                    labelEn: 'Social guidance',
                    kegiatan: ['bimbingan-sosial'],
                },
                {
                    key: 'pendampingan-sosial',
                    label: 'Pendampingan sosial',
                    labelEn: 'Social accompaniment',
                    kegiatan: ['pendampingan-sosial'],
                },
                {
                    key: 'peningkatan-kapasitas',
                    label: 'Peningkatan kapasitas',
                    labelEn: 'Capacity building',
                    kegiatan: ['peningkatan-kapasitas'],
                },
                // The text's row is "Dsb."; it prices the remaining interventions of 1.2.5 e–g.
                {
                    key: 'lainnya',
                    label: 'Layanan pencegahan disfungsi sosial lainnya',
                    labelEn: 'Other prevention services',
                    kegiatan: ['pelatihan-keterampilan', 'pelayanan-aksesibilitas', 'advokasi-sosial'],
                },
            ],
        ],
        rujukan: false,
    },
    dasarHukumBernomor: false,
    fasilitas: FASILITAS_UMUM,
    pelaksanaLain: [
        'penyuluh-sosial',
        'tenaga-kesejahteraan-sosial',
        'relawan-sosial',
        'tokoh-agama',
        'pendidik',
    ],
    topikPelatihan: 'berbagai kegiatan pencegahan',
    topikPelatihanEn: 'prevention activities',
    topikPraktik: 'pencegahan disfungsi sosial',
    topikPraktikEn: 'prevention of social dysfunction',
    pengalamanJaminan: 'Memiliki pengalaman mengenai pencegahan disfungsi sosial',
    pengalamanJaminanEn: 'Experience in prevention of social dysfunction',
};
/** Lampiran B. */
const PERLINDUNGAN = {
    key: 'perlindungan',
    huruf: 'B',
    nama: 'Perlindungan Sosial',
    namaEn: 'Social Protection',
    objek: 'perlindungan sosial',
    objekEn: 'social protection',
    jenisKlien: ['individu', 'keluarga', 'kelompok', 'masyarakat'],
    pemohon: null,
    skKriteria: {
        angka: '1.1.4',
        label: 'Persyaratan klien lainnya ditetapkan melalui Surat Keputusan Pimpinan Lembaga',
        labelEn: 'Further client requirements fixed by decree of the head of the institution',
    },
    geserSop: 0,
    pendekatanAwal: [
        PENERIMAAN_LAPORAN,
        PENJANGKAUAN_RUJUKAN_MASUK,
        KRITERIA,
        KESEPAKATAN,
        RUJUKAN_KELUAR,
    ],
    asesmen: [
        PENGUMPULAN_DATA,
        [
            'identifikasi-program-bansos',
            'Mengidentifikasi program bantuan sosial yang dapat diakses klien',
            'Identify social-assistance programmes the client can access',
        ],
        [
            'identifikasi-kemampuan-akses',
            'Mengidentifikasi kemampuan klien dalam mengakses program bantuan sosial',
            "Identify the client's ability to access the programmes",
        ],
    ],
    perencanaan: [
        [
            'skala-prioritas',
            'Membuat skala prioritas program bantuan sosial yang dapat diakses',
            'Prioritise accessible social-assistance programmes',
        ],
        [
            'penentuan-tujuan-kegiatan',
            'Menentukan program bantuan sosial yang akan diakses, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, dan rujukan',
            'Choose programmes, activities, resource systems, parties, service types and referrals',
        ],
        KESEPAKATAN_JADWAL,
    ],
    intervensi: [
        {
            key: 'akses-program-bansos',
            label: 'Mengakses program bantuan sosial',
            labelEn: 'Access to social-assistance programmes',
            luaran: [
                'bantuan sosial yang dapat diakses dengan memenuhi persyaratan',
                'bantuan sosial tanpa persyaratan tertentu',
                'pendampingan dalam mengakses program bantuan sosial',
                'kegiatan pendukung lainnya bagi klien',
            ],
        },
        {
            key: 'advokasi-sosial',
            label: 'Advokasi sosial dalam mengakses program bantuan sosial',
            labelEn: 'Social advocacy for access to social assistance',
            luaran: [
                'fasilitasi pertemuan klien dengan penyedia program bantuan sosial',
                // Lost after B 1.5.3 a; A 1.5.8 b's "berita acara" applied to B's wording.
                'berita acara pertemuan klien dengan penyedia program bantuan sosial',
            ],
            catatanProduk: `${B_TERPOTONG}: huruf b mengikuti Lampiran A angka 1.5.8 huruf b.`,
        },
        {
            key: 'akses-bantuan-hukum',
            label: 'Mengakses layanan bantuan hukum',
            labelEn: 'Access to legal aid',
            // The whole clause is lost; modelled on A 1.5.7 / D 1.5.5 (access products).
            luaran: [
                'informasi mengenai layanan bantuan hukum yang dapat diakses',
                'pendampingan dalam mengakses layanan bantuan hukum',
            ],
            catatanProduk: `${B_TERPOTONG}: angka 1.5.4 disusun mengikuti Lampiran A angka 1.5.7 dan Lampiran D angka 1.5.5.`,
        },
    ],
    evaluasiPartisipatif: false,
    terminasiDisaksikanPemohon: false,
    bulan: 12,
    tarif: {
        judul: 'Matriks Tarif Jasa Perlindungan Sosial',
        penjangkauan: true,
        kelompok: [
            [
                {
                    key: 'akses-program-bansos',
                    label: 'Akses program bantuan sosial',
                    labelEn: 'Access to social-assistance programmes',
                    kegiatan: ['akses-program-bansos'],
                },
                {
                    key: 'advokasi-sosial',
                    label: 'Advokasi sosial',
                    labelEn: 'Social advocacy',
                    kegiatan: ['advokasi-sosial'],
                },
                {
                    key: 'akses-bantuan-hukum',
                    label: 'Akses bantuan hukum',
                    labelEn: 'Access to legal aid',
                    kegiatan: ['akses-bantuan-hukum'],
                },
            ],
        ],
        rujukan: true,
    },
    dasarHukumBernomor: true,
    fasilitas: FASILITAS_UMUM,
    pelaksanaLain: ['tenaga-kesejahteraan-sosial', 'relawan-sosial', 'advokat-paralegal'],
    topikPelatihan: 'program perlindungan sosial di Indonesia',
    topikPelatihanEn: 'social-protection programmes in Indonesia',
    topikPraktik: 'perlindungan sosial',
    topikPraktikEn: 'social protection',
    praktikSupervisor: {
        topik: 'advokasi sosial',
        topikEn: 'social advocacy',
        catatan: 'Lampiran B angka 2.3.2 huruf f meminta pengalaman praktik "advokasi sosial", sedangkan 2.3.1 huruf e untuk pekerja sosial "perlindungan sosial"; dikodekan sesuai teks (advokasi sosial adalah intervensi 1.2.5 huruf b layanan ini).',
    },
    pengalamanJaminan: 'Memiliki pengalaman mengenai program perlindungan sosial dan advokasi sosial',
    pengalamanJaminanEn: 'Experience in social-protection programmes and social advocacy',
    pengaduanTerpotong: { jenis: true, saluranHilang: 2 },
};
/** Lampiran C. */
const REHABILITASI = {
    key: 'rehabilitasi',
    huruf: 'C',
    nama: 'Rehabilitasi Sosial',
    namaEn: 'Social Rehabilitation',
    objek: 'rehabilitasi sosial',
    objekEn: 'social rehabilitation',
    // 1.1.1 says "klien, keluarga, dan masyarakat" (klien = the individual); the preamble
    // addresses members of society "baik individual maupun kelompok", so groups are allowed.
    jenisKlien: ['individu', 'keluarga', 'kelompok', 'masyarakat'],
    pemohon: null,
    skKriteria: {
        angka: '1.1.4',
        label: 'Kriteria sendiri lembaga milik masyarakat ditetapkan dalam Surat Keputusan Pimpinan Lembaga',
        labelEn: 'Own client criteria of a community-run institution fixed by decree of its head',
        catatan: 'Hanya bila lembaga milik masyarakat menetapkan kriteria sendiri; lembaga pemerintah mengikuti Permensos 16/2019 (angka 1.1.3).',
    },
    geserSop: 0,
    pendekatanAwal: [
        PENERIMAAN_LAPORAN,
        PENJANGKAUAN_RUJUKAN_MASUK,
        KRITERIA,
        KESEPAKATAN,
        RUJUKAN_KELUAR,
    ],
    asesmen: [
        PENGUMPULAN_DATA,
        [
            'identifikasi-sistem-sumber',
            'Mengidentifikasi layanan/sistem sumber lain yang dibutuhkan klien',
            'Identify other services/resource systems the client needs',
        ],
    ],
    perencanaan: [
        [
            'skala-prioritas',
            'Membuat skala prioritas permasalahan yang akan diintervensi',
            'Prioritise the problems to address',
        ],
        [
            'penentuan-tujuan-kegiatan',
            'Menentukan tujuan perubahan, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, dan rujukan',
            'Set change goals, activities, resource systems, parties, service types and referrals',
        ],
        KESEPAKATAN_JADWAL,
    ],
    // Basic and advanced lists repeat some activities; the repeated ones get -dasar / -lanjut.
    intervensi: {
        dasar: [
            {
                key: 'motivasi-diagnosis-psikososial-dasar',
                label: 'Motivasi dan diagnosis psikososial tingkat dasar',
                labelEn: 'Motivation and psychosocial diagnosis (basic)',
            },
            {
                key: 'perawatan-pengasuhan-dasar',
                label: 'Perawatan dan pengasuhan tingkat dasar',
                labelEn: 'Care and parenting (basic)',
            },
            {
                key: 'bimbingan-mental-spiritual',
                label: 'Bimbingan mental spiritual',
                labelEn: 'Mental and spiritual guidance',
            },
            { key: 'bimbingan-fisik', label: 'Bimbingan fisik', labelEn: 'Physical guidance' },
            {
                key: 'bimbingan-sosial-konseling',
                label: 'Bimbingan sosial dan konseling',
                labelEn: 'Social guidance and counselling',
            },
            {
                key: 'pelayanan-aksesibilitas-dasar',
                label: 'Pelayanan aksesibilitas tingkat dasar',
                labelEn: 'Accessibility services (basic)',
            },
            {
                key: 'bantuan-asistensi-sosial-dasar',
                label: 'Bantuan dan asistensi sosial tingkat dasar',
                labelEn: 'Social aid and assistance (basic)',
            },
            { key: 'rujukan-dasar', label: 'Rujukan tingkat dasar', labelEn: 'Referral (basic)' },
        ],
        // 1.5.3 a–o lists one product per advanced activity, in this order.
        lanjut: [
            {
                key: 'motivasi-diagnosis-psikososial-lanjut',
                label: 'Motivasi dan diagnosis psikososial tingkat lanjut',
                labelEn: 'Motivation and psychosocial diagnosis (advanced)',
                luaran: ['menerima motivasi dan diagnosis psikososial'],
            },
            {
                key: 'perawatan-pengasuhan-lanjut',
                label: 'Perawatan dan pengasuhan tingkat lanjut',
                labelEn: 'Care and parenting (advanced)',
                luaran: ['menerima perawatan dan pengasuhan'],
            },
            {
                key: 'pelatihan-vokasional-kewirausahaan',
                label: 'Pelatihan vokasional dan pembinaan kewirausahaan',
                labelEn: 'Vocational training and entrepreneurship coaching',
                luaran: ['menerima pelatihan vokasional dan pembinaan kewirausahaan'],
            },
            {
                key: 'pelayanan-aksesibilitas-lanjut',
                label: 'Pelayanan aksesibilitas tingkat lanjut',
                labelEn: 'Accessibility services (advanced)',
                luaran: ['menerima layanan aksesibilitas'],
            },
            {
                key: 'bantuan-asistensi-sosial-lanjut',
                label: 'Bantuan dan asistensi sosial tingkat lanjut',
                labelEn: 'Social aid and assistance (advanced)',
                luaran: ['menerima bantuan dan asistensi sosial'],
            },
            {
                key: 'bimbingan-resosialisasi',
                label: 'Bimbingan resosialisasi',
                labelEn: 'Resocialisation guidance',
                luaran: ['menerima bimbingan resosialisasi'],
            },
            {
                key: 'bimbingan-lanjut',
                label: 'Bimbingan lanjut',
                labelEn: 'Aftercare guidance',
                luaran: ['menerima bimbingan lanjut'],
            },
            {
                key: 'rujukan-lanjut',
                label: 'Rujukan tingkat lanjut',
                labelEn: 'Referral (advanced)',
                luaran: ['rujukan'],
            },
            {
                key: 'terapi-fisik',
                label: 'Terapi fisik',
                labelEn: 'Physical therapy',
                luaran: ['menerima terapi fisik'],
            },
            {
                key: 'terapi-mental-spiritual',
                label: 'Terapi mental spiritual',
                labelEn: 'Mental and spiritual therapy',
                luaran: ['menerima terapi mental spiritual'],
            },
            {
                key: 'terapi-psikososial',
                label: 'Terapi psikososial',
                labelEn: 'Psychosocial therapy',
                luaran: ['menerima terapi psikososial'],
            },
            {
                key: 'terapi-penghidupan',
                label: 'Terapi untuk penghidupan',
                labelEn: 'Livelihood therapy',
                luaran: ['menerima terapi untuk penghidupan'],
            },
            {
                key: 'pemenuhan-hidup-layak',
                label: 'Pemenuhan hidup layak',
                labelEn: 'Support for a decent living',
                luaran: ['menerima pemenuhan hidup layak'],
            },
            {
                key: 'dukungan-aksesibilitas',
                label: 'Dukungan aksesibilitas',
                labelEn: 'Accessibility support',
                luaran: ['menerima dukungan aksesibilitas'],
            },
            {
                key: 'bentuk-lain-keberfungsian-sosial',
                label: 'Bentuk lainnya yang mendukung keberfungsian sosial',
                labelEn: 'Other forms supporting social functioning',
                luaran: ['menerima layanan bentuk lainnya yang mendukung keberfungsian sosial'],
            },
        ],
    },
    evaluasiPartisipatif: false,
    terminasiDisaksikanPemohon: false,
    // 1.3.1: "paling lama 6 (enam) bulan" — the only service not at 12 months.
    bulan: 6,
    tarif: {
        judul: 'Matriks Tarif Jasa Rehabilitasi Sosial',
        penjangkauan: true,
        kelompok: [
            [
                {
                    key: 'motivasi-diagnosis-psikososial-dasar',
                    label: 'Motivasi dan diagnosis psikososial tingkat dasar',
                    labelEn: 'Motivation and psychosocial diagnosis (basic)',
                    kegiatan: ['motivasi-diagnosis-psikososial-dasar'],
                },
                {
                    key: 'perawatan-pengasuhan-dasar',
                    label: 'Perawatan dan pengasuhan tingkat dasar',
                    labelEn: 'Care and parenting (basic)',
                    kegiatan: ['perawatan-pengasuhan-dasar'],
                },
                {
                    key: 'bimbingan-mental-spiritual',
                    label: 'Bimbingan mental spiritual',
                    labelEn: 'Mental and spiritual guidance',
                    kegiatan: ['bimbingan-mental-spiritual'],
                },
                {
                    key: 'lainnya-dasar',
                    label: 'Layanan rehsos dasar lainnya',
                    labelEn: 'Other basic rehabilitation services',
                    kegiatan: [
                        'bimbingan-fisik',
                        'bimbingan-sosial-konseling',
                        'pelayanan-aksesibilitas-dasar',
                        'bantuan-asistensi-sosial-dasar',
                    ],
                },
            ],
            [
                {
                    key: 'motivasi-diagnosis-psikososial-lanjut',
                    label: 'Motivasi dan diagnosis psikososial tingkat lanjut',
                    labelEn: 'Motivation and psychosocial diagnosis (advanced)',
                    kegiatan: ['motivasi-diagnosis-psikososial-lanjut'],
                },
                {
                    key: 'perawatan-pengasuhan-lanjut',
                    label: 'Perawatan dan pengasuhan tingkat lanjut',
                    labelEn: 'Care and parenting (advanced)',
                    kegiatan: ['perawatan-pengasuhan-lanjut'],
                },
                {
                    key: 'pelatihan-vokasional-kewirausahaan',
                    label: 'Pelatihan vokasional dan pembinaan kewirausahaan',
                    labelEn: 'Vocational training and entrepreneurship coaching',
                    kegiatan: ['pelatihan-vokasional-kewirausahaan'],
                },
                {
                    key: 'lainnya-lanjut',
                    label: 'Layanan rehsos lanjut lainnya',
                    labelEn: 'Other advanced rehabilitation services',
                    kegiatan: [
                        'pelayanan-aksesibilitas-lanjut',
                        'bantuan-asistensi-sosial-lanjut',
                        'bimbingan-resosialisasi',
                        'bimbingan-lanjut',
                        'terapi-fisik',
                        'terapi-mental-spiritual',
                        'terapi-psikososial',
                        'terapi-penghidupan',
                        'pemenuhan-hidup-layak',
                        'dukungan-aksesibilitas',
                        'bentuk-lain-keberfungsian-sosial',
                    ],
                },
            ],
        ],
        rujukan: true,
        // "melakukan rujukan" of 1.2.5 a 8) / b 8) is priced on the referral row, not as "lainnya".
        rujukanTambahan: ['rujukan-dasar', 'rujukan-lanjut'],
    },
    // 1.5.2 lists the outputs of the basic level as a whole, not per activity.
    produkLain: produkBerhuruf('1.5.2', [
        [
            'kebutuhan-dasar',
            'perawatan-pengasuhan-dasar',
            'Kebutuhan dasar (permakanan, pakaian, asrama, alat bantu)',
            'Basic needs (food, clothing, dormitory, assistive devices)',
            'kebutuhan dasar seperti permakanan, pakaian, dan asrama, alat bantu',
        ],
        [
            'perbekalan-kesehatan',
            'perawatan-pengasuhan-dasar',
            'Perbekalan kesehatan',
            'Health supplies',
            'perbekalan kesehatan',
        ],
        [
            'bimbingan-terapi',
            'bimbingan-sosial-konseling',
            'Bimbingan/terapi fisik, mental spiritual, psikososial, sosial, dan mata pencaharian',
            'Physical, mental-spiritual, psychosocial, social and livelihood guidance/therapy',
            'bimbingan/terapi fisik, mental spiritual, psikososial, sosial, dan mata pencaharian',
        ],
        [
            'keterampilan-hidup-sehari-hari',
            'bimbingan-sosial-konseling',
            'Bimbingan keterampilan hidup sehari-hari',
            'Daily-living skills guidance',
            'bimbingan keterampilan hidup sehari-hari',
        ],
        [
            'akses-pendidikan-kesehatan',
            'pelayanan-aksesibilitas-dasar',
            'Akses ke layanan pendidikan dan kesehatan',
            'Access to education and health services',
            'akses ke layanan pendidikan dan kesehatan',
        ],
        [
            'penelusuran-reunifikasi-keluarga',
            'bantuan-asistensi-sosial-dasar',
            'Penelusuran keluarga dan/atau reunifikasi keluarga',
            'Family tracing and/or reunification',
            'pelayanan penelusuran keluarga dan/atau reunifikasi keluarga',
        ],
        [
            'bantuan-dokumen-kependudukan',
            'pelayanan-aksesibilitas-dasar',
            'Bantuan akses pembuatan nomor induk kependudukan, akta kelahiran, KTP, kartu keluarga, surat nikah',
            'Help obtaining civil documents (NIK, birth certificate, ID card, family card, marriage certificate)',
            'bantuan akses untuk pembuatan nomor induk kependudukan, akta kelahiran, KTP, kartu keluarga, surat nikah',
        ],
        ['rujukan-dasar', 'rujukan-dasar', 'Rujukan', 'Referral', 'rujukan'],
    ], (key) => key === 'bimbingan-terapi'
        ? 'Angka 1.5.2 mendaftar produk tingkat dasar secara keseluruhan; kaitan ke kegiatan ditetapkan katalog ini (juga bimbingan-fisik dan bimbingan-mental-spiritual).'
        : 'Angka 1.5.2 mendaftar produk tingkat dasar secara keseluruhan; kaitan ke kegiatan ditetapkan katalog ini.'),
    dasarHukumBernomor: true,
    // C inserts the therapy room and shelter at b and c; the rest shift to d–i.
    fasilitas: ['kantor', 'ruang-terapi', 'shelter', ...FASILITAS_UMUM.slice(1)],
    pelaksanaLain: ['terapis', 'perawat', 'tenaga-kesejahteraan-sosial', 'relawan-sosial'],
    topikPelatihan: 'rehabilitasi sosial/terapi/dukungan psikososial',
    topikPelatihanEn: 'social rehabilitation/therapy/psychosocial support',
    topikPraktik: 'rehabilitasi sosial',
    topikPraktikEn: 'social rehabilitation',
    catatanMasaSupervisor: 'Teks Lampiran C angka 2.3.2 huruf d berbunyi "paling lama 5 (lima) tahun"; dibaca "paling sedikit" seperti Lampiran A, B, D, dan E.',
    pengalamanJaminan: 'Memiliki pengalaman mengenai program rehabilitasi sosial dan advokasi sosial',
    pengalamanJaminanEn: 'Experience in social-rehabilitation programmes and social advocacy',
};
/** Lampiran D. */
const PEMBERDAYAAN = {
    key: 'pemberdayaan',
    huruf: 'D',
    nama: 'Pemberdayaan Sosial',
    namaEn: 'Social Empowerment',
    objek: 'pemberdayaan sosial',
    objekEn: 'social empowerment',
    // 1.1.1 a: people with social problems; b: institutions/persons as welfare resources.
    jenisKlien: ['individu', 'keluarga', 'kelompok', 'masyarakat', 'lembaga', 'perorangan-sumber'],
    pemohon: null,
    skKriteria: {
        angka: '1.1.3',
        label: 'Kriteria sendiri lembaga milik masyarakat ditetapkan dalam Surat Keputusan Pimpinan Lembaga',
        labelEn: 'Own client criteria of a community-run institution fixed by decree of its head',
        catatan: 'Hanya bila lembaga milik masyarakat menetapkan kriteria sendiri; lembaga pemerintah mengikuti PP 39/2012 (angka 1.1.2).',
    },
    geserSop: 0,
    pendekatanAwal: [
        PENERIMAAN_PERMOHONAN,
        [
            'penjangkauan',
            'Penjangkauan kepada klien yang akan diintervensi',
            'Outreach to the clients to be served',
        ],
        KRITERIA,
        KESEPAKATAN,
        RUJUKAN_KELUAR,
    ],
    asesmen: [
        PENGUMPULAN_DATA,
        ['penentuan-fokus', 'Menentukan fokus pemberdayaan sosial', 'Determine the empowerment focus'],
        IDENTIFIKASI_PIHAK,
    ],
    perencanaan: [
        [
            'skala-prioritas',
            'Membuat skala prioritas fokus pemberdayaan sosial',
            'Prioritise the empowerment focus',
        ],
        [
            'penentuan-tujuan-kegiatan',
            'Menentukan tujuan pemberdayaan, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, dan rujukan',
            'Set empowerment goals, activities, resource systems, parties, service types and referrals',
        ],
        KESEPAKATAN_JADWAL,
    ],
    intervensi: [
        {
            key: 'peningkatan-kemauan-kemampuan',
            label: 'Meningkatkan kemauan dan kemampuan',
            labelEn: 'Strengthen willingness and ability',
            luaran: [HADIR, 'peningkatan kemauan dan kemampuan klien setelah mengikuti kegiatan'],
        },
        {
            key: 'penggalian-potensi-sumber-daya',
            label: 'Menggali potensi dan sumber daya',
            labelEn: 'Explore potential and resources',
            luaran: [
                'informasi mengenai potensi dan sumber daya yang dimiliki',
                'komitmen untuk mendayagunakan potensi dan sumber daya yang dimiliki',
            ],
        },
        {
            key: 'penggalian-nilai-dasar',
            label: 'Menggali nilai-nilai dasar',
            labelEn: 'Explore core values',
            luaran: [
                'informasi mengenai nilai dasar yang dimiliki',
                'komitmen untuk mendayagunakan nilai dasar yang dimiliki',
            ],
        },
        {
            key: 'pemberian-akses',
            label: 'Memberikan akses',
            labelEn: 'Provide access',
            luaran: [
                'informasi mengenai sistem sumber/layanan yang dapat diakses',
                'pendampingan dalam mengakses sistem sumber/layanan',
            ],
        },
        {
            key: 'pemberian-bantuan-usaha',
            label: 'Memberikan bantuan usaha',
            labelEn: 'Provide business assistance',
            luaran: [
                'fasilitasi dalam mengakses sistem sumber/layanan penyedia bantuan usaha',
                'pendampingan dalam mengakses dan mendayagunakan bantuan usaha yang diterima',
            ],
        },
    ],
    evaluasiPartisipatif: false,
    terminasiDisaksikanPemohon: false,
    bulan: 12,
    tarif: {
        judul: 'Matriks Tarif Jasa Pemberdayaan Sosial',
        penjangkauan: true,
        kelompok: [
            [
                {
                    key: 'peningkatan-kemauan-kemampuan',
                    label: 'Peningkatan kemauan dan kemampuan',
                    labelEn: 'Strengthening willingness and ability',
                    kegiatan: ['peningkatan-kemauan-kemampuan'],
                },
                {
                    key: 'penggalian-potensi-sumber-daya',
                    label: 'Penggalian potensi dan sumber daya',
                    labelEn: 'Exploring potential and resources',
                    kegiatan: ['penggalian-potensi-sumber-daya'],
                },
                {
                    key: 'penggalian-nilai-dasar',
                    label: 'Penggalian nilai-nilai dasar',
                    labelEn: 'Exploring core values',
                    kegiatan: ['penggalian-nilai-dasar'],
                },
                {
                    key: 'lainnya',
                    label: 'Kegiatan pemberdayaan sosial lainnya',
                    labelEn: 'Other empowerment activities',
                    kegiatan: ['pemberian-akses', 'pemberian-bantuan-usaha'],
                },
            ],
        ],
        rujukan: true,
    },
    dasarHukumBernomor: true,
    fasilitas: FASILITAS_UMUM,
    pelaksanaLain: ['penyuluh-sosial', 'tenaga-kesejahteraan-sosial', 'relawan-sosial'],
    topikPelatihan: 'pemberdayaan sosial',
    topikPelatihanEn: 'social empowerment',
    topikPraktik: 'pemberdayaan sosial',
    topikPraktikEn: 'social empowerment',
    pengalamanJaminan: 'Memiliki pengalaman mengenai program pemberdayaan sosial dan advokasi sosial',
    pengalamanJaminanEn: 'Experience in social-empowerment programmes and social advocacy',
};
/** Lampiran E. */
const PENGEMBANGAN = {
    key: 'pengembangan',
    huruf: 'E',
    nama: 'Pengembangan Sosial',
    namaEn: 'Social Development',
    objek: 'pengembangan sosial',
    objekEn: 'social development',
    // 1.1.1: individuals, families, groups and communities "dalam lingkup" a community,
    // village, district or regency — the unit served and registered is that scope.
    jenisKlien: ['komunitas', 'desa', 'kecamatan', 'kabupaten'],
    pemohon: {
        angka: '1.1.5',
        daftar: [
            ['pimpinan-komunitas', 'Pimpinan/ketua komunitas', 'Community leader'],
            ['kepala-desa', 'Kepala desa', 'Village head'],
            ['camat', 'Camat', 'District head'],
            ['bupati', 'Bupati', 'Regent'],
        ],
    },
    skKriteria: {
        angka: '1.1.2',
        label: 'Kriteria dan persyaratan klien ditentukan melalui surat keputusan pimpinan lembaga',
        labelEn: 'Client criteria fixed by decree of the head of the institution',
    },
    geserSop: 1,
    pendekatanAwal: [
        PENERIMAAN_PERMOHONAN,
        [
            'kontak-awal',
            'Kontak awal kepada pimpinan pemerintah setempat dan/atau elemen masyarakat untuk pemberitahuan atau persetujuan',
            'Initial contact with local government leaders and community elements for notice or consent',
        ],
        [
            'pengenalan-karakteristik-masyarakat',
            'Mengenali karakteristik umum masyarakat',
            'Learn the general characteristics of the community',
        ],
        ['pembentukan-tim-kerja', 'Membentuk tim kerja masyarakat', 'Form the community work team'],
    ],
    asesmen: [
        [
            'pengumpulan-data',
            'Memfasilitasi tim kerja masyarakat mengumpulkan data dan informasi, menganalisis dan merumuskan masalah, kebutuhan, potensi dan sumber',
            'Help the work team collect and analyse data on problems, needs, strengths and resources',
        ],
        [
            'identifikasi-psks-aset',
            'Memfasilitasi tim kerja masyarakat mengidentifikasi Potensi Sumber Kesejahteraan Sosial (PSKS) dan/atau aset komunitas',
            'Help the work team identify social-welfare resources (PSKS) and community assets',
        ],
    ],
    perencanaan: [
        [
            'skala-prioritas',
            'Memfasilitasi tim kerja masyarakat membuat skala prioritas kebutuhan penerima manfaat',
            "Help the work team prioritise beneficiaries' needs",
        ],
        [
            'penentuan-tujuan-kegiatan',
            'Memfasilitasi tim kerja masyarakat menentukan tujuan perubahan, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan dan rujukan secara partisipatif',
            'Help the work team set goals, activities, resources, parties, services and referrals, participatively',
        ],
        KESEPAKATAN_JADWAL,
    ],
    intervensi: [
        { key: 'pemetaan-sosial', label: 'Pemetaan sosial', labelEn: 'Social mapping' },
        { key: 'advokasi-sosial', label: 'Advokasi sosial', labelEn: 'Social advocacy' },
        {
            key: 'pendidikan-psikoedukasi',
            label: 'Pendidikan psikoedukasi',
            labelEn: 'Psychoeducation',
        },
        { key: 'kampanye-sosial', label: 'Kampanye sosial', labelEn: 'Social campaign' },
        {
            key: 'pengembangan-kemitraan',
            label: 'Mengembangkan kemitraan',
            labelEn: 'Develop partnerships',
        },
        {
            key: 'peningkatan-aksesibilitas',
            label: 'Meningkatkan aksesibilitas',
            labelEn: 'Improve accessibility',
        },
        { key: 'supervisi-sosial', label: 'Supervisi sosial', labelEn: 'Social supervision' },
        {
            key: 'penguatan-integrasi-sosial',
            label: 'Memperkuat integrasi sosial',
            labelEn: 'Strengthen social integration',
        },
        {
            key: 'inovasi-praktik',
            label: 'Mengembangkan inovasi praktik pekerjaan sosial',
            labelEn: 'Develop social-work practice innovations',
        },
        {
            key: 'pengembangan-sosial-lainnya',
            label: 'Pengembangan sosial bentuk lain yang ditentukan oleh pimpinan lembaga',
            labelEn: 'Other forms of social development set by the head of the institution',
        },
    ],
    evaluasiPartisipatif: true,
    terminasiDisaksikanPemohon: false,
    bulan: 12,
    tarif: {
        judul: 'Matriks Tarif Jasa Pengembangan Sosial',
        // E's matrix starts with asesmen: there is no penjangkauan row (nor an outreach activity).
        penjangkauan: false,
        kelompok: [
            [
                {
                    key: 'pemetaan-sosial',
                    label: 'Pemetaan sosial',
                    labelEn: 'Social mapping',
                    kegiatan: ['pemetaan-sosial'],
                },
                {
                    key: 'advokasi-sosial',
                    label: 'Advokasi sosial',
                    labelEn: 'Social advocacy',
                    kegiatan: ['advokasi-sosial'],
                },
                {
                    key: 'pendidikan-psikoedukasi',
                    label: 'Pendidikan psikoedukasi',
                    labelEn: 'Psychoeducation',
                    kegiatan: ['pendidikan-psikoedukasi'],
                },
                {
                    key: 'lainnya',
                    label: 'Kegiatan pengembangan sosial lainnya',
                    labelEn: 'Other social-development activities',
                    kegiatan: [
                        'kampanye-sosial',
                        'pengembangan-kemitraan',
                        'peningkatan-aksesibilitas',
                        'supervisi-sosial',
                        'penguatan-integrasi-sosial',
                        'inovasi-praktik',
                        'pengembangan-sosial-lainnya',
                    ],
                },
            ],
        ],
        rujukan: true,
    },
    // 1.5.2 lists the products of the process as a whole; each is tied to the activity that
    // yields it. Item d (the intervention itself) has no single activity: `tahap:intervensi`.
    produkLain: produkBerhuruf('1.5.2', [
        [
            'tim-kerja-terbentuk',
            'pembentukan-tim-kerja',
            'Terbentuknya tim kerja masyarakat',
            'Community work team formed',
            'terbentuknya tim kerja masyarakat',
        ],
        [
            'isu-komunitas-teridentifikasi',
            'pengumpulan-data',
            'Teridentifikasinya isu komunitas (masalah, kebutuhan dan potensi sumber)',
            'Community issues identified (problems, needs, resources)',
            'teridentifikasinya isu komunitas berupa masalah, kebutuhan dan potensi sumber yang ada di masyarakat',
        ],
        [
            'prioritas-isu-disepakati',
            'skala-prioritas',
            'Disepakatinya prioritas isu komunitas yang akan diintervensi',
            'Priority issues agreed',
            'disepakatinya prioritas isu komunitas yang akan diintervensi',
        ],
        [
            'intervensi-partisipatif',
            'tahap:intervensi',
            'Pelaksanaan intervensi dengan melibatkan masyarakat',
            'Intervention carried out with the community',
            'pelaksanaan intervensi dengan melibatkan masyarakat',
        ],
        [
            'evaluasi-partisipatif',
            'evaluasi-intervensi',
            'Pelaksanaan evaluasi dengan melibatkan masyarakat',
            'Evaluation carried out with the community',
            'pelaksanaan evaluasi dengan melibatkan masyarakat',
        ],
    ], (_key, kegiatan) => kegiatan === 'tahap:intervensi'
        ? 'Produk ini milik tahap intervensi secara keseluruhan (angka 1.2.6), bukan satu kegiatan; `kegiatan` berisi "tahap:intervensi".'
        : undefined),
    dasarHukumBernomor: true,
    fasilitas: FASILITAS_UMUM,
    pelaksanaLain: ['penyuluh-sosial', 'tenaga-kesejahteraan-sosial', 'relawan-sosial'],
    topikPelatihan: 'pengembangan sosial',
    topikPelatihanEn: 'social development',
    topikPraktik: 'pengembangan sosial',
    topikPraktikEn: 'social development',
    pengalamanJaminan: 'Memiliki pengalaman mengenai program pengembangan sosial dan advokasi sosial',
    pengalamanJaminanEn: 'Experience in social-development programmes and social advocacy',
};
/* ---------------------------------------------------------------- exports */
/** The five service standards of the Lampiran, keyed by service (Pasal 32 ayat 2). */
export const STANDAR = deepFreeze({
    pencegahan: buildStandar(PENCEGAHAN),
    perlindungan: buildStandar(PERLINDUNGAN),
    rehabilitasi: buildStandar(REHABILITASI),
    pemberdayaan: buildStandar(PEMBERDAYAAN),
    pengembangan: buildStandar(PENGEMBANGAN),
});
/** Labels of the client kinds used in `jenisKlien.keys` (1.1.1 of each service). */
export const JENIS_KLIEN_LABEL = {
    individu: 'Individu',
    keluarga: 'Keluarga',
    kelompok: 'Kelompok',
    masyarakat: 'Masyarakat',
    komunitas: 'Komunitas',
    desa: 'Desa',
    kecamatan: 'Kecamatan',
    kabupaten: 'Kabupaten',
    lembaga: 'Lembaga (potensi sumber kesejahteraan sosial)',
    'perorangan-sumber': 'Perseorangan sebagai potensi sumber daya kesejahteraan sosial',
};
/**
 * Clauses about clients that `StandarLayanan` has no field for, kept as data so rules can
 * use them: B 1.1.3 (registration in the welfare information system), C 1.1.2 (target
 * groups, the ATENSI clusters), E 1.2.1 (delivery routes).
 */
export const PERSYARATAN_KLIEN_PERLINDUNGAN = deepFreeze([
    [
        'terdaftar-siks',
        'Terdaftar pada sistem informasi kesejahteraan sosial',
        'Registered in the social-welfare information system',
    ],
    [
        'persyaratan-lembaga',
        'Persyaratan lainnya disesuaikan dengan kebijakan lembaga penyedia layanan',
        "Other requirements set by the institution's policy",
    ],
].map((d, i) => item(d, { angka: '1.1.3', butir: String(i + 1) })));
export const SASARAN_REHABILITASI = deepFreeze(berhuruf([
    [
        'anak',
        'Anak balita terlantar, anak terlantar, anak yang memerlukan perlindungan khusus, anak jalanan',
        'Children (neglected, in need of special protection, street children)',
    ],
    ['penyandang-disabilitas', 'Penyandang disabilitas', 'Persons with disabilities'],
    [
        'tuna-sosial-korban',
        'Tuna sosial, korban tindak kekerasan, korban perdagangan orang, korban penyalahgunaan napza',
        'Social outcasts, victims of violence, trafficking and drug abuse',
    ],
    ['lanjut-usia', 'Lanjut usia', 'Older persons'],
], '1.1.2'));
export const JALUR_PENGEMBANGAN = deepFreeze(berhuruf([
    ['melalui-individu', 'Pengembangan sosial melalui individu', 'Through individuals'],
    ['melalui-kelompok', 'Pengembangan sosial melalui kelompok', 'Through groups'],
    ['melalui-masyarakat', 'Pengembangan sosial melalui masyarakat', 'Through the community'],
], '1.2.1'));
/** "Lampiran C angka 2.3.2 huruf a", "Lampiran C angka 1.2.5 huruf a butir 3)", "Lampiran B angka 2.1 butir 4)". */
export function formatBagian(huruf, b) {
    let s = `Lampiran ${huruf} angka ${b.angka}`;
    if (b.huruf !== undefined)
        s += ` huruf ${b.huruf}`;
    if (b.butir !== undefined)
        s += ` butir ${b.butir})`;
    return s;
}
