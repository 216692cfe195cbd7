import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../io/load-folder.js';
import { tulisMasalah } from '../masalah.js';
import { BUKU_KEYS, kepalaBuku } from '../../outputs/buku/buku.js';
import { KumpulKasus } from '../../outputs/buku/alir.js';
import { tentukanKeluaran } from '../keluaran.js';
import { muatLembaga, opsiTahun, registerTakTerbaca, tahunIni, tulisBerkas } from '../perintah.js';
/** Names accepted by `--buku` besides the keys (the titles of 2.2.1 f). */
const ALIAS = {
    'register-klien': 'register',
    'catatan-kasus': 'catatan',
    'ringkasan-kasus': 'ringkasan',
    'daftar-hadir': 'hadir',
    inventaris: 'aset',
    'aset-inventaris': 'aset',
    'buku-laporan': 'laporan',
};
/** `--buku`: one book by its key or title, else all six. */
function bukuDipilih(nama, t) {
    if (!nama)
        return [...BUKU_KEYS];
    const k = nama.trim().toLowerCase();
    const key = BUKU_KEYS.includes(k) ? k : ALIAS[k];
    if (!key)
        throw new UsageError(t('buku.bukuTidakDikenal', { nama, pilihan: BUKU_KEYS.join(', ') }));
    return [key];
}
/** The default file name: the empty books, one book of the year, or all six. */
function namaBawaan(buku, tahun, kosong) {
    if (kosong)
        return `buku-${buku.length === 1 ? buku[0] : 'register'}-kosong.xlsx`;
    if (buku.length !== 1)
        return `buku-register-${tahun}.xlsx`;
    return `buku-${buku[0] === 'register' ? 'register-klien' : buku[0]}-${tahun}.xlsx`;
}
export const run = async (args, opts, io) => {
    const { t } = io;
    const o = opts;
    const buku = bukuDipilih(o.buku, t);
    const tahunOpt = opsiTahun(o.tahun, io, 'tarif.tahunTidakSah');
    // The books are a workbook: `-o -` cannot be the screen.
    if (o.keluaran === '-')
        throw new UsageError(t('umum.keluaranBiner', { format: 'xlsx', contoh: 'buku-register.xlsx' }));
    // The cases stream in (issue 16): each goes, as the books may show it, to a temporary file;
    // memory keeps only what sorts them (outputs/buku/alir.ts).
    const kumpul = o.kosong
        ? null
        : new KumpulKasus({
            layanan: o.layanan,
            tampilkanNik: Boolean(o.tampilkanNik),
            hariIni: io.hariIni,
        });
    try {
        return await tulisBukuRegister(args, o, buku, tahunOpt, kumpul, io);
    }
    finally {
        kumpul?.buang();
    }
};
async function tulisBukuRegister(args, o, buku, tahunOpt, kumpul, io) {
    const { t } = io;
    const inst = await muatLembaga(args, io, {
        schema: true,
        withoutRegisters: Boolean(o.kosong),
        ...(kumpul ? { alirkan: () => kumpul.mulai() } : {}),
    });
    // Each broken input is named with its place; the books are still written, but exit 1 (docs/kontrak-cli.md).
    const errors = tulisMasalah(io, inst.problems);
    if (!inst.lembaga)
        throw new UsageError(t('buku.tanpaLembaga'));
    if (errors)
        info(io, t('buku.masalahData', { jumlah: errors }));
    const terdaftar = kumpul?.jumlah ?? 0;
    const tahun = tahunOpt ?? kumpul?.tahunTerakhir ?? tahunIni(io);
    // Settled before the books are built: a folder that cannot be made, an existing file.
    const target = await tentukanKeluaran(o.keluaran, {
        cwd: io.cwd,
        folderBawaan: inst.root,
        namaBawaan: namaBawaan(buku, tahun, Boolean(o.kosong)),
        ekstensi: ['.xlsx'],
        format: 'xlsx',
        timpa: Boolean(o.timpa),
        t,
    });
    io.progres?.langkah(t('progres.buku'));
    const kepala = kepalaBuku(inst.lembaga, {
        tahun,
        layanan: o.layanan,
        kosong: Boolean(o.kosong),
    });
    const jumlah = kumpul ? kumpul.urut(tahun) : 0;
    const takTerbaca = registerTakTerbaca(inst);
    if (!o.kosong && terdaftar === 0 && takTerbaca > 0)
        io.stderr.write(t('umum.nolKasusRegisterRusak', { jumlah: takTerbaca }) + '\n');
    else if (!o.kosong && jumlah === 0)
        info(io, t('buku.tanpaKasus', { tahun }));
    if (o.tampilkanNik && !o.kosong)
        info(io, t('buku.nikDitampilkan'));
    const { tulisBuku, bukuKerjaBaru } = await import('../../outputs/buku/render-xlsx.js');
    const wb = bukuKerjaBaru();
    try {
        await tulisBuku(wb, kepala, kumpul ? kumpul.kasus() : [], { t, buku });
        io.progres?.langkah(t('progres.menulis', { file: displayPath(target, io.cwd) }));
        const pesan = o.kosong ? 'buku.ditulisKosong' : 'buku.ditulis';
        await tulisBerkas(io, [{ path: target, data: wb.potongan() }], o.timpa, pesan, {
            kasus: jumlah,
            tahun,
        });
        for (const l of wb.lewatBatasExcel())
            io.stderr.write(t('buku.lewatBatasExcel', { lembar: l.nama, baris: l.baris }) + '\n');
    }
    finally {
        wb.buang();
    }
    return errors || takTerbaca ? 1 : 0;
}
