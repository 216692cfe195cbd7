import { LAYANAN_KEYS } from '../../../standards/types.js';
import { LAINNYA, TIDAK_DIISI } from '../kategori.js';
/** The report's tables, in the order they are computed and listed. */
export const TABEL_IDS = [
    'klien-asal',
    'klien-keadaan-akhir',
    'klien-jenis',
    'klien-jenis-kelamin',
    'klien-umur',
    'klien-ppks',
    'klien-klaster',
    'klien-basis',
    'klien-dtks',
    'klien-wilayah',
    'kasus-per-bulan',
    'kegiatan-tahap',
    'kegiatan-jenis',
    'rujukan-lembaga',
    'jangka-waktu',
    'lama-layanan',
    'kegiatan-tingkat',
    'kegiatan-durasi',
    'kegiatan-pembiayaan',
    'biaya',
    'layanan-produk',
    'pengaduan-jenis',
    'pengaduan-saluran',
    'pengaduan-penyelesaian',
    'pengaduan-waktu',
    'staf-peran',
    'staf-pendidikan',
    'indikator-peksos',
    'perbandingan',
];
export const L = (key, params) => params ? { key, params } : { key };
/** A row label of the report's own catalogue (`laporan.baris.*`). */
export const B = (k) => L(`laporan.baris.${k}`);
export function buatKonteks(lembaga, opts) {
    const { tahun, standar } = opts;
    const mulaiTahun = `${tahun}-01-01`;
    const akhirKalender = `${tahun}-12-31`;
    return {
        lembaga,
        standar,
        tahun,
        mulaiTahun,
        akhirTahun: opts.tanggal >= mulaiTahun && opts.tanggal < akhirKalender ? opts.tanggal : akhirKalender,
        mulaiLalu: `${tahun - 1}-01-01`,
        akhirLalu: `${tahun - 1}-12-31`,
        jejak: Boolean(opts.jejak),
        publik: Boolean(opts.publik),
        layanan: opts.layanan,
        svc: LAYANAN_KEYS,
        bulanBatas: (l) => {
            const std = standar[l]?.jangkaWaktu.bulan ?? 12;
            const own = lembaga.layanan?.[l]?.jangkaWaktuBulan;
            return typeof own === 'number' && own > 0 && own < std ? own : std;
        },
    };
}
/** Append without spreading: a spread of 100 000 register numbers overflows the call stack. */
export function tambahSemua(into, from) {
    for (const x of from)
        into.push(x);
}
/** A value of a closed list: the value, `lainnya` outside the list, `tidak-diisi` when empty. */
export function dariDaftar(v, daftar) {
    if (!v)
        return TIDAK_DIISI;
    const ada = daftar instanceof Set
        ? daftar.has(v)
        : daftar.includes(v);
    return ada ? v : LAINNYA;
}
