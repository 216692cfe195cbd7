import { EMPTY_CELL } from './cell.js';
import { ABAIKAN, KE_CATATAN, kolomKanonik, targetOf } from './fields.js';
import { fold } from './values.js';
import { parseYaTidak } from '../../model/nilai.js';
import { footerKind, isEmptyRow } from './table.js';
import { addBukti, decideOrder, emptyBukti, matchStaf, parseBasisLayanan, parseDtks, parseJenisKelamin, parseJenisKlien, parseKlaster, parseLayanan, parseNik, parsePpks, parseStatus, parseTanggal, splitTempatTanggal, } from './values.js';
const KOSONG_SEMU = /^(-+|—|–|\.+|\?|n\/?a|nihil|tidak ada|tdk ada|belum( ada)?|kosong)$/i;
function isBlankish(c) {
    return c.kind === 'empty' || (c.kind === 'text' && KOSONG_SEMU.test(c.text));
}
/** Text of a cell for text fields: numbers without exponent, dates as ISO. */
function asText(c) {
    return c.text;
}
const DATE_TARGETS = new Set(['tanggal', 'tempat-tanggal']);
/** Column indexes whose values are dates (evidence for day/month order). */
export function dateColumns(columns) {
    return columns.filter((c) => DATE_TARGETS.has(targetOf(c.target)?.kind ?? ''));
}
/** Add a row's evidence about day/month order to each date column's tally. */
export function collectEvidence(bukti, columns, cells) {
    for (const col of columns) {
        const kind = targetOf(col.target)?.kind;
        if (kind !== 'tanggal' && kind !== 'tempat-tanggal')
            continue;
        let c = cells[col.index] ?? EMPTY_CELL;
        if (kind === 'tempat-tanggal' && c.kind === 'text') {
            const part = splitTempatTanggal(c.text).tanggal;
            c = { kind: 'text', text: part, original: part };
        }
        let b = bukti.get(col.index);
        if (!b)
            bukti.set(col.index, (b = emptyBukti()));
        addBukti(b, c);
    }
}
/** Decide each date column's order from its evidence. */
export function decideOrders(bukti, columns, override) {
    return dateColumns(columns).map((c) => {
        const d = decideOrder(bukti.get(c.index) ?? emptyBukti(), override);
        return { index: c.index, header: c.header, ...d };
    });
}
function set(obj, path, value) {
    const parts = path.split('.');
    let o = obj;
    for (let i = 0; i < parts.length - 1; i++) {
        const k = parts[i];
        if (!o[k] || typeof o[k] !== 'object')
            o[k] = {};
        o = o[k];
    }
    o[parts[parts.length - 1]] = value;
}
function get(obj, path) {
    let o = obj;
    for (const k of path.split('.')) {
        if (!o || typeof o !== 'object')
            return undefined;
        o = o[k];
    }
    return o;
}
const MANDATORY_DATE = 'tahapan.pendekatanAwal.tanggal';
/** Accumulates the import of one table; feed it every row below the header, in order. */
export class ImporSession {
    ctx;
    rowsRead = 0;
    imported = 0;
    rejected = 0;
    ditolak = [];
    peringatan = new Map();
    /** Workers' names not found among lembaga.yaml's staff (staff names, not client data). */
    stafTakDikenal = new Map();
    /** Imported cases per admission year (to suggest the register's file name). */
    tahunMasuk = new Map();
    footer = null;
    nomorDilihat = new Map();
    byTarget = new Map();
    constructor(ctx) {
        this.ctx = ctx;
        for (const c of ctx.columns) {
            const list = this.byTarget.get(c.target) ?? [];
            list.push(c);
            this.byTarget.set(c.target, list);
        }
    }
    warn(row, key, params) {
        const id = key + (params?.kolom ? `|${params.kolom}` : '');
        let w = this.peringatan.get(id);
        if (!w)
            this.peringatan.set(id, (w = { key, params, rows: [], count: 0 }));
        w.count++;
        if (w.rows.length < 20)
            w.rows.push(row);
    }
    reject(row, alasan) {
        this.rejected++;
        const baris = { n: row.n, cells: row.cells, alasan };
        this.ditolak.push(baris);
        return { kind: 'ditolak', baris };
    }
    /** Process one source row. Empty rows are skipped and not counted. */
    add(row) {
        if (isEmptyRow(row.cells))
            return { kind: 'kosong' };
        this.rowsRead++;
        const { t } = this.ctx;
        const fk = footerKind(row.cells);
        if (fk)
            this.footer ??= fk;
        if (fk === 'jumlah')
            return this.reject(row, [{ col: null, message: t('impor.alasan.barisJumlah') }]);
        if (fk === 'tanda-tangan')
            return this.reject(row, [{ col: null, message: t('impor.alasan.barisTandaTangan') }]);
        if (this.footer)
            return this.reject(row, [{ col: null, message: t('impor.alasan.setelahPenutup') }]);
        const r = this.convert(row);
        if ('alasan' in r)
            return this.reject(row, r.alasan);
        this.imported++;
        const tahun = Number(r.kasus.tahapan.pendekatanAwal?.tanggal?.slice(0, 4));
        if (tahun)
            this.tahunMasuk.set(tahun, (this.tahunMasuk.get(tahun) ?? 0) + 1);
        return { kind: 'kasus', kasus: r.kasus };
    }
    problem(p, header) {
        return this.ctx.t(p.key, { kolom: header, ...p.params });
    }
    /** Build a case from a data row, or the reasons it cannot be one. */
    convert(row) {
        const { t, ctx } = { t: this.ctx.t, ctx: this.ctx };
        const k = {};
        const notes = [];
        const alasan = [];
        const cellOf = (c) => row.cells[c.index] ?? EMPTY_CELL;
        let layananCol = null;
        let statusAsal = null;
        for (const col of ctx.columns) {
            const c = cellOf(col);
            if (col.target === ABAIKAN)
                continue;
            if (c.formulaWithoutResult)
                this.warn(row.n, 'impor.peringatan.rumusTanpaHasil', { kolom: col.header });
            if (c.kind === 'error') {
                if (col.target === MANDATORY_DATE)
                    alasan.push({
                        col: col.index,
                        message: t('impor.alasan.galatExcel', { kolom: col.header, nilai: c.text }),
                    });
                else
                    this.warn(row.n, 'impor.peringatan.galatExcel', { kolom: col.header });
                continue;
            }
            if (col.target === KE_CATATAN) {
                if (c.kind !== 'empty')
                    notes.push(t('impor.catatan.kolom', { kolom: col.header, nilai: asText(c) }));
                continue;
            }
            const field = targetOf(col.target);
            if (!field)
                continue;
            if (field.kind === 'tanggal') {
                if (isBlankish(c))
                    continue;
                const p = parseTanggal(c, ctx.urutan.get(col.index) ?? 'hbt', ctx.tahunAcuan);
                if (p.ok) {
                    set(k, col.target, p.value);
                }
                else if (col.target === MANDATORY_DATE) {
                    alasan.push({ col: col.index, message: this.problem(p.problem, col.header) });
                }
                else {
                    notes.push(t('impor.catatan.tanggalTakTerbaca', { kolom: col.header, nilai: c.text }));
                    this.warn(row.n, 'impor.peringatan.tanggalTakTerbaca', { kolom: col.header });
                }
                continue;
            }
            if (c.kind === 'empty')
                continue;
            const text = asText(c);
            if (field.kind === 'ya-tidak') {
                if (isBlankish(c))
                    continue;
                const v = c.kind === 'boolean' ? c.original === true : parseYaTidak(text);
                if (v !== null)
                    set(k, field.key, v);
                else
                    this.unknown(row.n, col, text, notes);
                continue;
            }
            if (field.kind === 'pilihan') {
                if (isBlankish(c))
                    continue;
                const kolom = kolomKanonik(field.key);
                const allowed = kolom?.allowed ?? [];
                const cocok = (x) => allowed.find((a) => fold(a) === fold(x)) ?? null;
                if (kolom?.kind === 'list') {
                    const parts = text
                        .split(/[;,]/)
                        .map((x) => x.trim())
                        .filter(Boolean);
                    const vals = parts.map(cocok);
                    if (allowed.length && vals.some((v) => v === null))
                        this.unknown(row.n, col, text, notes);
                    else
                        set(k, field.key, allowed.length ? vals : parts);
                }
                else {
                    const v = allowed.length ? cocok(text) : text;
                    if (v !== null)
                        set(k, field.key, v);
                    else
                        this.unknown(row.n, col, text, notes);
                }
                continue;
            }
            switch (field.key) {
                case 'nomor': {
                    set(k, 'nomor', text.replace(/^'/, ''));
                    break;
                }
                case 'klien.nik': {
                    if (isBlankish(c))
                        break;
                    const r = parseNik(c);
                    if (r.status === 'ok')
                        set(k, 'klien.nik', r.nik);
                    else if (r.status === 'angka-utuh') {
                        set(k, 'klien.nik', r.nik);
                        notes.push(t('impor.catatan.nikAngkaUtuh'));
                        this.warn(row.n, 'impor.peringatan.nikAngkaUtuh');
                    }
                    else if (r.status === 'angka-rusak') {
                        notes.push(t('impor.catatan.nikAngkaRusak', { nilai: r.shown }));
                        this.warn(row.n, 'impor.peringatan.nikAngkaRusak');
                    }
                    else {
                        notes.push(t('impor.catatan.nikTidakValid', { nilai: r.shown, digit: r.digits }));
                        this.warn(row.n, 'impor.peringatan.nikTidakValid');
                    }
                    break;
                }
                case 'klien.tempatTanggalLahir': {
                    if (c.kind === 'date' || c.kind === 'number') {
                        const p = parseTanggal(c, ctx.urutan.get(col.index) ?? 'hbt', ctx.tahunAcuan);
                        if (p.ok)
                            set(k, 'klien.tanggalLahir', p.value);
                        break;
                    }
                    const { tempat, tanggal } = splitTempatTanggal(text);
                    if (tempat)
                        notes.push(t('impor.catatan.tempatLahir', { nilai: tempat }));
                    if (tanggal) {
                        const p = parseTanggal({ kind: 'text', text: tanggal, original: tanggal }, ctx.urutan.get(col.index) ?? 'hbt', ctx.tahunAcuan);
                        if (p.ok)
                            set(k, 'klien.tanggalLahir', p.value);
                        else {
                            notes.push(t('impor.catatan.tanggalTakTerbaca', { kolom: col.header, nilai: tanggal }));
                            this.warn(row.n, 'impor.peringatan.tanggalTakTerbaca', { kolom: col.header });
                        }
                    }
                    else if (tempat) {
                        this.warn(row.n, 'impor.peringatan.ttlTanpaTanggal', { kolom: col.header });
                    }
                    break;
                }
                case 'klien.tempatLahir':
                    notes.push(t('impor.catatan.tempatLahir', { nilai: text }));
                    break;
                case 'klien.jenisKelamin': {
                    const v = parseJenisKelamin(text);
                    if (v)
                        set(k, 'klien.jenisKelamin', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.ppks': {
                    const v = parsePpks(text);
                    if (v)
                        set(k, 'klien.ppks', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.klaster': {
                    const v = parseKlaster(text);
                    if (v)
                        set(k, 'klien.klaster', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.dtks': {
                    const v = parseDtks(text);
                    if (v)
                        set(k, 'klien.dtks', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.basisLayanan': {
                    const v = parseBasisLayanan(text);
                    if (v)
                        set(k, 'klien.basisLayanan', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.jenis': {
                    const v = parseJenisKlien(text);
                    if (v)
                        set(k, 'klien.jenis', v);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'klien.kodeWilayah': {
                    if (/^\d{2}(\.\d{2}){1,3}$/.test(text))
                        set(k, 'klien.kodeWilayah', text);
                    else
                        this.unknown(row.n, col, text, notes);
                    break;
                }
                case 'layanan': {
                    layananCol = col;
                    const v = parseLayanan(text);
                    if (v)
                        set(k, 'layanan', v);
                    else if (ctx.layananBawaanTegas) {
                        notes.push(t('impor.catatan.layananAsal', { nilai: text }));
                        this.warn(row.n, 'impor.peringatan.layananTakDikenal', { kolom: col.header });
                    }
                    else {
                        alasan.push({
                            col: col.index,
                            message: t('impor.alasan.layananTakDikenal', { kolom: col.header, nilai: text }),
                        });
                    }
                    break;
                }
                case 'status': {
                    const v = parseStatus(text);
                    if (v)
                        set(k, 'status', v);
                    else
                        statusAsal = { col, text };
                    break;
                }
                case 'pekerjaSosial':
                case 'supervisor': {
                    const m = ctx.staf ? matchStaf(text, ctx.staf) : null;
                    if (m)
                        set(k, field.key, m.id);
                    else {
                        notes.push(t(field.key === 'supervisor'
                            ? 'impor.catatan.supervisor'
                            : 'impor.catatan.pekerjaSosial', { nilai: text }));
                        this.stafTakDikenal.set(text, (this.stafTakDikenal.get(text) ?? 0) + 1);
                    }
                    break;
                }
                case 'timKerjaMasyarakat': {
                    // Staff ids (E 1.1.3): each name matched to lembaga.yaml; the others kept in the notes.
                    const ids = [];
                    for (const nama of text
                        .split(/[;,\n]/)
                        .map((x) => x.trim())
                        .filter(Boolean)) {
                        const m = ctx.staf ? matchStaf(nama, ctx.staf) : null;
                        if (m)
                            ids.push(m.id);
                        else {
                            notes.push(t('impor.catatan.kolom', { kolom: col.header, nilai: nama }));
                            this.stafTakDikenal.set(nama, (this.stafTakDikenal.get(nama) ?? 0) + 1);
                        }
                    }
                    if (ids.length)
                        set(k, 'timKerjaMasyarakat', ids);
                    break;
                }
                case 'catatan':
                    notes.push(text);
                    break;
                default:
                    set(k, field.key, text);
            }
        }
        const nama = get(k, 'klien.nama');
        const nomor = get(k, 'nomor');
        if (!nomor && !nama) {
            const cols = (this.byTarget.get('nomor') ?? []).concat(this.byTarget.get('klien.nama') ?? []);
            alasan.unshift(...(cols.length
                ? cols.map((c) => ({ col: c.index, message: t('impor.alasan.tanpaNomorNama') }))
                : [{ col: null, message: t('impor.alasan.tanpaNomorNama') }]));
        }
        if (typeof nomor === 'string' && nomor) {
            const first = this.nomorDilihat.get(nomor);
            const nomorCol = this.byTarget.get('nomor')?.[0];
            if (first !== undefined)
                alasan.push({
                    col: nomorCol?.index ?? null,
                    message: t('impor.alasan.nomorGanda', { nilai: nomor, baris: first }),
                });
        }
        if (alasan.length)
            return { alasan };
        if (!nomor) {
            set(k, 'nomor', `${ctx.prefiksNomor}-${String(row.n).padStart(4, '0')}`);
            this.warn(row.n, 'impor.peringatan.nomorDibuat');
        }
        this.nomorDilihat.set(get(k, 'nomor'), row.n);
        if (!get(k, 'layanan')) {
            set(k, 'layanan', ctx.layananBawaan);
            if (!ctx.layananBawaanTegas)
                this.warn(row.n, 'impor.peringatan.layananDiduga', {
                    layanan: ctx.layananBawaan,
                    kolom: layananCol?.header ?? '-',
                });
        }
        if (!get(k, 'status')) {
            const derived = get(k, 'tahapan.terminasi.tanggal')
                ? 'selesai'
                : get(k, 'tahapan.rujukan.tanggal') || get(k, 'tahapan.rujukan.lembagaPenerima')
                    ? 'dirujuk'
                    : 'aktif';
            set(k, 'status', derived);
            if (statusAsal) {
                const s = statusAsal;
                notes.push(t('impor.catatan.statusAsal', { nilai: s.text }));
                this.warn(row.n, 'impor.peringatan.nilaiTakDikenal', { kolom: s.col.header });
            }
        }
        if (!get(k, 'klien.jenis'))
            set(k, 'klien.jenis', 'individu');
        // One extension per legacy row: the model keeps a list (1.3.3).
        if (k.perpanjangan && !Array.isArray(k.perpanjangan)) {
            const p = k.perpanjangan;
            if (p.tanggal)
                k.perpanjangan = [p];
            else {
                delete k.perpanjangan;
                for (const [f, v] of Object.entries(p))
                    notes.push(t('impor.catatan.kolom', {
                        kolom: this.headerOf(`perpanjangan.${f}`),
                        nilai: String(v),
                    }));
            }
        }
        // The service period starts at the agreement date (1.2.2 e; docs/domain.md): a legacy
        // register's admission date is that agreement unless a separate column gives it.
        const masuk = get(k, MANDATORY_DATE);
        if (masuk && !get(k, 'tahapan.pendekatanAwal.kesepakatan'))
            set(k, 'tahapan.pendekatanAwal.kesepakatan', masuk);
        if (!get(k, 'tahapan'))
            k.tahapan = {};
        if (notes.length)
            k.catatan = notes.join('; ');
        return { kasus: orderKasus(k) };
    }
    headerOf(target) {
        return this.byTarget.get(target)?.[0]?.header ?? target;
    }
    unknown(n, col, text, notes) {
        notes.push(this.ctx.t('impor.catatan.kolom', { kolom: col.header, nilai: text }));
        this.warn(n, 'impor.peringatan.nilaiTakDikenal', { kolom: col.header });
    }
}
const KASUS_ORDER = [
    'nomor',
    'layanan',
    'status',
    'klien',
    'pemohon',
    'pekerjaSosial',
    'supervisor',
    'timKerjaMasyarakat',
    'tahapan',
    'perpanjangan',
    'catatan',
];
const KLIEN_ORDER = [
    'jenis',
    'nama',
    'nik',
    'tanggalLahir',
    'jenisKelamin',
    'alamat',
    'kodeWilayah',
    'ppks',
    'klaster',
    'basisLayanan',
    'dtks',
    'abh',
];
const TAHAPAN_ORDER = [
    'pendekatanAwal',
    'asesmen',
    'perencanaan',
    'intervensi',
    'evaluasi',
    'rujukan',
    'terminasi',
];
function ordered(o, order) {
    const out = {};
    for (const key of order)
        if (o[key] !== undefined)
            out[key] = o[key];
    for (const [key, v] of Object.entries(o))
        if (!(key in out))
            out[key] = v;
    return out;
}
/** Keys in the order a person reads a register entry. */
function orderKasus(k) {
    const out = ordered(k, KASUS_ORDER);
    if (out.klien)
        out.klien = ordered(out.klien, KLIEN_ORDER);
    if (out.tahapan)
        out.tahapan = ordered(out.tahapan, TAHAPAN_ORDER);
    return out;
}
