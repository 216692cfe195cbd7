import { isTanggal, tambahBulan, selisihHari } from '../../core/tanggal.js';
import { periodeLayanan } from './periode.js';
import { layananRule, bagianPendek, terisi } from './define.js';
import { diKasusLayanan, perKasus } from './kasus-terdaftar.js';
import { pesanDi, ubah } from '../contoh.js';
/** The date the service ended (terminasi, referral, or a stopped case's last stage); undefined while active. */
export function akhirLayanan(k) {
    return periodeLayanan(k)?.akhir ?? undefined;
}
const jangkaWaktu = layananRule('kasus-jangka-waktu', 'error', {
    scope: 'kasus',
    bagian: (s) => [s.jangkaWaktu.bagian, s.jangkaWaktu.perpanjangan],
    summary: {
        id: 'Lama layanan tidak melebihi jangka waktu (12 bulan; rehabilitasi paling lama 6 bulan) kecuali perpanjangan dicatat.',
        en: 'A case does not run beyond the time limit (12 months; rehabilitation at most 6) unless an extension is recorded.',
    },
    doc: {
        id: 'Lama layanan dihitung dari tanggal kesepakatan pendekatan awal (atau tanggal pendekatan awal, menurut `pengaturan.mulaiJangkaWaktu`) sampai terminasi/rujukan, atau sampai --tanggal bila masih aktif. Batasnya angka 1.3.1 layanan itu, atau `layanan.<layanan>.jangkaWaktuBulan` bila lembaga menetapkan lebih singkat (1.3.2). Perpanjangan yang dicatat di `perpanjangan` (1.3.3) membuat kasus ini tidak menjadi temuan bila: berdasar keputusan tercatat (`dasar`), diputuskan tidak sesudah --tanggal dan tidak sesudah batas jangka waktu (pada hari batas masih sah; keputusan sesudah kelebihan waktu terjadi tidak menutupnya), dan `sampai`-nya mencakup akhir layanan. Perpanjangan tanpa `sampai` (tanpa batas) atau tanpa `dasar` tidak diakui, dan alasannya dilaporkan. Tepat 6 bulan (tanggal yang sama enam bulan kemudian) masih memenuhi; sehari sesudahnya tidak. ATENSI (Permensos 7/2021 Pasal 27) tidak menetapkan durasi, tetapi batas 6 bulan Lampiran C angka 1.3.1 tetap berlaku untuk rehabilitasi sosial.',
        en: "Counted from the intake agreement date (or intake date, per `pengaturan.mulaiJangkaWaktu`) to termination/referral, or to --tanggal while active. The limit is the service's 1.3.1, or the institution's shorter `jangkaWaktuBulan` (1.3.2). A recorded extension (1.3.3) clears it when it has a recorded decision (`dasar`), was decided by --tanggal and no later than the limit date (a decision after the overrun does not cover it), and its `sampai` covers the end. An extension without `sampai` (open-ended) or without `dasar` is not accepted and the reason is reported. Exactly 6 months (the same day six months later) still passes; one day more does not. ATENSI (Pasal 27) sets no duration, but C 1.3.1's 6-month cap applies.",
    },
    contoh: {
        batas: {
            gagal: [
                ubah('Rehabilitasi 6 bulan dan sehari (kesepakatan 2026-01-07, terminasi 2026-07-08).', [
                    ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                    ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                ], pesanDi('Kasus HB-2026-001 berjalan 2026-01-07 s.d. 2026-07-08, melewati jangka waktu 6 bulan (batas 2026-07-07) tanpa perpanjangan.', 'register-2026.yaml:23')),
                ubah('Perpanjangan diputuskan sehari sesudah batas.', [
                    ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                    ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                    [
                        '/kasus/0/perpanjangan',
                        [{ tanggal: '2026-07-08', sampai: '2026-08-31', dasar: 'CC 02/VII/2026' }],
                    ],
                ], pesanDi('Kasus HB-2026-001: perpanjangan diputuskan 2026-07-08, sesudah jangka waktu berakhir (2026-07-07); keputusan yang terlambat tidak menutup kelebihan waktu.', 'register-2026.yaml:5'), pesanDi('Kasus HB-2026-001 berjalan 2026-01-07 s.d. 2026-07-08, melewati jangka waktu 6 bulan (batas 2026-07-07) tanpa perpanjangan yang diakui.', 'register-2026.yaml:23')),
            ],
            lulus: [
                ubah('Rehabilitasi tepat 6 bulan (terminasi 2026-07-07).', [
                    ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                    ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-07'],
                ]),
                ubah('Perpanjangan diputuskan pada hari batas.', [
                    ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                    ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                    [
                        '/kasus/0/perpanjangan',
                        [{ tanggal: '2026-07-07', sampai: '2026-07-08', dasar: 'CC 02/VII/2026' }],
                    ],
                ]),
            ],
        },
        gagal: ubah('Rehabilitasi berjalan 8 bulan tanpa perpanjangan.', [
            ['/kasus/0/tahapan/terminasi/tanggal', '2026-10-28'],
            ['/kasus/0/tahapan/evaluasi/tanggal', '2026-10-20'],
        ]),
        lulus: ubah('Rehabilitasi 8 bulan dengan keputusan perpanjangan.', [
            ['/kasus/0/tahapan/terminasi/tanggal', '2026-10-28'],
            ['/kasus/0/tahapan/evaluasi/tanggal', '2026-10-20'],
            [
                '/kasus/0/perpanjangan',
                [
                    {
                        tanggal: '2026-07-01',
                        sampai: '2026-11-30',
                        dasar: 'Keputusan case conference 01/CC/VII/2026',
                    },
                ],
            ],
        ]),
    },
    check(ctx) {
        const mode = ctx.lembaga.pengaturan?.mulaiJangkaWaktu ?? 'kesepakatan';
        return perKasus(ctx, (k, s) => {
            const mulai = periodeLayanan(k.kasus, mode)?.mulai;
            if (!mulai)
                return [];
            const akhir = akhirLayanan(k.kasus) ?? (k.kasus.status === 'aktif' ? ctx.tanggal : undefined);
            if (!akhir)
                return [];
            const lembagaBulan = ctx.lembaga.layanan[k.kasus.layanan]?.jangkaWaktuBulan;
            const bulan = typeof lembagaBulan === 'number'
                ? Math.min(lembagaBulan, s.jangkaWaktu.bulan)
                : s.jangkaWaktu.bulan;
            const batas = tambahBulan(mulai, bulan);
            if (akhir <= batas)
                return [];
            // 1.3.3: an extension counts only when it is a recorded decision (dasar) with an end
            // (sampai), decided by today and before the limit ran out; a late, open-ended or
            // unfounded one clears nothing and says why.
            const semua = k.kasus.perpanjangan ?? [];
            const out = [];
            const ext = semua.filter((p, i) => {
                if (!isTanggal(p.tanggal) || p.tanggal > ctx.tanggal)
                    return false; // kasus-tanggal-masa-depan
                const terlambat = p.tanggal > batas;
                const alasan = terlambat
                    ? 'r.kasus.perpanjanganTerlambat'
                    : !isTanggal(p.sampai)
                        ? 'r.kasus.perpanjanganTanpaSampai'
                        : !terisi(p.dasar)
                            ? 'r.kasus.perpanjanganTanpaDasar'
                            : null;
                if (!alasan)
                    return p.sampai >= p.tanggal;
                out.push({
                    message: alasan,
                    params: { nomor: k.kasus.nomor, tanggal: p.tanggal, batas },
                    ...diKasusLayanan(k, `/perpanjangan/${i}${terlambat ? '/tanggal' : ''}`),
                    bagian: bagianPendek(s.jangkaWaktu.perpanjangan),
                    ...(terlambat ? { value: p.tanggal, expected: `<= ${batas}` } : {}),
                });
                return false;
            });
            if (ext.some((p) => p.sampai >= akhir))
                return [];
            return [
                ...out,
                {
                    message: ext.length
                        ? 'r.kasus.jangkaWaktuPerpanjanganKurang'
                        : semua.length
                            ? 'r.kasus.jangkaWaktuTanpaSah'
                            : 'r.kasus.jangkaWaktu',
                    params: {
                        nomor: k.kasus.nomor,
                        mulai,
                        akhir,
                        bulan,
                        batas,
                        hari: selisihHari(batas, akhir),
                    },
                    ...diKasusLayanan(k, ext.length ? '/perpanjangan' : k.kasus.status === 'aktif' ? '/status' : '/tahapan'),
                    value: akhir,
                    expected: `<= ${batas}`,
                    hint: 'r.kasus.saranPerpanjangan',
                },
            ];
        });
    },
});
/** The case rules on the time limit (1.3), in the order of the Lampiran. */
export const JANGKA_WAKTU_RULES = [jangkaWaktu];
