import { bagianPendek, layananRule, perLayanan } from './define.js';
import { pesanDi, setel, ubah } from '../contoh.js';
/** `dasarTarif` fields and the 1.4.2 factor each one applies. */
const FAKTOR_DASAR = [
    ['pajakPersen', 'pajak'],
    ['subsidiPemerintahPersen', 'subsidi-pemerintah'],
    ['biayaTransportAkomodasi', 'biaya-terkait'],
    ['indeksEkonomiDaerah', 'tingkat-ekonomi-daerah'],
];
const tarifFaktor = layananRule('tarif-faktor', 'warning', {
    bagian: (s) => s.faktorTarif.filter((f) => f.key !== 'probono').map((f) => f.bagian),
    summary: {
        id: 'Lembaga mencatat faktor 1.4.2 yang menjadi dasar SK tarif, termasuk setiap faktor yang dipakai perhitungan tarifnya.',
        en: 'The institution records the 1.4.2 factors its tariff decree rests on, including every factor its tariff computation uses.',
    },
    doc: {
        id: 'Angka 1.4.2: ketentuan tarif diputuskan berdasarkan a) peraturan perundang-undangan, b) pajak, c) subsidi pemerintah, d) jenjang tarif termasuk sumbangan warga tidak mampu, e) pro bono 10 % (aturan kasus-pro-bono), f) biaya terkait lain, dan/atau g) tingkat ekonomi daerah. Untuk layanan yang mencatat `sk.tarif`, `layanan.<layanan>.faktorTarif` harus menyebut paling sedikit satu faktor (kunci: peraturan-perundangan, pajak, subsidi-pemerintah, jenjang-tarif, biaya-terkait, tingkat-ekonomi-daerah); bila `dasarTarif` memakai pajakPersen, subsidiPemerintahPersen, biayaTransportAkomodasi, atau indeksEkonomiDaerah, faktor yang bersangkutan harus tercantum. Kunci yang tidak dikenal juga temuan.',
        en: '1.4.2: for a service with `sk.tarif`, `faktorTarif` lists at least one factor (a–d, f, g); every factor `dasarTarif` uses (tax, subsidy, transport, regional index) must be listed; unknown keys are findings.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Dasar tarif memakai biaya transpor, faktor biaya-terkait tidak dicatat.', '/layanan/perlindungan/dasarTarif', { biayaTransportAkomodasi: 50000 }, pesanDi('dasarTarif memakai biayaTransportAkomodasi, tetapi faktor biaya-terkait tidak tercantum di faktorTarif.', 'lembaga.yaml:100')),
                setel('Daftar faktor kosong.', '/layanan/rehabilitasi/faktorTarif', [], pesanDi('Faktor yang menjadi dasar SK tarif Rehabilitasi Sosial belum dicatat (faktorTarif: peraturan-perundangan, pajak, subsidi-pemerintah, jenjang-tarif, biaya-terkait, tingkat-ekonomi-daerah).', 'lembaga.yaml:48')),
            ],
            lulus: [
                setel('Dasar tarif memakai biaya transpor, faktor biaya-terkait dicatat.', '/layanan/rehabilitasi/dasarTarif', { biayaTransportAkomodasi: 50000 }),
                ubah('Layanan tanpa SK tarif: faktor belum diperiksa.', [
                    ['/layanan/perlindungan/sk/tarif', undefined],
                    ['/layanan/perlindungan/faktorTarif', undefined],
                ]),
            ],
        },
        gagal: setel('Faktor tarif rehabilitasi tidak dicatat.', '/layanan/rehabilitasi/faktorTarif', undefined),
        lulus: ubah('examples/lks-harapan-bunda apa adanya.', []),
    },
    check: (ctx) => perLayanan(ctx, (k, s, lay) => {
        if (!lay.sk?.tarif)
            return [];
        const faktor = s.faktorTarif.filter((f) => f.key !== 'probono');
        const keys = faktor.map((f) => f.key);
        const dicatat = lay.faktorTarif;
        const at = (sub) => ({
            source: 'lembaga',
            pointer: `/layanan/${k}/faktorTarif${sub}`,
        });
        if (!dicatat || dicatat.length === 0)
            return [
                {
                    message: 'r.tarifFaktor.kosong',
                    params: { layanan: s.nama, daftar: keys.join(', ') },
                    target: at(''),
                    layanan: k,
                },
            ];
        const out = [];
        dicatat.forEach((f, i) => {
            if (!keys.includes(f))
                out.push({
                    message: 'r.tarifFaktor.takDikenal',
                    params: { faktor: f, daftar: keys.join(', ') },
                    target: at(`/${i}`),
                    layanan: k,
                    value: f,
                    expected: keys,
                });
        });
        const dasar = (lay.dasarTarif ?? {});
        for (const [field, key] of FAKTOR_DASAR) {
            if (dasar[field] === undefined || dicatat.includes(key))
                continue;
            const item = faktor.find((f) => f.key === key);
            out.push({
                message: 'r.tarifFaktor.dasarTarif',
                params: { field, faktor: key },
                target: at(''),
                layanan: k,
                bagian: bagianPendek(item.bagian),
            });
        }
        return out;
    }),
});
export const TARIF_FAKTOR_RULES = [tarifFaktor];
