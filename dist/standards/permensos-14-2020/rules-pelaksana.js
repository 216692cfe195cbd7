import { diLembaga, layananRule } from './define.js';
import { selisihBulan, tambahBulan } from '../../core/tanggal.js';
import { tanggalSah } from './kasus-terdaftar.js';
import { pesanDi, setel, ubah } from '../contoh.js';
import { itemBagian } from './bagian.js';
/** Active staff serving an offered service, with their index and the first such service. */
function pelaksanaAktif(ctx) {
    return ctx.lembaga.staf.flatMap((st, i) => {
        const layanan = ctx.layanan.find((k) => (st.layanan ?? []).includes(k));
        return st.aktif === false || !layanan ? [] : [{ st, i, layanan }];
    });
}
const PEKERJAAN_SOSIAL = new Set(['pekerja-sosial', 'supervisor']);
const evaluasiProsedur = layananRule('evaluasi-kinerja-prosedur', 'warning', {
    bagian: (s) => [
        { angka: '2.8.3' },
        { angka: '2.8.4' },
        ...s.evaluasiKinerja.filter((e) => e.bagian.angka === '2.8.6').map((e) => e.bagian),
    ],
    summary: {
        id: 'Evaluasi kinerja setiap pelaksana mengikuti caranya: isian diri, pendapat sejawat, klien dan atasan, pertemuan dengan pimpinan, rencana tahun berikutnya; mengukur tujuan kinerja dan pelaksanaan tugas (pekerja sosial: juga pengetahuan, keterampilan, nilai/etik).',
        en: "Each worker's evaluation follows the procedure: self-assessment, opinions of peers, clients and seniors, a meeting with the head, next year's plan; it measures performance goals and tasks (social workers: also knowledge, skills, values/ethics).",
    },
    doc: {
        id: 'Untuk setiap staf aktif yang bertugas di layanan yang diselenggarakan dan memiliki `evaluasiTerakhir`, membaca `staf[].evaluasi`: `isianDiri: true` (2.8.6 a), `masukan` memuat teman-sejawat, klien, dan staf-lebih-tinggi (2.8.6 b; staf administrasi tanpa klien: tanpa klien), `pertemuan: true` (2.8.6 c), `rencanaBerikutnya: true` (2.8.6 d), `diukur` memuat tujuan-kinerja dan pelaksanaan-tugas (2.8.3) serta, untuk pekerja sosial dan supervisor, pengetahuan, keterampilan, dan nilai-etik (2.8.4). Tanpa `evaluasi` sama sekali: satu temuan per orang; selain itu satu temuan per unsur yang kurang. Ketepatan tahun evaluasi diperiksa evaluasi-kinerja-tahunan.',
        en: 'For each active worker with `evaluasiTerakhir`, reads `staf[].evaluasi`: self-assessment (2.8.6 a), opinions of peers, clients and seniors (b; administrative staff without clients: no clients), meeting (c), next year (d), and what was measured (2.8.3; 2.8.4 for social workers and supervisors). One finding per person when `evaluasi` is absent, else one per missing element.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Pekerja sosial tanpa pendapat klien.', '/staf/0/evaluasi/masukan', ['teman-sejawat', 'staf-lebih-tinggi'], pesanDi('Evaluasi Siti Nurhaliza, S.Tr.Sos.: belum ada pendapat dari klien.', 'lembaga.yaml:213')),
                setel('Evaluasi bertanggal tanpa catatan prosedurnya.', '/staf/4/evaluasi', undefined, pesanDi('Cara evaluasi kinerja Maya Sari, S.Psi. (2026-06-30) belum dicatat (isian diri, pendapat, pertemuan, rencana berikutnya).', 'lembaga.yaml:275')),
            ],
            lulus: [
                setel('Staf administrasi tanpa pendapat klien (tidak diperlukan).', '/staf/3/evaluasi/masukan', ['teman-sejawat', 'staf-lebih-tinggi']),
                ubah('Belum pernah dievaluasi: prosedur belum diperiksa.', [
                    ['/staf/4/evaluasiTerakhir', undefined],
                    ['/staf/4/evaluasi', undefined],
                ]),
            ],
        },
        gagal: setel('Evaluasi tanpa pendapat klien.', '/staf/0/evaluasi/masukan', [
            'teman-sejawat',
            'staf-lebih-tinggi',
        ]),
    },
    check: (ctx) => pelaksanaAktif(ctx).flatMap(({ st, i, layanan }) => {
        if (!tanggalSah(st.evaluasiTerakhir))
            return [];
        const at = (sub) => ({ source: 'lembaga', pointer: `/staf/${i}${sub}` });
        const e = st.evaluasi;
        if (!e)
            return [
                {
                    message: 'r.evaluasiProsedur.kosong',
                    params: { nama: st.nama, tanggal: String(st.evaluasiTerakhir) },
                    target: at(''),
                    layanan,
                    bagian: '2.8.6 a',
                },
            ];
        const out = [];
        const kurang = (bagian, message, sub, daftar = '') => out.push({
            message,
            params: { nama: st.nama, daftar },
            target: at(sub),
            layanan,
            bagian,
        });
        // Items of a list the record must name (who gave input, what was measured): one finding per list.
        const belum = (bagian, message, bidang, perlu) => {
            const ada = e[bidang] ?? [];
            const tanpa = perlu.filter((x) => !ada.includes(x));
            if (tanpa.length)
                kurang(bagian, message, e[bidang] ? `/evaluasi/${bidang}` : '/evaluasi', tanpa.join(', '));
        };
        if (e.isianDiri !== true)
            kurang('2.8.6 a', 'r.evaluasiProsedur.isianDiri', '/evaluasi');
        const perluMasukan = ['teman-sejawat', 'staf-lebih-tinggi'];
        if (st.peran !== 'administrasi')
            perluMasukan.splice(1, 0, 'klien');
        belum('2.8.6 b', 'r.evaluasiProsedur.masukan', 'masukan', perluMasukan);
        if (e.pertemuan !== true)
            kurang('2.8.6 c', 'r.evaluasiProsedur.pertemuan', '/evaluasi');
        if (e.rencanaBerikutnya !== true)
            kurang('2.8.6 d', 'r.evaluasiProsedur.rencana', '/evaluasi');
        belum('2.8.3', 'r.evaluasiProsedur.diukur', 'diukur', [
            'tujuan-kinerja',
            'pelaksanaan-tugas',
        ]);
        if (PEKERJAAN_SOSIAL.has(st.peran))
            belum('2.8.4', 'r.evaluasiProsedur.diukur', 'diukur', [
                'pengetahuan',
                'keterampilan',
                'nilai-etik',
            ]);
        return out;
    }),
});
const DAFTAR_KESELAMATAN = [
    ['pesertaInformasi', '2.7.2 a', 'r.keselamatanPelaksana.informasi'],
    ['pesertaLatihanBencana', '2.7.2 b', 'r.keselamatanPelaksana.bencana'],
    ['pesertaLatihanDrill', '2.7.2 c', 'r.keselamatanPelaksana.drill'],
];
const keselamatanPerPelaksana = layananRule('keselamatan-per-pelaksana', 'warning', {
    bagian: (s) => s.keselamatan.pelaksana.map((p) => p.bagian),
    summary: {
        id: 'Setiap pelaksana memperoleh informasi keselamatan, latihan penanganan bencana, dan latihan drill (dicatat siapa saja pesertanya).',
        en: 'Every worker gets the safety briefing, disaster training and the drill (attendees recorded).',
    },
    doc: {
        id: 'Angka 2.7.2: "setiap pelaksana" memperoleh a) informasi keamanan dan keselamatan, b) latihan pengenalan dan penanganan bencana, c) latihan drill. Membaca `keselamatan.pesertaInformasi`, `pesertaLatihanBencana`, `pesertaLatihanDrill` (kode staf): daftar yang belum ada adalah satu temuan; bila ada, setiap staf aktif yang bertugas di layanan yang diselenggarakan dan tidak tercantum adalah temuan di staf itu, dan kode yang tidak dikenal adalah temuan di daftar. Tanggal latihan terakhir diperiksa keselamatan-pelaksana dan latihan-drill.',
        en: '2.7.2: "every worker" gets a) the safety briefing, b) disaster training, c) the drill. Reads the attendee lists `keselamatan.pesertaInformasi`, `pesertaLatihanBencana`, `pesertaLatihanDrill`: a missing list is one finding; an active worker not listed is a finding at that worker; an unknown id is a finding in the list.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Terapis aktif tidak tercatat ikut drill.', '/keselamatan/pesertaLatihanDrill', ['ps-01', 'ps-02', 'sup-01', 'adm-01'], pesanDi('Maya Sari, S.Psi. belum tercatat mengikuti latihan drill terakhir.', 'lembaga.yaml:275')),
            ],
            lulus: [
                ubah('Terapis tidak ikut drill, tetapi sudah tidak aktif.', [
                    ['/keselamatan/pesertaLatihanDrill', ['ps-01', 'ps-02', 'sup-01', 'adm-01']],
                    ['/staf/4/aktif', false],
                ]),
            ],
        },
        gagal: setel('Terapis tidak ikut latihan drill.', '/keselamatan/pesertaLatihanDrill', [
            'ps-01',
            'ps-02',
            'sup-01',
            'adm-01',
        ]),
    },
    check(ctx) {
        const aktif = pelaksanaAktif(ctx);
        const layanan = ctx.layanan[0];
        if (!layanan)
            return [];
        const kes = ctx.lembaga.keselamatan ?? {};
        const ids = new Set(ctx.lembaga.staf.map((s) => s.id));
        const out = [];
        for (const [field, bagian, message] of DAFTAR_KESELAMATAN) {
            const daftar = kes[field];
            if (!Array.isArray(daftar)) {
                out.push({
                    message: `${message}Kosong`,
                    target: { source: 'lembaga', pointer: ctx.lembaga.keselamatan ? '/keselamatan' : '' },
                    layanan,
                    bagian,
                });
                continue;
            }
            daftar.forEach((id, j) => {
                if (!ids.has(id))
                    out.push({
                        message: 'r.keselamatanPelaksana.takDikenal',
                        params: { id },
                        target: { source: 'lembaga', pointer: `/keselamatan/${field}/${j}` },
                        layanan,
                        bagian,
                        value: id,
                    });
            });
            for (const { st, i, layanan: l } of aktif)
                if (!daftar.includes(st.id))
                    out.push({
                        message,
                        params: { nama: st.nama },
                        ...diLembaga(l, `/staf/${i}`),
                        bagian,
                    });
        }
        return out;
    },
    lingkup: 'lembaga',
});
const BULAN_LAPORAN = {
    bulanan: 1,
    triwulanan: 3,
    semesteran: 6,
    tahunan: 12,
};
const laporanPengaduan = layananRule('pengaduan-laporan-berkala', 'warning', {
    bagian: (s) => [itemBagian(s.pengaduan.prosedur, 'laporan-berkala')],
    summary: {
        id: 'Laporan berkala pengaduan benar-benar dibuat: laporan terakhir tidak lebih lama dari satu periode (ditambah satu bulan untuk menyusunnya) dan tidak sesudah hari ini.',
        en: 'Periodic complaint reports are actually produced: the last one no older than one period (plus a month to write it) and not after today.',
    },
    doc: {
        id: 'Angka 1.6.5 e: tata cara pengaduan mencakup laporan berkala pengaduan, saran, dan masukan. Bila `pengaduan.prosedur.laporanBerkala` ditetapkan (bulanan, triwulanan, semesteran, tahunan), `pengaduan.laporanTerakhir` harus ada, tidak sesudah --tanggal, dan tidak lebih dari periode itu ditambah satu bulan sebelum --tanggal (contoh triwulanan pada 2026-11-25: paling lambat 2026-07-25). Tanpa `laporanBerkala`, aturan pengaduan-prosedur yang melapor.',
        en: '1.6.5 e: with `pengaduan.prosedur.laporanBerkala` set, `pengaduan.laporanTerakhir` must exist, not be after --tanggal, and be no older than that period plus one month.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Laporan triwulanan terakhir sehari terlalu lama (2026-07-24 pada 2026-11-25).', '/pengaduan/laporanTerakhir', '2026-07-24', pesanDi('Laporan pengaduan terakhir 2026-07-24 (4 bulan lalu); laporan triwulanan berikutnya seharusnya sudah ada (paling lambat 2026-07-25).', 'lembaga.yaml:175')),
                setel('Laporan bertanggal besok (2026-11-26).', '/pengaduan/laporanTerakhir', '2026-11-26', pesanDi('Laporan pengaduan terakhir bertanggal 2026-11-26, sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:175')),
            ],
            lulus: [
                setel('Laporan triwulanan terakhir tepat di batas (2026-07-25 pada 2026-11-25).', '/pengaduan/laporanTerakhir', '2026-07-25'),
                setel('Laporan bertanggal hari ini (2026-11-25).', '/pengaduan/laporanTerakhir', '2026-11-25'),
            ],
        },
        gagal: setel('Laporan triwulanan terakhir sehari terlalu lama (2026-07-24 pada 2026-11-25).', '/pengaduan/laporanTerakhir', '2026-07-24'),
        lulus: setel('Laporan triwulanan terakhir tepat di batas (2026-07-25 pada 2026-11-25).', '/pengaduan/laporanTerakhir', '2026-07-25'),
    },
    check(ctx) {
        const layanan = ctx.layanan[0];
        const p = ctx.lembaga.pengaduan;
        const periode = p?.prosedur?.laporanBerkala;
        const bulan = periode ? BULAN_LAPORAN[periode] : undefined;
        if (!layanan || !bulan)
            return [];
        const terakhir = tanggalSah(p?.laporanTerakhir);
        const batas = tambahBulan(ctx.tanggal, -(bulan + 1));
        if (!terakhir)
            return [
                {
                    message: 'r.pengaduanLaporan.kosong',
                    params: { periode: String(periode) },
                    target: { source: 'lembaga', pointer: '/pengaduan' },
                    layanan,
                },
            ];
        if (terakhir > ctx.tanggal)
            return [
                {
                    message: 'r.pengaduanLaporan.masaDepan',
                    params: { tanggal: terakhir, hariIni: ctx.tanggal },
                    target: { source: 'lembaga', pointer: '/pengaduan/laporanTerakhir' },
                    layanan,
                    value: terakhir,
                },
            ];
        if (terakhir < batas)
            return [
                {
                    message: 'r.pengaduanLaporan.lama',
                    params: {
                        tanggal: terakhir,
                        periode: String(periode),
                        batas,
                        bulan: selisihBulan(terakhir, ctx.tanggal),
                    },
                    target: { source: 'lembaga', pointer: '/pengaduan/laporanTerakhir' },
                    layanan,
                    value: terakhir,
                    expected: `>= ${batas}`,
                },
            ];
        return [];
    },
    lingkup: 'lembaga',
});
export const PELAKSANA_RULES = [
    evaluasiProsedur,
    keselamatanPerPelaksana,
    laporanPengaduan,
];
