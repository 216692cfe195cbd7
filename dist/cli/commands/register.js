import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { loadInputs, displayPath } from '../../io/load-folder.js';
import { tulisMasalah } from '../masalah.js';
import { writeOutputs } from '../../io/write-file.js';
import { BUKU_KEYS, buildBuku, tahunTerakhir } from '../../outputs/buku/buku.js';
import { parseTahun } from './tarif.js';
import { tentukanKeluaran } from '../keluaran.js';
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
export async function run(args, opts, io) {
    const { t } = io;
    const o = opts;
    let buku = [...BUKU_KEYS];
    if (o.buku) {
        const k = o.buku.trim().toLowerCase();
        const key = BUKU_KEYS.includes(k) ? k : ALIAS[k];
        if (!key)
            throw new UsageError(t('buku.bukuTidakDikenal', { nama: o.buku, pilihan: BUKU_KEYS.join(', ') }));
        buku = [key];
    }
    const tahunOpt = parseTahun(o.tahun, t);
    // The books are a workbook: `-o -` cannot be the screen.
    if (o.keluaran === '-')
        throw new UsageError(t('umum.keluaranBiner', { format: 'xlsx', contoh: 'buku-register.xlsx' }));
    const inst = await loadInputs(args, {
        cwd: io.cwd,
        t,
        schema: true,
        withoutRegisters: Boolean(o.kosong),
        onBerkas: (file, ke, dari) => io.progres?.langkah(t('progres.membaca', { file, ke, dari })),
    });
    // Each broken input is named with its place; the books are still written, but exit 1 (docs/kontrak-cli.md).
    const errors = tulisMasalah(io, inst.problems);
    if (!inst.lembaga)
        throw new UsageError(t('buku.tanpaLembaga'));
    if (errors)
        info(io, t('buku.masalahData', { jumlah: errors }));
    const terdaftar = inst.registers.flatMap((r) => r.kasus);
    const tahun = tahunOpt ??
        tahunTerakhir(terdaftar.map((r) => r.kasus), io.hariIni) ??
        Number(io.hariIni.slice(0, 4));
    const nama = o.kosong
        ? `buku-${buku.length === 1 ? buku[0] : 'register'}-kosong.xlsx`
        : buku.length === 1
            ? `buku-${buku[0] === 'register' ? 'register-klien' : buku[0]}-${tahun}.xlsx`
            : `buku-register-${tahun}.xlsx`;
    // Settled before the books are built: a folder that cannot be made, an existing file.
    const target = await tentukanKeluaran(o.keluaran, {
        cwd: io.cwd,
        folderBawaan: inst.root,
        namaBawaan: nama,
        ekstensi: ['.xlsx'],
        format: 'xlsx',
        timpa: Boolean(o.timpa),
        t,
    });
    io.progres?.langkah(t('progres.buku'));
    const data = buildBuku(inst.lembaga, terdaftar, {
        tahun,
        layanan: o.layanan,
        tampilkanNik: Boolean(o.tampilkanNik),
        kosong: Boolean(o.kosong),
    });
    // Registers that could not be read at all: a 0-case book is never a quiet success.
    const takTerbaca = inst.registers.filter((r) => r.kasus.length === 0 && r.problems.some((p) => p.severity === 'error')).length;
    if (!o.kosong && terdaftar.length === 0 && takTerbaca > 0)
        io.stderr.write(t('umum.nolKasusRegisterRusak', { jumlah: takTerbaca }) + '\n');
    else if (!o.kosong && data.kasus.length === 0)
        info(io, t('buku.tanpaKasus', { tahun }));
    if (o.tampilkanNik && !o.kosong)
        info(io, t('buku.nikDitampilkan'));
    const { renderBukuXlsx } = await import('../../outputs/buku/render-xlsx.js');
    const bytes = await renderBukuXlsx(data, { t, buku });
    io.progres?.langkah(t('progres.menulis', { file: displayPath(target, io.cwd) }));
    await writeOutputs([{ path: target, data: bytes }], Boolean(o.timpa), t);
    const file = displayPath(target, io.cwd);
    info(io, o.kosong
        ? t('buku.ditulisKosong', { file })
        : t('buku.ditulis', { file, kasus: data.kasus.length, tahun }));
    return errors || takTerbaca ? 1 : 0;
}
