import { diLembaga, layananRule, terisi, untukLembaga } from './define.js';
import { temuan, skRule } from './rules-lembaga-bantu.js';
import { pesanDi, setel } from '../contoh.js';
export const skPengaduan = skRule('sk-pengaduan', 'pengaduan', 'pengaduan', {
    id: 'Tata cara penanganan pengaduan dituangkan dalam SK pimpinan lembaga.',
    en: 'The complaint procedure is laid down by decree of the head of the institution.',
}, { barisTanggal: 53 });
export const pengaduanSaluran = layananRule('pengaduan-saluran', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => [{ angka: '1.6.4' }, ...s.pengaduan.saluran.map((x) => x.bagian)],
    summary: {
        id: 'Lembaga menyediakan saluran pengaduan (telepon, WhatsApp, kotak pengaduan, email, dan/atau alamat surat).',
        en: 'The institution provides complaint channels (telephone, WhatsApp, complaint box, email and/or postal address).',
    },
    doc: {
        id: 'Angka 1.6.4 huruf a–e disambung "dan/atau": paling sedikit satu saluran harus ada di `pengaduan.saluran`. Teks Lampiran B kehilangan huruf a dan b angka 1.6.4; rumusan paralel Lampiran A/C/D/E diterapkan. Dilaporkan sekali untuk lembaga.',
        en: '1.6.4 a–e are joined by "and/or": at least one channel must be under `pengaduan.saluran`. Lampiran B lost 1.6.4 a and b; the parallel wording of A/C/D/E is applied. Reported once.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Semua saluran kosong.', '/pengaduan/saluran', { telepon: '', email: ' ' }, pesanDi('Lembaga belum menyediakan saluran pengaduan.', 'lembaga.yaml:161')),
            ],
            lulus: [
                setel('Hanya satu saluran (email): cukup, karena "dan/atau".', '/pengaduan/saluran', {
                    email: 'pengaduan@harapanbunda.or.id',
                }),
            ],
        },
        gagal: setel('Tanpa saluran.', '/pengaduan/saluran', undefined),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const s = ctx.lembaga.pengaduan?.saluran ?? {};
        if (Object.values(s).some((v) => terisi(v)))
            return [];
        return [
            {
                message: 'r.pengaduan.tanpaSaluran',
                ...diLembaga(k, '/pengaduan/saluran'),
                bagian: '1.6.4',
                hint: 'r.pengaduan.saranSaluran',
            },
        ];
    }),
});
export const pengaduanProsedur = layananRule('pengaduan-prosedur', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => s.pengaduan.prosedur.map((p) => p.bagian),
    summary: {
        id: 'Tata cara penanganan pengaduan memuat petugas, alur, batas waktu setiap tahap, perlindungan klien, dan laporan berkala.',
        en: 'The complaint procedure names the staff, the process, a deadline per step, client protection and periodic reports.',
    },
    doc: {
        id: 'Memeriksa `pengaduan.prosedur`: `petugas` (kode staf yang ada; 1.6.5 a), `alur` (b), `batasWaktuHari` dengan penerimaan, penanganan, dan penyampaianHasil (c: "batas waktu untuk setiap tahap"; angkanya tidak ditetapkan standar, lembaga yang menetapkan; satu batas untuk seluruh proses di `pengaturan.batasWaktuPengaduanHari` tidak menggantikannya), `perlindunganKlien` (d), `laporanBerkala` (e). Bila seluruh prosedur tidak ada, satu temuan; bila sebagian, satu temuan per unsur yang kurang.',
        en: 'Checks `pengaduan.prosedur`: `petugas` (existing staff ids; 1.6.5 a), `alur` (b), `batasWaktuHari` with the three steps (c: "a deadline for each step"; the standard sets no numbers, the institution does; one whole-process limit in `pengaturan.batasWaktuPengaduanHari` does not stand in), `perlindunganKlien` (d), `laporanBerkala` (e). No procedure at all is one finding; otherwise one per missing element.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Batas waktu penyampaian hasil tidak ditetapkan.', '/pengaduan/prosedur/batasWaktuHari/penyampaianHasil', undefined, pesanDi('Tata cara pengaduan belum menetapkan batas waktu untuk: penyampaianHasil.', 'lembaga.yaml:172')),
            ],
            lulus: [
                setel('Batas waktu penyampaian hasil 0 hari (hari yang sama).', '/pengaduan/prosedur/batasWaktuHari/penyampaianHasil', 0),
            ],
        },
        gagal: setel('Batas waktu tidak ditetapkan.', '/pengaduan/prosedur/batasWaktuHari', undefined),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const p = ctx.lembaga.pengaduan?.prosedur;
        if (!p || Object.keys(p).length === 0)
            return [
                {
                    message: 'r.pengaduan.tanpaProsedur',
                    ...diLembaga(k, '/pengaduan'),
                    bagian: '1.6.5',
                    hint: 'r.pengaduan.saranProsedur',
                },
            ];
        const out = [];
        const staffIds = new Set(ctx.lembaga.staf.map((s) => s.id));
        const petugas = Array.isArray(p.petugas) ? p.petugas : [];
        if (petugas.length === 0)
            out.push(temuan(k, 'r.pengaduan.tanpaPetugas', '/pengaduan/prosedur/petugas', '1.6.5 a'));
        petugas.forEach((id, i) => {
            if (!staffIds.has(id))
                out.push({
                    message: 'r.pengaduan.petugasTakDikenal',
                    params: { id },
                    ...diLembaga(k, `/pengaduan/prosedur/petugas/${i}`),
                    bagian: '1.6.5 a',
                    value: id,
                });
        });
        if (!terisi(p.alur))
            out.push(temuan(k, 'r.pengaduan.tanpaAlur', '/pengaduan/prosedur/alur', '1.6.5 b'));
        const bw = p.batasWaktuHari ?? {};
        const kurang = ['penerimaan', 'penanganan', 'penyampaianHasil'].filter((x) => typeof bw[x] !== 'number');
        // 1.6.5 c: "batas waktu untuk setiap tahap" — one whole-process limit does not stand in.
        const menyeluruh = ctx.lembaga.pengaturan?.batasWaktuPengaduanHari;
        if (kurang.length > 0)
            out.push({
                message: menyeluruh === undefined
                    ? 'r.pengaduan.tanpaBatasWaktu'
                    : 'r.pengaduan.batasWaktuMenyeluruh',
                params: { tahap: kurang.join(', '), hari: menyeluruh ?? '-' },
                ...diLembaga(k, '/pengaduan/prosedur/batasWaktuHari'),
                bagian: '1.6.5 c',
                expected: kurang,
            });
        if (!terisi(p.perlindunganKlien))
            out.push(temuan(k, 'r.pengaduan.tanpaPerlindungan', '/pengaduan/prosedur/perlindunganKlien', '1.6.5 d'));
        if (!terisi(p.laporanBerkala))
            out.push(temuan(k, 'r.pengaduan.tanpaLaporan', '/pengaduan/prosedur/laporanBerkala', '1.6.5 e'));
        return out;
    }),
});
