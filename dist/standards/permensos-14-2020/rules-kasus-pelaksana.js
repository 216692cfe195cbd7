import { isTanggal } from '../../core/tanggal.js';
import { layananRule, terisi } from './define.js';
import { cariStaf, diKasusLayanan, perKasus } from './kasus-terdaftar.js';
import { pesanDi, setel, supervisorPeksos, ubahSerta } from '../contoh.js';
import { itemBagian } from './bagian.js';
const pelaksanaKasus = layananRule('kasus-pelaksana', 'error', {
    scope: 'kasus',
    bagian: (s) => [
        { angka: '2.3.2' },
        { ...s.jumlahPelaksana, huruf: 'a' },
        { ...s.jumlahPelaksana, huruf: 'b' },
    ],
    summary: {
        id: 'Kasus ditangani pekerja sosial dan disupervisi supervisor yang terdaftar di lembaga dan bertugas di layanan itu.',
        en: 'A case has a social worker and a supervisor who are on the staff list and work in that service.',
    },
    doc: {
        id: 'Angka 2.3.2: pekerja sosial wajib disupervisi. `pekerjaSosial` dan `supervisor` kasus harus kode staf di lembaga.yaml dengan peran pekerja-sosial (atau supervisor) dan supervisor, yang `layanan`-nya memuat layanan kasus. Kasus yang dirujuk keluar saat pendekatan awal dikecualikan dari syarat supervisor.',
        en: "2.3.2: workers must be supervised. The case's `pekerjaSosial` and `supervisor` must be staff ids with the right role working in the case's service. Cases referred away at intake need no supervisor.",
    },
    contoh: {
        batas: {
            gagal: [
                supervisorPeksos(pesanDi('Kasus HB-2026-001: ps-02 berperan pekerja-sosial, padahal di sini harus supervisor.', 'register-2026.yaml:22')),
            ],
            lulus: [
                setel('Supervisor menangani kasus sebagai pekerja sosialnya juga.', '/kasus/0/pekerjaSosial', 'sup-01'),
            ],
        },
        gagal: setel('Pekerja sosial tidak dikenal.', '/kasus/0/pekerjaSosial', 'ps-99'),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const out = [];
        const lay = k.kasus.layanan;
        const nama = ctx.standar[lay].nama;
        const cek = (field, peran) => {
            const id = k.kasus[field];
            if (!terisi(id)) {
                if (field === 'supervisor' && k.kasus.tahapan.pendekatanAwal?.rujukKeluar)
                    return;
                out.push({
                    message: field === 'supervisor' ? 'r.kasus.tanpaSupervisor' : 'r.kasus.tanpaPekerja',
                    params: { nomor: k.kasus.nomor },
                    ...diKasusLayanan(k, `/${field}`),
                    bagian: field === 'supervisor' ? '2.3.2' : `${ctx.standar[lay].jumlahPelaksana.angka} a`,
                });
                return;
            }
            const st = cariStaf(ctx, id);
            if (!st)
                out.push({
                    message: 'r.kasus.stafTakDikenal',
                    params: { nomor: k.kasus.nomor, id: String(id) },
                    ...diKasusLayanan(k, `/${field}`),
                    value: id,
                    expected: ctx.lembaga.staf.filter((s) => peran.includes(s.peran)).map((s) => s.id),
                });
            else if (!peran.includes(st.peran))
                out.push({
                    message: 'r.kasus.stafPeran',
                    params: { nomor: k.kasus.nomor, id: st.id, peran: st.peran, harus: peran.join('/') },
                    ...diKasusLayanan(k, `/${field}`),
                    value: st.peran,
                    expected: peran,
                });
            else if (!(st.layanan ?? []).includes(lay))
                out.push({
                    message: 'r.kasus.stafLayanan',
                    params: { nomor: k.kasus.nomor, id: st.id, layanan: nama },
                    ...diKasusLayanan(k, `/${field}`),
                    value: id,
                });
        };
        cek('pekerjaSosial', ['pekerja-sosial', 'supervisor']);
        cek('supervisor', ['supervisor']);
        return out;
    }),
});
const izinPadaKegiatan = layananRule('kasus-izin-praktik-kegiatan', 'error', {
    scope: 'kasus',
    bagian: (s) => [itemBagian(s.jaminan.pekerja, 'izin-praktik-berlaku')],
    summary: {
        id: 'Pekerja sosial yang memberi kegiatan memegang izin praktik yang berlaku pada tanggal kegiatan.',
        en: 'The social worker delivering an activity held a practice licence valid on its date.',
    },
    doc: {
        id: 'Untuk setiap kegiatan, pelaksananya (`pelaksana`, atau pekerja sosial kasus) yang berperan pekerja sosial atau supervisor harus memiliki izin praktik yang sudah terbit (`izinPraktik.tanggal` tidak sesudah tanggal kegiatan) dan masih berlaku (`izinPraktik.berlakuSampai` tidak sebelum tanggal kegiatan; izin yang berakhir tepat pada hari kegiatan masih berlaku) (angka 2.6.1 e). Pelaksana lain (terapis, relawan…) tidak memerlukan izin praktik pekerja sosial. Satu temuan per pelaksana per kasus (kegiatan pertama yang tidak tercakup).',
        en: 'For each activity, its deliverer (`pelaksana`, or the case worker) if a social worker or supervisor must hold a practice licence already issued (`izinPraktik.tanggal` not after the activity) and still valid (`izinPraktik.berlakuSampai` not before the activity; one ending on the activity day is still valid) (2.6.1 e). Other personnel need no social-work licence. One finding per worker per case.',
    },
    contoh: {
        batas: {
            gagal: [
                ubahSerta('Izin Budi berakhir sehari sebelum kegiatan terakhirnya (2026-11-02).', [], [['/staf/1/izinPraktik/berlakuSampai', '2026-11-01']], pesanDi('Kasus HB-2026-002: Budi Santoso, S.Sos. memberi layanan pada 2026-11-02, sedangkan izin praktiknya berlaku sampai 2026-11-01.', 'register-2026.yaml:94')),
                ubahSerta('Izin Budi terbit sehari sesudah kegiatan pertamanya (2026-02-09).', [], [['/staf/1/izinPraktik/tanggal', '2026-02-10']], pesanDi('Kasus HB-2026-005: Budi Santoso, S.Sos. memberi layanan pada 2026-02-09, sebelum izin praktiknya terbit (2026-02-10).', 'register-2026.yaml:202')),
            ],
            lulus: [
                ubahSerta('Izin Budi berakhir pada hari kegiatan terakhirnya.', [], [['/staf/1/izinPraktik/berlakuSampai', '2026-11-02']]),
                ubahSerta('Izin Budi terbit pada hari kegiatan pertamanya.', [], [['/staf/1/izinPraktik/tanggal', '2026-02-09']]),
            ],
        },
        gagal: ubahSerta('Izin praktik habis 2026-02-28, kegiatan sesudahnya.', [], [['/staf/0/izinPraktik/berlakuSampai', '2026-02-28']]),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const out = [];
        const done = new Set();
        (k.kasus.kegiatan ?? []).forEach((g, i) => {
            const id = g.pelaksana ?? k.kasus.pekerjaSosial;
            const st = cariStaf(ctx, id);
            if (!st ||
                (st.peran !== 'pekerja-sosial' && st.peran !== 'supervisor') ||
                done.has(st.id) ||
                !isTanggal(g.tanggal))
                return;
            const sampai = st.izinPraktik?.berlakuSampai;
            const terbit = st.izinPraktik?.tanggal;
            if (terisi(st.izinPraktik?.nomor) && isTanggal(terbit) && g.tanggal < terbit) {
                done.add(st.id);
                out.push({
                    message: 'r.kasus.izinKegiatanSebelum',
                    params: { nomor: k.kasus.nomor, nama: st.nama, tanggal: g.tanggal, terbit },
                    ...diKasusLayanan(k, `/kegiatan/${i}/tanggal`),
                    value: g.tanggal,
                    expected: `>= ${terbit}`,
                });
                return;
            }
            if (!terisi(st.izinPraktik?.nomor) || (isTanggal(sampai) && sampai < g.tanggal)) {
                done.add(st.id);
                out.push({
                    message: 'r.kasus.izinKegiatan',
                    params: {
                        nomor: k.kasus.nomor,
                        nama: st.nama,
                        tanggal: g.tanggal,
                        sampai: sampai ?? '-',
                    },
                    ...diKasusLayanan(k, `/kegiatan/${i}`),
                    value: g.tanggal,
                    expected: sampai ? `<= ${sampai}` : null,
                });
            }
        });
        return out;
    }),
});
/** The case rules on who serves the case (2.3, 2.6), in the order of the Lampiran. */
export const PELAKSANA_KASUS_RULES = [pelaksanaKasus, izinPadaKegiatan];
