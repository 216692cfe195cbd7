import { SEVERITY_ORDER } from '../../core/finding.js';
/** The findings sorted to the workers of the year's logs, and those left over. */
export class PembagianTemuan {
    findings;
    dipakai = new Set();
    constructor(findings) {
        this.findings = findings;
    }
    /** The findings about the worker at `/pegawai/<index>` of `file`, most severe first. */
    milik(file, index) {
        const mine = this.findings.filter((f) => f.file === file &&
            typeof f.path === 'string' &&
            (f.path === `/pegawai/${index}` || f.path.startsWith(`/pegawai/${index}/`)));
        mine.forEach((f) => this.dipakai.add(f));
        return [...mine].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    }
    /**
     * The findings about no single worker: of no file, of a file of the year's logs, or of a file
     * that could not be read (no log); problems of other years' files are not the report's.
     */
    umum(logs, tahun) {
        const tahunIni = new Set(logs.filter((l) => l.log.tahun === tahun).map((l) => l.file));
        const dimuat = new Set(logs.map((l) => l.file));
        return this.findings.filter((f) => !this.dipakai.has(f) && (f.file === null || tahunIni.has(f.file) || !dimuat.has(f.file)));
    }
}
/** How many findings of each severity, the workers' and the rest. */
export function hitungTingkat(pegawai, umum) {
    const all = [...pegawai.flatMap((p) => p.findings), ...umum];
    return {
        errors: all.filter((f) => f.severity === 'error').length,
        warnings: all.filter((f) => f.severity === 'warning').length,
        infos: all.filter((f) => f.severity === 'info').length,
    };
}
