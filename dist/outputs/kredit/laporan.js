import { hitungAngkaKredit } from '../../standards/permenpanrb-2020/hitung.js';
import { RULESET_ID, RULESET_JUDUL, formatAngka } from '../../standards/permenpanrb-2020/data.js';
import { belumDiisi, tahunBerjalan } from '../../standards/permenpanrb-2020/rules.js';
import { PembagianTemuan, hitungTingkat } from './pembagian.js';
/** Assemble the report of `tahun` from that year's logs and every finding (rule findings and load problems). */
export function buildLaporanKredit(logs, findings, opts) {
    const pegawai = [];
    const bagi = new PembagianTemuan(findings);
    for (const l of logs) {
        if (l.log.tahun !== opts.tahun)
            continue;
        for (const h of hitungAngkaKredit(l.log).pegawai) {
            const p = l.log.pegawai[h.index];
            const mine = bagi.milik(l.file, h.index);
            pegawai.push({
                ...h,
                file: l.file,
                pangkat: p.pangkat ?? null,
                golongan: p.golongan ?? null,
                pendidikan: p.pendidikan ?? null,
                keadaan: h.memenuhiTarget
                    ? 'memenuhi'
                    : belumDiisi(p)
                        ? 'belum-diisi'
                        : tahunBerjalan(opts.tahun, opts.tanggal)
                            ? 'berjalan'
                            : 'kurang',
                findings: mine,
            });
        }
    }
    const temuanUmum = bagi.umum(logs, opts.tahun);
    return {
        tahun: opts.tahun,
        tanggal: opts.tanggal,
        ruleset: { id: RULESET_ID, judul: RULESET_JUDUL },
        pegawai,
        temuanUmum,
        ringkasan: {
            pegawai: pegawai.length,
            memenuhi: pegawai.filter((p) => p.keadaan === 'memenuhi').length,
            kurang: pegawai.filter((p) => p.keadaan === 'kurang').length,
            belumDiisi: pegawai.filter((p) => p.keadaan === 'belum-diisi').length,
            berjalan: pegawai.filter((p) => p.keadaan === 'berjalan').length,
            ...hitungTingkat(pegawai, temuanUmum),
        },
    };
}
/** A credit number for people (see formatAngka). */
export const angka = formatAngka;
