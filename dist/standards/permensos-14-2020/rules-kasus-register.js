import { periksaLintas } from '../rule.js';
import { layananRule } from './define.js';
import { itemBagian } from './bagian.js';
import { diKasus, diKasusLayanan } from './kasus-terdaftar.js';
import { REGISTER_APA_ADANYA, pesanDi, ubah } from '../contoh.js';
/** What the first case with `key` left, or undefined for the first one (its `nilai` is then kept). */
function sebelumnya(seen, key, nilai) {
    const lama = seen.get(key);
    if (lama === undefined)
        seen.set(key, nilai);
    return lama;
}
/** Every number seen, and the file of its first case: a number used twice is found at the second. */
function nomorLintas() {
    const seen = new Map();
    return {
        tambah(k, dipilih) {
            if (!dipilih)
                return [];
            const n = k.kasus.nomor.trim();
            if (!n)
                return [
                    {
                        message: 'r.kasus.nomorKosong',
                        target: diKasus(k, '/nomor'),
                        layanan: k.kasus.layanan,
                    },
                ];
            const first = sebelumnya(seen, n, k.file);
            if (first === undefined)
                return [];
            return [
                {
                    message: 'r.kasus.nomorGanda',
                    params: { nomor: n, file: first },
                    target: diKasus(k, '/nomor'),
                    layanan: k.kasus.layanan,
                    kasus: n,
                    value: n,
                },
            ];
        },
        selesai: () => [],
    };
}
/** Each active person (NIK) per service, and the number of its first case. */
function nikLintas(ctx) {
    const seen = new Map();
    return {
        tambah(k, dipilih) {
            const c = k.kasus;
            if (!dipilih || !ctx.layanan.includes(c.layanan))
                return [];
            const nik = c.klien.nik;
            if (c.status !== 'aktif' || typeof nik !== 'string' || nik.length !== 16)
                return [];
            const key = `${nik}|${c.layanan}`;
            const lain = sebelumnya(seen, key, c.nomor);
            if (lain === undefined)
                return [];
            return [
                {
                    message: 'r.nik.ganda',
                    params: { nomor: c.nomor, lain, layanan: ctx.standar[c.layanan].nama },
                    ...diKasusLayanan(k, '/klien/nik'),
                },
            ];
        },
        selesai: () => [],
    };
}
/** Both rules read the client register, a service document of 2.2.1. */
const bagianRegister = (s) => [itemBagian(s.fasilitas, 'dokumen-layanan')];
const nomorUnik = layananRule('kasus-nomor-unik', 'error', {
    scope: 'kasus',
    bagian: bagianRegister,
    summary: {
        id: 'Nomor register unik di semua register lembaga.',
        en: "Register numbers are unique across all of the institution's registers.",
    },
    doc: {
        id: 'Buku register klien (angka 2.2.1, dokumen layanan) mengenal setiap kasus dari nomornya. Nomor kosong, atau nomor yang sama di dua kasus (dalam satu berkas atau di berkas lain), adalah temuan di kasus yang kedua.',
        en: 'The client register book (2.2.1, service documents) identifies each case by its number. An empty number, or one used twice (in one file or across files), is a finding at the second case.',
    },
    contoh: {
        batas: {
            gagal: [
                ubah('Nomor kasus kedua sama dengan yang pertama.', [['/kasus/1/nomor', 'HB-2026-001']], pesanDi('Nomor register HB-2026-001 sudah dipakai kasus lain (di register-2026.yaml).', 'register-2026.yaml:57')),
            ],
            lulus: [ubah('Nomor yang hanya mirip.', [['/kasus/1/nomor', 'HB-2026-001A']])],
        },
        gagal: ubah('Kasus kedua memakai nomor kasus pertama.', [['/kasus/1/nomor', 'HB-2026-001']]),
        lulus: REGISTER_APA_ADANYA,
    },
    check: periksaLintas(nomorLintas),
    lintas: nomorLintas,
});
const nikGanda = layananRule('nik-ganda-aktif', 'error', {
    scope: 'kasus',
    bagian: bagianRegister,
    summary: {
        id: 'Satu orang (NIK) tidak aktif dua kali di layanan yang sama.',
        en: 'One person (NIK) is not active twice in the same service.',
    },
    doc: {
        id: 'Dua kasus berstatus `aktif` dengan NIK dan layanan yang sama menandakan pencatatan ganda: register (angka 2.2.1) harus satu kasus per klien per layanan. Dilaporkan di kasus kedua.',
        en: 'Two `aktif` cases with the same NIK and service mean double registration. Reported at the second.',
    },
    contoh: {
        batas: {
            gagal: [
                ubah('NIK kasus aktif dipakai kasus lain yang juga aktif.', [
                    ['/kasus/4/klien/nik', '3273061708130004'],
                    ['/kasus/4/status', 'aktif'],
                ], pesanDi('Kasus HB-2026-005: NIK yang sama sedang aktif di kasus HB-2026-002 pada layanan Rehabilitasi Sosial.', 'register-2026.yaml:181')),
            ],
            lulus: [
                ubah('NIK yang sama pada kasus yang sudah berhenti.', [
                    ['/kasus/4/klien/nik', '3273061708130004'],
                ]),
            ],
        },
        gagal: ubah('NIK kasus aktif dipakai lagi di kasus aktif lain.', [
            ['/kasus/4/klien/nik', '3273061708130004'],
            ['/kasus/4/status', 'aktif'],
        ]),
        lulus: REGISTER_APA_ADANYA,
    },
    check: periksaLintas(nikLintas),
    lintas: nikLintas,
});
/** The case rules on the client register (2.2.1), in the order of the Lampiran. */
export const REGISTER_RULES = [nomorUnik, nikGanda];
