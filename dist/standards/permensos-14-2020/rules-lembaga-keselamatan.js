import { tambahBulan } from '../../core/tanggal.js';
import { bagianPendek, diBidang, diLembaga, layananRule, terisi, untukLembaga } from './define.js';
import { temuan, masihBerlaku, berkala } from './rules-lembaga-bantu.js';
import { pesanDi, setel } from '../contoh.js';
export const fasilitasMinimum = layananRule('fasilitas-minimum', 'error', {
    bagian: (s) => s.fasilitas.map((f) => f.bagian),
    summary: {
        id: 'Lembaga memiliki sarana dan prasarana minimum layanan itu (rehabilitasi: juga ruang terapi dan shelter).',
        en: 'The institution has the minimum facilities of that service (rehabilitation: also a therapy room and a shelter).',
    },
    doc: {
        id: 'Untuk setiap butir angka 2.2.1 layanan yang diselenggarakan, `fasilitas.<kunci>` harus `true` atau jumlah > 0. Kunci: kantor, ruang-asesmen, lemari-arsip-terkunci, komputer, media-kie, dokumen-layanan, sarana-mobilitas; Lampiran C menambah ruang-terapi (huruf b) dan shelter (huruf c), sehingga huruf butir lain bergeser. Fasilitas dipakai bersama semua layanan, jadi setiap fasilitas yang kurang dilaporkan sekali.',
        en: 'For each item of 2.2.1 of an offered service, `fasilitas.<key>` must be true or a count > 0. Lampiran C adds ruang-terapi (b) and shelter (c), shifting the other letters. Facilities are shared, so each missing one is reported once.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Komputer 0 unit.', '/fasilitas/komputer', 0, pesanDi('Fasilitas minimum belum ada: Laptop/komputer.', 'lembaga.yaml:132')),
            ],
            lulus: [setel('Komputer 1 unit.', '/fasilitas/komputer', 1)],
        },
        gagal: setel('Tanpa shelter.', '/fasilitas/shelter', false),
    },
    check(ctx) {
        const out = [];
        const done = new Set();
        const f = ctx.lembaga.fasilitas ?? {};
        for (const k of ctx.layanan)
            for (const item of ctx.standar[k].fasilitas) {
                if (done.has(item.key))
                    continue;
                done.add(item.key);
                if (terisi(f[item.key]))
                    continue;
                out.push({
                    message: 'r.fasilitas.kurang',
                    params: { fasilitas: item.label, kunci: item.key, layanan: ctx.standar[k].nama },
                    ...diLembaga(k, diBidang('/fasilitas', f, item.key)),
                    bagian: bagianPendek(item.bagian),
                    value: f[item.key] ?? null,
                    expected: true,
                    hint: 'r.fasilitas.saran',
                    hintParams: { kunci: item.key },
                });
            }
        return out;
    },
});
export const peralatanKerja = layananRule('peralatan-kerja', 'warning', {
    lingkup: 'lembaga',
    bagian: (s) => s.peralatan.map((p) => p.bagian),
    summary: {
        id: 'Lembaga memiliki peralatan kerja dan layanan (angka 2.2.3).',
        en: 'The institution has the work and service equipment of 2.2.3.',
    },
    doc: {
        id: 'Untuk setiap butir angka 2.2.3 (peralatan administrasi, layanan, komunikasi, transportasi, direktori lembaga, keamanan-keselamatan), `peralatan.<kunci>` harus `true` atau jumlah > 0. Peringatan: standar menyebut jenisnya, bukan jumlahnya. Angka 2.2.2 (ukuran ruang, cahaya, kebersihan harian) dibaca dari catatan pemeriksaan lembaga oleh aturan sarana-pemeriksaan.',
        en: "For each item of 2.2.3, `peralatan.<key>` must be true or a count > 0. A warning: the standard names kinds, not counts. 2.2.2 (room size, light, daily cleaning) is read from the institution's inspection record by sarana-pemeriksaan.",
    },
    contoh: {
        batas: {
            gagal: [
                setel('Peralatan layanan 0.', '/peralatan/peralatan-layanan', 0, pesanDi('Peralatan belum tercatat: Peralatan pelaksanaan layanan.', 'lembaga.yaml:139')),
            ],
            lulus: [setel('Peralatan layanan 1.', '/peralatan/peralatan-layanan', 1)],
        },
        gagal: setel('Tanpa peralatan komunikasi.', '/peralatan/peralatan-komunikasi', false),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const p = ctx.lembaga.peralatan ?? {};
        return ctx.standar[k].peralatan
            .filter((item) => !terisi(p[item.key]))
            .map((item) => ({
            message: 'r.peralatan.kurang',
            params: { peralatan: item.label, kunci: item.key },
            ...diLembaga(k, diBidang('/peralatan', p, item.key)),
            bagian: bagianPendek(item.bagian),
            expected: true,
        }));
    }),
});
export const keselamatanGedung = layananRule('keselamatan-gedung', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => s.keselamatan.gedung.map((g) => g.bagian),
    summary: {
        id: 'Gedung dilengkapi protokol keadaan darurat, APAR yang masih berlaku, jalur evakuasi dan tanda arah, serta tempat berkumpul.',
        en: 'The building has an emergency protocol, an unexpired fire extinguisher, an evacuation route with signs and an assembly point.',
    },
    doc: {
        id: 'Membaca `keselamatan`: `protokolDarurat` (2.7.1 a), `apar.jumlah` > 0 dan `apar.kedaluwarsa` tidak sebelum --tanggal (b), `jalurEvakuasi` dan `tandaArah` (c), `titikKumpul` (d). Satu temuan per unsur yang kurang.',
        en: 'Reads `keselamatan`: emergency protocol (2.7.1 a), `apar.jumlah` > 0 and `apar.kedaluwarsa` not before --tanggal (b), evacuation route and signs (c), assembly point (d). One finding per missing element.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('APAR kedaluwarsa kemarin.', '/keselamatan/apar/kedaluwarsa', '2026-11-24', pesanDi('Isi APAR kedaluwarsa sejak 2026-11-24.', 'lembaga.yaml:147')),
            ],
            lulus: [
                setel('APAR kedaluwarsa hari ini: masih berlaku.', '/keselamatan/apar/kedaluwarsa', '2026-11-25'),
            ],
        },
        gagal: setel('Tanpa APAR.', '/keselamatan/apar', undefined),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const ks = ctx.lembaga.keselamatan ?? {};
        const out = [];
        const at = (field) => diBidang('/keselamatan', ks, field);
        if (ks.protokolDarurat !== true)
            out.push(temuan(k, 'r.keselamatan.protokol', at('protokolDarurat'), '2.7.1 a'));
        if (!ks.apar || !(typeof ks.apar.jumlah === 'number' && ks.apar.jumlah > 0))
            out.push({
                message: 'r.keselamatan.apar',
                ...diLembaga(k, at('apar')),
                bagian: '2.7.1 b',
                hint: 'r.keselamatan.saranApar',
            });
        else if (ks.apar.kedaluwarsa !== undefined && !masihBerlaku(ks.apar.kedaluwarsa, ctx.tanggal))
            out.push({
                message: 'r.keselamatan.aparKedaluwarsa',
                params: { tanggal: String(ks.apar.kedaluwarsa) },
                ...diLembaga(k, '/keselamatan/apar/kedaluwarsa'),
                bagian: '2.7.1 b',
                value: ks.apar.kedaluwarsa,
                expected: `>= ${ctx.tanggal}`,
            });
        if (ks.jalurEvakuasi !== true || ks.tandaArah !== true)
            out.push({
                message: 'r.keselamatan.evakuasi',
                ...diLembaga(k, at(ks.jalurEvakuasi !== true ? 'jalurEvakuasi' : 'tandaArah')),
                bagian: '2.7.1 c',
            });
        if (ks.titikKumpul !== true)
            out.push(temuan(k, 'r.keselamatan.titikKumpul', at('titikKumpul'), '2.7.1 d'));
        return out;
    }),
});
export const keselamatanPelaksana = layananRule('keselamatan-pelaksana', 'warning', {
    lingkup: 'lembaga',
    bagian: (s) => s.keselamatan.pelaksana.slice(0, 2).map((g) => g.bagian),
    summary: {
        id: 'Pelaksana memperoleh informasi keamanan dan keselamatan serta latihan pengenalan dan penanganan bencana.',
        en: 'Workers receive safety information and disaster awareness and response training.',
    },
    doc: {
        id: 'Membaca `keselamatan.informasiKeselamatan` (2.7.2 a) dan `keselamatan.latihanBencanaTerakhir` (2.7.2 b) yang harus dalam selang `pengaturan.intervalLatihanBulan` (bawaan 12 bulan; standar tidak menetapkan selangnya; tepat pada batas selang masih memenuhi). Tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
        en: 'Reads `informasiKeselamatan` (2.7.2 a) and `latihanBencanaTerakhir` (2.7.2 b), which must fall within `pengaturan.intervalLatihanBulan` (default 12; the standard sets no interval; exactly at the interval passes). A date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Latihan bencana 12 bulan dan sehari lalu.', '/keselamatan/latihanBencanaTerakhir', '2025-11-24', pesanDi('Latihan pengenalan dan penanganan bencana terakhir: 2025-11-24 (harus dalam 12 bulan terakhir).', 'lembaga.yaml:152')),
                setel('Latihan bencana besok.', '/keselamatan/latihanBencanaTerakhir', '2026-11-26', pesanDi('keselamatan.latihanBencanaTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:152')),
            ],
            lulus: [
                setel('Latihan bencana tepat 12 bulan lalu.', '/keselamatan/latihanBencanaTerakhir', '2025-11-25'),
            ],
        },
        gagal: setel('Latihan bencana terakhir 2021.', '/keselamatan/latihanBencanaTerakhir', '2021-05-01'),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const ks = ctx.lembaga.keselamatan ?? {};
        const interval = ctx.lembaga.pengaturan?.intervalLatihanBulan ?? 12;
        const out = [];
        if (ks.informasiKeselamatan !== true)
            out.push({
                message: 'r.keselamatan.informasi',
                ...diLembaga(k, diBidang('/keselamatan', ks, 'informasiKeselamatan')),
                bagian: '2.7.2 a',
            });
        const tgl = ks.latihanBencanaTerakhir;
        const di = '/keselamatan/latihanBencanaTerakhir';
        const bidang = 'keselamatan.latihanBencanaTerakhir';
        return [
            ...out,
            ...berkala(ctx, tgl, interval, { k, pointer: di, bidang, bagian: '2.7.2 b' }, () => ({
                message: tgl ? 'r.keselamatan.latihanBencana' : 'r.keselamatan.latihanBencanaTidakAda',
                params: { tanggal: tgl ?? '-', bulan: interval },
                ...diLembaga(k, diBidang('/keselamatan', ks, 'latihanBencanaTerakhir')),
                bagian: '2.7.2 b',
                value: tgl ?? null,
            })),
        ];
    }),
});
export const latihanDrill = layananRule('latihan-drill', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => [s.keselamatan.pelaksana[2].bagian],
    summary: {
        id: 'Latihan penyelamatan diri (drill) dilakukan dalam selang yang ditetapkan lembaga (bawaan: setahun sekali).',
        en: 'An evacuation drill was held within the interval the institution set (default yearly).',
    },
    doc: {
        id: 'Membaca `keselamatan.latihanDrillTerakhir`; harus tidak lebih lama dari `pengaturan.intervalLatihanBulan` bulan sebelum --tanggal (bawaan 12). Standar mewajibkan drill tetapi tidak menetapkan selangnya; lembaga menetapkannya. Tepat 12 bulan (tanggal yang sama setahun lalu) masih memenuhi, sehari lebih lama tidak; tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
        en: 'Reads `latihanDrillTerakhir`; it must be no older than `pengaturan.intervalLatihanBulan` months before --tanggal (default 12). The standard requires drills but sets no interval. Exactly 12 months (the same day a year before) passes, one day more does not; a date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Drill 12 bulan dan sehari lalu.', '/keselamatan/latihanDrillTerakhir', '2025-11-24', pesanDi('Latihan drill terakhir 2025-11-24, lebih dari 12 bulan lalu.', 'lembaga.yaml:153')),
                setel('Drill besok: salah ketik, bukan "terlalu lama".', '/keselamatan/latihanDrillTerakhir', '2026-11-26', pesanDi('keselamatan.latihanDrillTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:153')),
            ],
            lulus: [
                setel('Drill tepat 12 bulan lalu.', '/keselamatan/latihanDrillTerakhir', '2025-11-25'),
                setel('Drill hari ini.', '/keselamatan/latihanDrillTerakhir', '2026-11-25'),
            ],
        },
        gagal: setel('Drill terakhir 2022.', '/keselamatan/latihanDrillTerakhir', '2022-08-17'),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const ks = ctx.lembaga.keselamatan ?? {};
        const interval = ctx.lembaga.pengaturan?.intervalLatihanBulan ?? 12;
        const tgl = ks.latihanDrillTerakhir;
        const di = '/keselamatan/latihanDrillTerakhir';
        return berkala(ctx, tgl, interval, { k, pointer: di, bidang: 'keselamatan.latihanDrillTerakhir' }, () => ({
            message: tgl ? 'r.keselamatan.drillLama' : 'r.keselamatan.drillTidakAda',
            params: { tanggal: tgl ?? '-', bulan: interval },
            ...diLembaga(k, diBidang('/keselamatan', ks, 'latihanDrillTerakhir')),
            value: tgl ?? null,
            expected: `>= ${tambahBulan(ctx.tanggal, -interval)}`,
        }));
    }),
});
export const kontakKeselamatan = layananRule('kontak-keselamatan', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => [s.keselamatan.kontak],
    summary: {
        id: 'Ada staf kontak utama keamanan dan keselamatan yang pelatihannya diperbarui setiap tahun.',
        en: 'A staff member is the safety contact, with training refreshed every year.',
    },
    doc: {
        id: 'Membaca `keselamatan.kontakKeselamatan.staf` (kode staf yang ada di `staf`) dan `kontakKeselamatan.pelatihanTerakhir` (tidak lebih dari 12 bulan sebelum --tanggal: "diperbaharui setiap tahun"; tepat 12 bulan masih memenuhi). Tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
        en: 'Reads `kontakKeselamatan.staf` (an existing staff id) and `pelatihanTerakhir` (no older than 12 months: "renewed every year"; exactly 12 months passes). A date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Pelatihan kontak 12 bulan dan sehari lalu.', '/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2025-11-24', pesanDi('Pelatihan kontak keselamatan terakhir 2025-11-24; harus diperbarui setiap tahun.', 'lembaga.yaml:154')),
                setel('Pelatihan kontak besok.', '/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2026-11-26', pesanDi('keselamatan.kontakKeselamatan.pelatihanTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:154')),
            ],
            lulus: [
                setel('Pelatihan kontak tepat 12 bulan lalu.', '/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2025-11-25'),
            ],
        },
        gagal: setel('Pelatihan kontak keselamatan 2023.', '/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2023-01-10'),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const kk = ctx.lembaga.keselamatan?.kontakKeselamatan;
        if (!kk || !terisi(kk.staf))
            return [
                {
                    message: 'r.keselamatan.kontakTidakAda',
                    ...diLembaga(k, kk ? '/keselamatan/kontakKeselamatan' : '/keselamatan'),
                },
            ];
        if (!ctx.lembaga.staf.some((s) => s.id === kk.staf))
            return [
                {
                    message: 'r.keselamatan.kontakTakDikenal',
                    params: { id: kk.staf },
                    ...diLembaga(k, '/keselamatan/kontakKeselamatan/staf'),
                    value: kk.staf,
                },
            ];
        const tgl = kk.pelatihanTerakhir;
        const di = '/keselamatan/kontakKeselamatan/pelatihanTerakhir';
        const bidang = 'keselamatan.kontakKeselamatan.pelatihanTerakhir';
        return berkala(ctx, tgl, 12, { k, pointer: di, bidang }, () => ({
            message: 'r.keselamatan.kontakPelatihan',
            params: { tanggal: tgl ?? '-' },
            ...diLembaga(k, diBidang('/keselamatan/kontakKeselamatan', kk, 'pelatihanTerakhir')),
            value: tgl ?? null,
            expected: `>= ${tambahBulan(ctx.tanggal, -12)}`,
        }));
    }),
});
export const penjelasanKlien = layananRule('penjelasan-keselamatan-klien', 'warning', {
    lingkup: 'lembaga',
    bagian: (s) => [s.keselamatan.penjelasanKlien],
    summary: {
        id: 'Klien diberi penjelasan protokol keamanan dan keselamatan.',
        en: 'Clients are briefed on the safety protocol.',
    },
    doc: {
        id: 'Membaca `keselamatan.penjelasanKlien: true`.',
        en: 'Reads `keselamatan.penjelasanKlien: true`.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Penjelasan tidak dinyatakan.', '/keselamatan/penjelasanKlien', undefined, pesanDi('Klien belum diberi penjelasan protokol keamanan dan keselamatan.', 'lembaga.yaml:145')),
            ],
            lulus: [setel('Penjelasan dinyatakan.', '/keselamatan/penjelasanKlien', true)],
        },
        gagal: setel('Tidak ada penjelasan.', '/keselamatan/penjelasanKlien', false),
    },
    check(ctx) {
        const k = ctx.layanan[0];
        if (!k || ctx.lembaga.keselamatan?.penjelasanKlien === true)
            return [];
        return [
            {
                message: 'r.keselamatan.penjelasanKlien',
                ...diLembaga(k, diBidang('/keselamatan', ctx.lembaga.keselamatan, 'penjelasanKlien')),
            },
        ];
    },
});
