import { SEVERITY_ORDER } from '../../core/finding.js';
import { hitungAngkaKredit } from '../../standards/permenpanrb-2020/hitung.js';
import { RULESET_ID, RULESET_JUDUL, formatAngka } from '../../standards/permenpanrb-2020/data.js';
import { belumDiisi, tahunBerjalan } from '../../standards/permenpanrb-2020/rules.js';
const milikPegawai = (f, file, index) => f.file === file &&
    typeof f.path === 'string' &&
    (f.path === `/pegawai/${index}` || f.path.startsWith(`/pegawai/${index}/`));
const urut = (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
/** Assemble the report of `tahun` from that year's logs and every finding (rule findings and load problems). */
export function buildLaporanKredit(logs, findings, opts) {
    const pegawai = [];
    const used = new Set();
    for (const l of logs) {
        if (l.log.tahun !== opts.tahun)
            continue;
        for (const h of hitungAngkaKredit(l.log).pegawai) {
            const p = l.log.pegawai[h.index];
            const mine = findings.filter((f) => milikPegawai(f, l.file, h.index));
            mine.forEach((f) => used.add(f));
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
                findings: [...mine].sort(urut),
            });
        }
    }
    const files = new Set(logs.filter((l) => l.log.tahun === opts.tahun).map((l) => l.file));
    // Problems of files of other years are not this report's business; unreadable files (no log) are.
    const loaded = new Set(logs.map((l) => l.file));
    const temuanUmum = findings.filter((f) => !used.has(f) && (f.file === null || files.has(f.file) || !loaded.has(f.file)));
    const all = [...pegawai.flatMap((p) => p.findings), ...temuanUmum];
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
            errors: all.filter((f) => f.severity === 'error').length,
            warnings: all.filter((f) => f.severity === 'warning').length,
            infos: all.filter((f) => f.severity === 'info').length,
        },
    };
}
/** A credit number for people (see formatAngka). */
export const angka = formatAngka;
