import { bagianPendek, layananRule } from './define.js';
import { didYouMean } from '../../core/mirip.js';
import { diKasus, perKasus, tanggalSah } from './kasus-terdaftar.js';
import { pesanDi, setel, ubah } from '../contoh.js';
/** The product keys an activity can yield in a service (1.5; E 1.5.2 d belongs to the whole intervention stage). */
export function produkKegiatan(s, kegiatan) {
    const tahap = s.kegiatan.find((k) => k.key === kegiatan)?.tahap;
    return s.produk
        .filter((p) => p.kegiatan === kegiatan || (p.kegiatan === 'tahap:intervensi' && tahap === 'intervensi'))
        .map((p) => p.key);
}
const produk = layananRule('kasus-produk-layanan', 'warning', {
    scope: 'kasus',
    bagian: (s) => [...new Map(s.produk.map((p) => [bagianPendek(p.bagian), p.bagian])).values()],
    summary: {
        id: 'Produk layanan (luaran) dicatat per kegiatan dengan kode dari daftar produk layanan itu; kasus selesai mencatat paling sedikit satu produk.',
        en: 'Service products (outputs) are recorded per activity with codes of the service’s product list; a closed case records at least one.',
    },
    doc: {
        id: 'Angka 1.5: produk pelayanan adalah luaran intervensi, per jenis layanan (misalnya Lampiran A 1.5.2 penyuluhan sosial: kehadiran klien dan peningkatan pemahaman; Lampiran C 1.5.2 a–h produk tingkat dasar, 1.5.3 a–o tingkat lanjut). Kode `kegiatan[].produk` (Excel: Produk Layanan, dipisah titik koma) harus produk kegiatan itu di layanan kasus: untuk A, B, D kode produk = kode intervensinya; untuk C dan E kode produk masing-masing (Lampiran E 1.5.2 d milik seluruh tahap intervensi). Kasus `selesai` yang memiliki kegiatan berproduk tetapi tidak mencatat satu produk pun adalah temuan. Daftar kode: `lembaga aturan kasus-produk-layanan --format json` atau katalog.',
        en: '1.5: service products are the outputs of each intervention. Codes in `kegiatan[].produk` must be products of that activity in the case’s service; a closed case with activities that have products must record at least one.',
    },
    contoh: {
        batas: {
            gagal: [
                ubah('Kasus selesai tanpa satu pun produk layanan.', [
                    ['/kasus/0/kegiatan/2/produk', undefined],
                    ['/kasus/0/kegiatan/5/produk', undefined],
                ], pesanDi('Kasus HB-2026-001: kasus selesai tanpa satu pun produk layanan yang dicatat.', 'register-2026.yaml:38')),
                setel('Kode produk salah ketik.', '/kasus/0/kegiatan/5/produk', ['kebutuhan-dasr'], pesanDi('Kasus HB-2026-001: "kebutuhan-dasr" bukan produk layanan kegiatan perawatan-pengasuhan-dasar. Maksud Anda "kebutuhan-dasar"?', 'register-2026.yaml:44')),
            ],
            lulus: [
                setel('Kasus selesai dengan tepat satu produk layanan.', '/kasus/0/kegiatan/5/produk', undefined),
            ],
        },
        gagal: setel('Produk yang bukan luaran kegiatan itu.', '/kasus/0/kegiatan/5/produk', [
            'rujukan-dasar',
        ]),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const c = k.kasus;
        const s = ctx.standar[c.layanan];
        const out = [];
        let adaProduk = false;
        let berproduk = false;
        (c.kegiatan ?? []).forEach((g, j) => {
            const boleh = produkKegiatan(s, g.kegiatan);
            if (boleh.length)
                berproduk = true;
            (g.produk ?? []).forEach((p) => {
                if (boleh.includes(p)) {
                    adaProduk = true;
                    return;
                }
                const saran = didYouMean(p, boleh);
                out.push({
                    layanan: c.layanan,
                    kasus: c.nomor,
                    message: boleh.length
                        ? saran
                            ? 'r.produk.bukanProdukMaksud'
                            : 'r.produk.bukanProduk'
                        : 'r.produk.kegiatanTanpaProduk',
                    params: {
                        nomor: c.nomor,
                        produk: p,
                        kegiatan: g.kegiatan,
                        daftar: boleh.join(', '),
                        saran: saran ?? '',
                    },
                    target: diKasus(k, `/kegiatan/${j}/produk`),
                    value: p,
                    expected: boleh,
                });
            });
        });
        const selesai = c.status === 'selesai' && tanggalSah(c.tahapan?.terminasi?.tanggal);
        if (selesai && berproduk && !adaProduk && out.length === 0)
            out.push({
                layanan: c.layanan,
                kasus: c.nomor,
                message: 'r.produk.belumDicatat',
                params: { nomor: c.nomor },
                target: diKasus(k, c.kegiatan?.length ? '/kegiatan' : ''),
                hint: 'r.produk.saran',
            });
        return out;
    }),
});
export const PRODUK_RULES = [produk];
