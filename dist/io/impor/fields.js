/**
 * Register fields a legacy column can map to, with the Indonesian and English
 * headers, abbreviations and spellings offices use for them, and the mapping
 * proposal: exact synonym, then prefix, then close spelling (fastest-levenshtein).
 */
import { distance } from 'fastest-levenshtein';
import { KOLOM_REGISTER } from '../../model/register-kolom.js';
import { fold } from './values.js';
/** Special targets: the value goes to the case's notes as "Kolom X: value", or is ignored on purpose. */
export const KE_CATATAN = 'simpan-di-catatan';
export const ABAIKAN = 'abaikan';
const TARGETS_TERTULIS = [
    {
        key: 'nomor',
        kind: 'id',
        synonyms: [
            'No Reg',
            'No. Reg',
            'No Register',
            'No. Register',
            'Nomor Register',
            'No Registrasi',
            'Nomor Registrasi',
            'Reg',
            'No Induk',
            'Nomor Induk',
            'No Induk Klien',
            'Kode Klien',
            'ID Klien',
            'No Kasus',
            'Nomor Kasus',
            'No. Kasus',
            'No Berkas',
            'Register No',
            'Registration Number',
            'Case Number',
            'Case ID',
            'No RM',
            'No Rekam',
            'No. Regis',
            'Noreg',
        ],
    },
    {
        key: 'klien.nama',
        kind: 'teks',
        synonyms: [
            'Nama',
            'Nama Klien',
            'Nama Lengkap',
            'Nama Lengkap Klien',
            'Nama PM',
            'Nama Penerima Manfaat',
            'Penerima Manfaat',
            'Nama Anak',
            'Nama Warga Binaan',
            'Nama WBS',
            'Nama Lansia',
            'Nama Peserta',
            'Nama Klien PM',
            'Klien',
            'Client Name',
            'Name',
            'Full Name',
            'Nama Klien Penerima Manfaat',
        ],
    },
    {
        key: 'klien.nik',
        kind: 'nik',
        synonyms: [
            'NIK',
            'No KTP',
            'No. KTP',
            'Nomor KTP',
            'NIK Klien',
            'No NIK',
            'Nomor NIK',
            'Nomor Induk Kependudukan',
            'KTP',
            'NIK KTP',
            'ID Number',
            'National ID',
            'NIK No KTP',
        ],
    },
    {
        key: 'klien.tempatTanggalLahir',
        kind: 'tempat-tanggal',
        synonyms: [
            'Tempat Tgl Lahir',
            'Tempat/Tgl Lahir',
            'Tempat Tanggal Lahir',
            'TTL',
            'Tempat dan Tanggal Lahir',
            'Tempat & Tgl Lahir',
            'Tmp Tgl Lahir',
            'Tmpt Tgl Lahir',
            'Tempat Tgl Lhr',
            'Place and Date of Birth',
            'Tempat, Tanggal Lahir',
        ],
    },
    {
        key: 'klien.tempatLahir',
        kind: 'khusus',
        synonyms: ['Tempat Lahir', 'Tmp Lahir', 'Tmpt Lahir', 'Place of Birth', 'Lahir Di'],
    },
    {
        key: 'klien.tanggalLahir',
        kind: 'tanggal',
        synonyms: [
            'Tgl Lahir',
            'Tanggal Lahir',
            'Tgl. Lahir',
            'Tgl Lhr',
            'Date of Birth',
            'DOB',
            'Birth Date',
            'Lahir',
        ],
    },
    {
        key: 'klien.jenisKelamin',
        kind: 'khusus',
        synonyms: [
            'L/P',
            'LP',
            'L P',
            'JK',
            'J K',
            'Jenis Kelamin',
            'Kelamin',
            'Jns Kel',
            'Jenis Kel',
            'Jns Kelamin',
            'Gender',
            'Sex',
            'P/L',
        ],
    },
    {
        key: 'klien.alamat',
        kind: 'teks',
        synonyms: [
            'Alamat',
            'Alamat Lengkap',
            'Alamat Asal',
            'Alamat Klien',
            'Alamat Rumah',
            'Alamat KTP',
            'Alamat Sesuai KTP',
            'Domisili',
            'Tempat Tinggal',
            'Address',
        ],
    },
    {
        key: 'klien.kodeWilayah',
        kind: 'id',
        synonyms: ['Kode Wilayah', 'Kode Wil', 'Kode Kemendagri', 'Kode Desa', 'Kode Kecamatan'],
    },
    { key: 'klien.jenis', kind: 'khusus', synonyms: ['Jenis Klien', 'Tipe Klien', 'Client Type'] },
    {
        key: 'klien.ppks',
        kind: 'khusus',
        synonyms: [
            'PPKS',
            'Kategori PPKS',
            'Jenis PPKS',
            'Kategori',
            'Permasalahan',
            'Masalah',
            'Jenis Masalah',
            'Masalah Sosial',
            'Jenis Permasalahan',
            'Kategori Klien',
        ],
    },
    {
        key: 'klien.klaster',
        kind: 'khusus',
        synonyms: ['Klaster', 'Klaster ATENSI', 'Kluster', 'Cluster', 'Sasaran', 'Klaster Layanan'],
    },
    {
        key: 'klien.dtks',
        kind: 'khusus',
        synonyms: [
            'DTKS',
            'DTSEN',
            'Status DTSEN',
            'Terdaftar DTSEN',
            'Status DTKS',
            'Terdaftar DTKS',
            'DTKS Ya Tidak',
            'DTSEN',
            'Status DTSEN',
            'Terdaftar di DTKS',
        ],
    },
    { key: 'klien.basisLayanan', kind: 'khusus', synonyms: ['Basis Layanan', 'Basis', 'Berbasis'] },
    {
        key: 'layanan',
        kind: 'khusus',
        synonyms: [
            'Layanan',
            'Jenis Layanan',
            'Bidang Layanan',
            'Bidang',
            'Program',
            'Program Layanan',
            'Service',
            'Jenis Pelayanan',
            'Pelayanan',
        ],
    },
    {
        key: 'status',
        kind: 'khusus',
        synonyms: [
            'Status',
            'Status Kasus',
            'Status Klien',
            'Status Layanan',
            'Keadaan',
            'Kondisi Akhir',
            'Status Akhir',
        ],
    },
    {
        key: 'pekerjaSosial',
        kind: 'khusus',
        synonyms: [
            'Peksos',
            'Pekerja Sosial',
            'Nama Peksos',
            'Pendamping',
            'Nama Pendamping',
            'Pendamping Sosial',
            'Petugas',
            'Case Manager',
            'Manajer Kasus',
            'Social Worker',
            'Peksos Pendamping',
            'Penanggung Jawab Kasus',
            'PJ Kasus',
        ],
    },
    { key: 'supervisor', kind: 'khusus', synonyms: ['Supervisor', 'Supervisor Peksos', 'Penyelia'] },
    {
        key: 'tahapan.pendekatanAwal.tanggal',
        kind: 'tanggal',
        synonyms: [
            'Tgl Masuk',
            'Tanggal Masuk',
            'Tgl. Masuk',
            'Tanggal Diterima',
            'Tgl Diterima',
            'Tanggal Registrasi',
            'Tgl Registrasi',
            'Tgl Daftar',
            'Tanggal Daftar',
            'Tanggal Pendaftaran',
            'Tgl Pendaftaran',
            'Tanggal Mulai',
            'Tgl Mulai',
            'Mulai Layanan',
            'Tanggal Mulai Layanan',
            'Admission Date',
            'Date In',
            'Date of Admission',
            'Masuk',
            'Tgl Msk',
            'Tanggal Register',
        ],
    },
    {
        key: 'tahapan.pendekatanAwal.kesepakatan',
        kind: 'tanggal',
        synonyms: [
            'Tgl Kesepakatan',
            'Tanggal Kesepakatan',
            'Tgl Kontrak',
            'Tanggal Kontrak',
            'Tanggal Kontrak Layanan',
            'Tgl Kontrak Layanan',
            'Tanggal Persetujuan',
        ],
    },
    {
        key: 'tahapan.asesmen.tanggal',
        kind: 'tanggal',
        synonyms: ['Tgl Asesmen', 'Tanggal Asesmen', 'Tgl Assessment', 'Tanggal Assessment', 'Asesmen'],
    },
    {
        key: 'tahapan.intervensi.mulai',
        kind: 'tanggal',
        synonyms: ['Tgl Intervensi', 'Tanggal Intervensi', 'Mulai Intervensi'],
    },
    {
        key: 'tahapan.terminasi.tanggal',
        kind: 'tanggal',
        synonyms: [
            'Tgl Keluar',
            'Tanggal Keluar',
            'Tgl. Keluar',
            'Tgl Terminasi',
            'Tanggal Terminasi',
            'Tgl Selesai',
            'Tanggal Selesai',
            'Tanggal Selesai Layanan',
            'Tgl Pulang',
            'Tanggal Pulang',
            'Date Out',
            'Discharge Date',
            'Keluar',
            'Terminasi',
            'Tgl Klr',
        ],
    },
    {
        key: 'tahapan.rujukan.tanggal',
        kind: 'tanggal',
        synonyms: ['Tgl Rujukan', 'Tanggal Rujukan', 'Tgl Dirujuk', 'Tanggal Dirujuk'],
    },
    {
        key: 'tahapan.rujukan.lembagaPenerima',
        kind: 'teks',
        synonyms: [
            'Dirujuk Ke',
            'Rujukan Ke',
            'Lembaga Rujukan',
            'Tujuan Rujukan',
            'Lembaga Penerima Rujukan',
            'Referred To',
        ],
    },
    {
        key: 'pemohon.nama',
        kind: 'teks',
        synonyms: [
            'Rujukan',
            'Asal Rujukan',
            'Dirujuk Oleh',
            'Perujuk',
            'Pengirim',
            'Sumber Rujukan',
            'Rujukan Dari',
            'Pemohon',
            'Referral',
            'Referred By',
            'Instansi Pengirim',
        ],
    },
    { key: 'pemohon.jenis', kind: 'teks', synonyms: ['Jenis Pemohon', 'Jenis Rujukan'] },
    // Every stage of the case process (Permensos 14/2020 Lampiran A–E angka 1.2) has its
    // date field: a legacy column naming a stage lands there, not in the notes (issue 14.5).
    {
        key: 'tahapan.pendekatanAwal.rujukKeluar.tanggal',
        kind: 'tanggal',
        synonyms: ['Tgl Rujuk Keluar', 'Tgl Dirujuk Keluar', 'Tgl Tidak Memenuhi Kriteria'],
    },
    {
        key: 'tahapan.pendekatanAwal.rujukKeluar.lembaga',
        kind: 'teks',
        synonyms: ['Rujuk Keluar Ke', 'Dirujuk Keluar Ke', 'Lembaga Rujuk Keluar'],
    },
    {
        key: 'tahapan.perencanaan.tanggal',
        kind: 'tanggal',
        synonyms: [
            'Tgl Perencanaan',
            'Tgl Rencana Intervensi',
            'Rencana Intervensi',
            'Tgl Rencana',
            'Tgl Rencana Layanan',
            'Tgl Penyusunan Rencana',
            'Tgl Rencana Pelayanan',
            'Perencanaan',
            'Tgl Care Plan',
            'Planning Date',
        ],
    },
    {
        key: 'tahapan.intervensi.selesai',
        kind: 'tanggal',
        synonyms: [
            'Tgl Selesai Intervensi',
            'Selesai Intervensi',
            'Tgl Akhir Intervensi',
            'Akhir Intervensi',
        ],
    },
    {
        key: 'tahapan.evaluasi.tanggal',
        kind: 'tanggal',
        synonyms: ['Tgl Evaluasi', 'Evaluasi', 'Tgl Monev', 'Tgl Evaluasi Layanan', 'Evaluation Date'],
    },
    { key: 'tahapan.pendekatanAwal.catatan', kind: 'teks', synonyms: ['Catatan Pendekatan Awal'] },
    {
        key: 'tahapan.asesmen.catatan',
        kind: 'teks',
        synonyms: ['Hasil Asesmen', 'Catatan Asesmen', 'Hasil Assessment', 'Hasil Pengkajian'],
    },
    {
        key: 'tahapan.perencanaan.catatan',
        kind: 'teks',
        synonyms: ['Catatan Perencanaan', 'Isi Rencana Intervensi', 'Uraian Rencana Intervensi'],
    },
    {
        key: 'tahapan.intervensi.catatan',
        kind: 'teks',
        synonyms: ['Catatan Intervensi', 'Bentuk Intervensi', 'Jenis Intervensi'],
    },
    {
        key: 'tahapan.evaluasi.catatan',
        kind: 'teks',
        synonyms: ['Hasil Evaluasi', 'Catatan Evaluasi'],
    },
    { key: 'tahapan.rujukan.catatan', kind: 'teks', synonyms: ['Alasan Rujukan', 'Catatan Rujukan'] },
    {
        key: 'tahapan.terminasi.catatan',
        kind: 'teks',
        synonyms: ['Alasan Terminasi', 'Catatan Terminasi', 'Alasan Keluar', 'Alasan Berhenti'],
    },
    {
        key: 'tahapan.terminasi.dibahasDenganSupervisor',
        kind: 'ya-tidak',
        synonyms: ['Dibahas dengan Supervisor', 'Terminasi Dibahas dengan Supervisor'],
    },
    {
        key: 'tahapan.terminasi.klienDiberitahu',
        kind: 'ya-tidak',
        synonyms: ['Klien Diberitahu', 'Diberitahukan ke Klien'],
    },
    {
        key: 'tahapan.terminasi.formulirDitandatangani',
        kind: 'ya-tidak',
        synonyms: [
            'Formulir Ditandatangani',
            'Formulir Terminasi Ditandatangani',
            'Formulir Terminasi',
        ],
    },
    {
        key: 'tahapan.terminasi.disaksikanPemohon',
        kind: 'ya-tidak',
        synonyms: ['Disaksikan Pemohon'],
    },
    {
        key: 'klien.abh',
        kind: 'ya-tidak',
        synonyms: ['ABH', 'Anak Berhadapan dengan Hukum', 'Status ABH'],
    },
    // An extension of the service period (1.3.3); a legacy register has at most one per row.
    {
        key: 'perpanjangan.tanggal',
        kind: 'tanggal',
        synonyms: ['Tgl Perpanjangan', 'Perpanjangan', 'Tgl Diperpanjang'],
    },
    {
        key: 'perpanjangan.sampai',
        kind: 'tanggal',
        synonyms: ['Perpanjangan Sampai', 'Diperpanjang Sampai', 'Tgl Akhir Perpanjangan'],
    },
    {
        key: 'perpanjangan.dasar',
        kind: 'teks',
        synonyms: ['Dasar Perpanjangan', 'Alasan Perpanjangan'],
    },
    { key: 'timKerjaMasyarakat', kind: 'khusus', synonyms: ['Tim Kerja Masyarakat', 'TKM'] },
    {
        key: 'catatan',
        kind: 'teks',
        multi: true,
        synonyms: [
            'Keterangan',
            'Ket',
            'Ket.',
            'Catatan',
            'Notes',
            'Note',
            'Remarks',
            'Keterangan Lain',
        ],
    },
    // Columns that carry nothing of the case: a running number, or what the rejected-rows workbook adds.
    {
        key: ABAIKAN,
        kind: 'khusus',
        multi: true,
        synonyms: [
            'No',
            'No.',
            'No Urut',
            'Nomor Urut',
            'Nomor',
            'No Baris',
            '#',
            'Baris Asal',
            'Alasan',
            'Alasan Ditolak',
            'Urut',
        ],
    },
];
/**
 * Every other column of the canonical register is a target too, so a field added to the
 * register is importable at once: dates, yes/no and text by their kind, choices and lists
 * by the column's allowed values (`pilihan`).
 */
