import { BorderStyle } from 'docx';
const judulWord = (id, name, font, size, spacing, color) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    ...(id === 'Title' ? {} : { quickFormat: true }),
    run: { size, bold: true, ...(color ? { color } : {}), font },
    ...(spacing ? { paragraph: { spacing } } : {}),
});
const PERAN_UMUM = {
    judulTabel: { tetapBersama: true, sebelum: 200, sesudah: 60, tebal: true, ukuran: 20 },
    keteranganTabel: { tetapBersama: true, sesudah: 60, miring: true, ukuran: 17 },
    catatanTabel: { sebelum: 40, ukuran: 16, miring: true },
    kecil: { sesudah: 100, ukuran: 17 },
    surat: { rata: 'penuh', sesudah: 160, indenPertama: 567 },
    keteranganGambar: { rata: 'tengah', sesudah: 200, miring: true, ukuran: 18 },
    judulDepan: { halamanBaru: true, rata: 'tengah', sesudah: 240, tebal: true, ukuran: 30 },
};
const ABU = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const ABU_MUDA = { style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF' };
export const GAYA = {
    dinas: {
        font: 'Arial',
        ukuran: 22,
        margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 },
        gayaWord: [
            judulWord('Heading1', 'Heading 1', 'Arial', 28, { before: 240, after: 120 }),
            judulWord('Heading2', 'Heading 2', 'Arial', 24, { before: 240, after: 80 }, '1F3864'),
            judulWord('Heading3', 'Heading 3', 'Arial', 22, { before: 160, after: 60 }),
        ],
        babHalamanBaru: false,
        paragrafSesudah: 80,
        daftarSesudah: 40,
        tabel: {
            ukuran: () => 18,
            kepalaIsi: 'D9D9D9',
            kepalaTebal: false,
            kelompokIsi: 'DEEAF6',
            jumlahIsi: 'F2F2F2',
            margin: { top: 40, bottom: 40, left: 80, right: 80 },
            spasi: { before: 20, after: 20 },
            tetap: true,
            pemisah: true,
        },
        peran: PERAN_UMUM,
        kaki: {},
    },
    laporan: {
        font: 'Calibri',
        ukuran: 21,
        margin: { top: 1134, bottom: 1134, left: 850, right: 850 },
        gayaWord: [
            judulWord('Heading1', 'Heading 1', 'Calibri', 30, { before: 240, after: 120 }, '1F3864'),
            judulWord('Heading2', 'Heading 2', 'Calibri', 25, { before: 240, after: 80 }, '2F5496'),
            judulWord('Title', 'Title', 'Calibri', 40, null, '1F3864'),
        ],
        babHalamanBaru: true,
        paragrafSesudah: 100,
        daftarSesudah: 60,
        tabel: {
            // Wide tables (more than four columns) print smaller, their header smaller still.
            ukuran: (kolom, kepala) => (kolom > 4 ? (kepala ? 14 : 16) : 19),
            kepalaIsi: 'D9E2F3',
            kepalaTebal: true,
            kelompokIsi: 'DEEAF6',
            jumlahIsi: 'F2F2F2',
            margin: { top: 30, bottom: 30, left: 60, right: 60 },
            garis: {
                top: ABU,
                bottom: ABU,
                left: ABU,
                right: ABU,
                insideHorizontal: ABU_MUDA,
                insideVertical: ABU_MUDA,
            },
            tetap: false,
            pemisah: false,
        },
        peran: PERAN_UMUM,
        kaki: { ukuran: 16, warna: '606060' },
    },
};