const JENIS_DARI_KOLOM = {
    date: 'tanggal',
    bool: 'ya-tidak',
    text: 'teks',
    enum: 'pilihan',
    list: 'pilihan',
};
export const TARGETS = [
    ...TARGETS_TERTULIS,
    ...KOLOM_REGISTER.flatMap((k) => {
        const key = k.path
            .replace(/\/\*\//g, '/')
            .split('/')
            .join('.');
        const kind = JENIS_DARI_KOLOM[k.kind];
        if (!kind || TARGETS_TERTULIS.some((t) => t.key === key))
            return [];
        return [{ key, kind, synonyms: [k.header, ...(k.aliases ?? [])] }];
    }),
];
/** The canonical column of a generated target (its allowed values, list or single). */
export function kolomKanonik(key) {
    return KOLOM_REGISTER.find((k) => k.path
        .replace(/\/\*\//g, '/')
        .split('/')
        .join('.') === key);
}
/**
 * The canonical register's own headers and aliases (register-columns.ts) are synonyms
 * of the field they hold, so a sheet laid out like `register/*.xlsx` maps fully and a
 * field added to the register is never without a header the importer knows.
 */
const KANONIK = new Map();
for (const k of KOLOM_REGISTER) {
    const key = k.path
        .replace(/\/\*\//g, '/')
        .split('/')
        .join('.');
    KANONIK.set(key, [...(KANONIK.get(key) ?? []), k.header, ...(k.aliases ?? [])]);
}
/** Canonical header → field, tried before the legacy synonyms (one of them, "Nomor", is a running number in legacy sheets). */
const DARI_KANONIK = [...KANONIK].flatMap(([key, hs]) => TARGETS.some((t) => t.key === key)
    ? hs.filter((h) => h !== 'Nomor').map((h) => ({ folded: foldHeader(h), key }))
    : []);
export const TARGET_KEYS = [
    ...TARGETS.map((t) => t.key).filter((k) => k !== ABAIKAN),
    'catatan',
    KE_CATATAN,
    ABAIKAN,
].filter((k, i, a) => a.indexOf(k) === i);
export function targetOf(key) {
    return TARGETS.find((t) => t.key === key);
}
const SYNONYMS = [
    ...TARGETS.flatMap((t) => t.synonyms.map((s) => ({ folded: foldHeader(s), key: t.key }))),
    ...DARI_KANONIK,
];
const BY_FOLDED = new Map();
for (const s of SYNONYMS)
    if (!BY_FOLDED.has(s.folded))
        BY_FOLDED.set(s.folded, s.key);
/** Header text folded for comparison: "Tgl. Masuk" → "tgl masuk", "Tempat/Tgl Lahir" → "tempat tgl lahir". */
export function foldHeader(s) {
    return fold(s
        .replace(/\btanggal\b/gi, 'tgl')
        .replace(/\bnomor\b/gi, 'no')
        .replace(/\bnomer\b/gi, 'no'))
        .replace(/\b(dd mm yyyy|dd mm yy|hh bb tttt|tgl bln thn|yyyy mm dd)\b/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Best target for one header text, or null. */
export function matchHeader(header) {
    const f = foldHeader(header);
    if (!f)
        return null;
    const exact = BY_FOLDED.get(f);
    if (exact)
        return { key: exact, score: 1 };
    // "Alamat Lengkap Sesuai KTP", "Nama Klien (sesuai KK)": a known header followed by more words.
    let best = null;
    for (const s of SYNONYMS) {
        if (s.folded.length >= 3 && f.startsWith(s.folded + ' ')) {
            const score = 0.85 * Math.min(1, (s.folded.length + 6) / f.length);
            if (!best || score > best.score)
                best = { key: s.key, score };
        }
    }
    if (best && best.score >= 0.5)
        return best;
    // Close spelling: "Tgl Msuk", "Jenis Klamin".
    for (const s of SYNONYMS) {
        if (s.folded.length < 4)
            continue;
        // The edit distance is at least the length difference: skip what cannot be close
        // (a 30 000-character data cell in the header scan would otherwise cost seconds).
        const limit = Math.max(1, Math.floor(s.folded.length / 5));
        if (Math.abs(f.length - s.folded.length) > limit)
            continue;
        const d = distance(f, s.folded);
        const score = 1 - d / Math.max(f.length, s.folded.length);
        if (d <= limit && (!best || score > best.score))
            best = { key: s.key, score: Math.min(score, 0.8) };
    }
    return best;
}
/**
 * One target per column. Each field is taken by its best-matching column; a second
 * column matching the same field keeps its values in the notes (never dropped).
 */
export function proposeMapping(headers) {
    const candidates = headers.map((h) => {
        let best = null;
        for (const v of [h.header, ...(h.variants ?? [])]) {
            const m = matchHeader(v);
            if (m && (!best || m.score > best.score))
                best = m;
        }
        return { ...h, best };
    });
    const taken = new Map();
    const order = [...candidates].sort((a, b) => (b.best?.score ?? 0) - (a.best?.score ?? 0) || a.index - b.index);
    const result = new Map();
    for (const c of order) {
        const key = c.best?.key;
        const field = key ? targetOf(key) : undefined;
        if (key && (field?.multi || !taken.has(key))) {
            taken.set(key, c.index);
            result.set(c.index, { index: c.index, header: c.header, target: key, score: c.best.score });
        }
        else {
            result.set(c.index, { index: c.index, header: c.header, target: KE_CATATAN, score: 0 });
        }
    }
    return headers.map((h) => result.get(h.index));
}
