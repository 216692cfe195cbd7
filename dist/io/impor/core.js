import { EMPTY_CELL } from './cell.js';
import { ABAIKAN, KE_CATATAN, kolomKanonik, targetOf } from './fields.js';
import { fold } from './values.js';
import { normaliseNilai, parseYaTidak } from '../../model/nilai.js';
import { get, orderKasus, set } from './kasus-draf.js';
import { footerKind, isEmptyRow } from './table.js';
import { addBukti, decideOrder, emptyBukti, matchStaf, parseNik, parseTanggal, splitTempatTanggal, } from './values.js';
/** Rejected rows in an array. */
export class DitolakDiMemori {
    rows = [];
    lebar = 0;
    get length() {
        return this.rows.length;
    }
    push(b) {
        this.rows.push(b);
        if (b.cells.length > this.lebar)
            this.lebar = b.cells.length;
    }
    contoh(n) {
        return this.rows.slice(0, n);
    }
    buang() {
        this.rows.length = 0;
    }
    [Symbol.iterator]() {
        return this.rows[Symbol.iterator]();
    }
}
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
const MANDATORY_DATE = 'tahapan.pendekatanAwal.tanggal';
/** Distinct values remembered per kind (a bound: a column of names must not fill memory). */
const BATAS_INGAT = 4096;
function ingat(memo, key, f) {
    const v = memo.get(key);
    if (v !== undefined || memo.has(key))
        return v;
    const r = f();
    if (memo.size >= BATAS_INGAT)
        memo.clear();
    memo.set(key, r);
    return r;
}
/** A choice column's value(s) as the model spells them; null when one is not on the list. */
function pilihan(key, text) {
    const kolom = kolomKanonik(key);
    const allowed = kolom?.allowed ?? [];
    const cocok = (x) => allowed.find((a) => fold(a) === fold(x)) ?? null;
    if (kolom?.kind === 'list') {
        const parts = text
            .split(/[;,]/)
            .map((x) => x.trim())
            .filter(Boolean);
        const vals = parts.map(cocok);
        if (allowed.length && vals.some((v) => v === null))
            return null;
        return allowed.length ? vals : parts;
    }
    return allowed.length ? cocok(text) : text;
}
/** Fields read by one normaliser of model/nilai.ts: text in, the model's key out, or null. */
const NILAI_BIDANG = {
    'klien.jenisKelamin': 'jenisKelamin',
    'klien.ppks': 'ppks',
    'klien.klaster': 'klaster',
    'klien.dtks': 'dtks',
    'klien.basisLayanan': 'basisLayanan',
    'klien.jenis': 'jenisKlien',
};
const KODE_WILAYAH = /^\d{2}(\.\d{2}){1,3}$/;
/** Accumulates the import of one table; feed it every row below the header, in order. */
export class ImporSession {
    ctx;
    ditolak;
    rowsRead = 0;
    imported = 0;
    rejected = 0;
    peringatan = new Map();
    /** Workers' names not found among lembaga.yaml's staff (staff names, not client data). */
    stafTakDikenal = new Map();
    /** Imported cases per admission year (to suggest the register's file name). */
    tahunMasuk = new Map();
    footer = null;
    nomorDilihat = new Map();
    byTarget = new Map();
    memoNilai = new Map();
    memoPilihan = new Map();
    memoStaf = new Map();
    constructor(ctx, ditolak = new DitolakDiMemori()) {
        this.ctx = ctx;
        this.ditolak = ditolak;
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
    /** The last row was added: forget what only the next rows needed (numbers seen, remembered values). */
    selesai() {
        this.nomorDilihat.clear();
        this.memoNilai.clear();
        this.memoPilihan.clear();
        this.memoStaf.clear();
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
    /**
     * A choice value through model/nilai.ts, remembered: a register repeats a few spellings of
     * its services, sexes and statuses over every row (issue 16: folding each one again was a
     * tenth of a 100 000-row import).
     */
    nilai(jenis, text) {
        return ingat(this.memoNilai, `${jenis}\u0000${text}`, () => normaliseNilai(jenis, text));
    }
    /** A worker's name as a staff id of lembaga.yaml (remembered: a few workers over every row). */
    staf(text) {
        const staf = this.ctx.staf;
        return staf ? ingat(this.memoStaf, text, () => matchStaf(text, staf)) : null;
    }
    problem(p, header) {
        return this.ctx.t(p.key, { kolom: header, ...p.params });
    }
    /** Build a case from a data row, or the reasons it cannot be one. */
    convert(row) {
        const d = {
            n: row.n,
            k: {},
            notes: [],
            alasan: [],
            layananCol: null,
            statusAsal: null,
        };
        for (const col of this.ctx.columns)
            this.bacaSel(d, col, row.cells[col.index] ?? EMPTY_CELL);
        this.periksaNomor(d);
        if (d.alasan.length)
            return { alasan: d.alasan };
        this.lengkapi(d);
        return { kasus: orderKasus(d.k) };
    }
    /** One cell into the case, its notes, the row's warnings or the reasons to reject the row. */
    bacaSel(d, col, c) {
        const { t } = this.ctx;
        if (col.target === ABAIKAN)
            return;
        if (c.formulaWithoutResult)
            this.warn(d.n, 'impor.peringatan.rumusTanpaHasil', { kolom: col.header });
        if (c.kind === 'error') {
            if (col.target === MANDATORY_DATE)
                d.alasan.push({
                    col: col.index,
                    message: t('impor.alasan.galatExcel', { kolom: col.header, nilai: c.text }),
                });
            else
                this.warn(d.n, 'impor.peringatan.galatExcel', { kolom: col.header });
            return;
        }
        if (col.target === KE_CATATAN) {
            if (c.kind !== 'empty')
                d.notes.push(t('impor.catatan.kolom', { kolom: col.header, nilai: asText(c) }));
            return;
        }
        const field = targetOf(col.target);
        if (!field)
            return;
        if (field.kind === 'tanggal')
            return this.bacaTanggal(d, col, c);
        if (c.kind === 'empty')
            return;
        if (field.kind === 'ya-tidak')
            return this.bacaYaTidak(d, col, field.key, c);
        if (field.kind === 'pilihan')
            return this.bacaPilihan(d, col, field.key, c);
        const jenis = NILAI_BIDANG[field.key];
        if (jenis) {
            const v = this.nilai(jenis, asText(c));
            if (v)
                set(d.k, field.key, v);
            else
                this.unknown(d.n, col, asText(c), d.notes);
            return;
        }
        this.bacaBidang(d, col, field.key, c);
    }
    bacaTanggal(d, col, c) {
        if (isBlankish(c))
            return;
        const p = parseTanggal(c, this.urutanOf(col), this.ctx.tahunAcuan);
        if (p.ok)
            set(d.k, col.target, p.value);
        else if (col.target === MANDATORY_DATE)
            d.alasan.push({ col: col.index, message: this.problem(p.problem, col.header) });
        else
            this.tanggalTakTerbaca(d, col, c.text);
    }
    tanggalTakTerbaca(d, col, nilai) {
        d.notes.push(this.ctx.t('impor.catatan.tanggalTakTerbaca', { kolom: col.header, nilai }));
        this.warn(d.n, 'impor.peringatan.tanggalTakTerbaca', { kolom: col.header });
    }
    urutanOf(col) {
        return this.ctx.urutan.get(col.index) ?? 'hbt';
    }
    bacaYaTidak(d, col, key, c) {
        if (isBlankish(c))
            return;
        const text = asText(c);
        const v = c.kind === 'boolean' ? c.original === true : parseYaTidak(text);
        if (v !== null)
            set(d.k, key, v);
        else
            this.unknown(d.n, col, text, d.notes);
    }
    /** A value of the canonical column's list (one, or several separated by ; or ,). */
    bacaPilihan(d, col, key, c) {
        if (isBlankish(c))
            return;
        const text = asText(c);
        const v = ingat(this.memoPilihan, `${key}\u0000${text}`, () => pilihan(key, text));
        if (v === null)
            this.unknown(d.n, col, text, d.notes);
        else
            set(d.k, key, Array.isArray(v) ? [...v] : v);
    }
    /** The fields that need more than a lookup: number, NIK, place and date of birth, service, status, staff. */
    bacaBidang(d, col, key, c) {
        const { t } = this.ctx;
        const text = asText(c);
        switch (key) {
            case 'nomor':
                set(d.k, 'nomor', text.replace(/^'/, ''));
                return;
            case 'klien.nik':
                return this.bacaNik(d, c);
            case 'klien.tempatTanggalLahir':
                return this.bacaTtl(d, col, c);
            case 'klien.kodeWilayah':
                if (KODE_WILAYAH.test(text))
                    set(d.k, 'klien.kodeWilayah', text);
                else
                    this.unknown(d.n, col, text, d.notes);
                return;
            case 'klien.tempatLahir':
                d.notes.push(t('impor.catatan.tempatLahir', { nilai: text }));
                return;
            case 'layanan':
                return this.bacaLayanan(d, col, text);
            case 'status': {
                const v = this.nilai('status', text);
                if (v)
                    set(d.k, 'status', v);
                else
                    d.statusAsal = { col, text };
                return;
            }
            case 'pekerjaSosial':
            case 'supervisor':
                return this.bacaPetugas(d, key, text);
            case 'timKerjaMasyarakat':
                return this.bacaTim(d, col, text);
            case 'catatan':
                d.notes.push(text);
                return;
            default:
                set(d.k, key, text);
        }
    }
    bacaNik(d, c) {
        if (isBlankish(c))
            return;
        const { t } = this.ctx;
        const r = parseNik(c);
        if (r.status === 'ok')
            set(d.k, 'klien.nik', r.nik);
        else if (r.status === 'angka-utuh') {
            set(d.k, 'klien.nik', r.nik);
            d.notes.push(t('impor.catatan.nikAngkaUtuh'));
            this.warn(d.n, 'impor.peringatan.nikAngkaUtuh');
        }
        else if (r.status === 'angka-rusak') {
            d.notes.push(t('impor.catatan.nikAngkaRusak', { nilai: r.shown }));
            this.warn(d.n, 'impor.peringatan.nikAngkaRusak');
        }
        else {
            d.notes.push(t('impor.catatan.nikTidakValid', { nilai: r.shown, digit: r.digits }));
            this.warn(d.n, 'impor.peringatan.nikTidakValid');
        }
    }
    /** "Bandung, 12-03-2010": the date into the case, the place into the notes. */
    bacaTtl(d, col, c) {
        const { t, tahunAcuan } = this.ctx;
        if (c.kind === 'date' || c.kind === 'number') {
            const p = parseTanggal(c, this.urutanOf(col), tahunAcuan);
            if (p.ok)
                set(d.k, 'klien.tanggalLahir', p.value);
            return;
        }
        const { tempat, tanggal } = splitTempatTanggal(asText(c));
        if (tempat)
            d.notes.push(t('impor.catatan.tempatLahir', { nilai: tempat }));
        if (tanggal) {
            const cell = { kind: 'text', text: tanggal, original: tanggal };
            const p = parseTanggal(cell, this.urutanOf(col), tahunAcuan);
            if (p.ok)
                set(d.k, 'klien.tanggalLahir', p.value);
            else
                this.tanggalTakTerbaca(d, col, tanggal);
        }
        else if (tempat) {
            this.warn(d.n, 'impor.peringatan.ttlTanpaTanggal', { kolom: col.header });
        }
    }
    bacaLayanan(d, col, text) {
        const { t } = this.ctx;
        d.layananCol = col;
        const v = this.nilai('layanan', text);
        if (v)
            set(d.k, 'layanan', v);
        else if (this.ctx.layananBawaanTegas) {
            d.notes.push(t('impor.catatan.layananAsal', { nilai: text }));
            this.warn(d.n, 'impor.peringatan.layananTakDikenal', { kolom: col.header });
        }
        else {
            d.alasan.push({
                col: col.index,
                message: t('impor.alasan.layananTakDikenal', { kolom: col.header, nilai: text }),
            });
        }
    }
    /** The worker or supervisor as a staff id of lembaga.yaml, else the name kept in the notes. */
    bacaPetugas(d, key, text) {
        const m = this.staf(text);
        if (m)
            set(d.k, key, m.id);
        else {
            const catatan = key === 'supervisor' ? 'impor.catatan.supervisor' : 'impor.catatan.pekerjaSosial';
            d.notes.push(this.ctx.t(catatan, { nilai: text }));
            this.stafTakDikenal.set(text, (this.stafTakDikenal.get(text) ?? 0) + 1);
        }
    }
    /** Staff ids (E 1.1.3): each name matched to lembaga.yaml; the others kept in the notes. */
    bacaTim(d, col, text) {
        const ids = [];
        for (const nama of text
            .split(/[;,\n]/)
            .map((x) => x.trim())
            .filter(Boolean)) {
            const m = this.staf(nama);
            if (m)
                ids.push(m.id);
            else {
                d.notes.push(this.ctx.t('impor.catatan.kolom', { kolom: col.header, nilai: nama }));
                this.stafTakDikenal.set(nama, (this.stafTakDikenal.get(nama) ?? 0) + 1);
            }
        }
        if (ids.length)
            set(d.k, 'timKerjaMasyarakat', ids);
    }
    /** A row needs a number or a name, and a number seen on no earlier row. */
    periksaNomor(d) {
        const { t } = this.ctx;
        const nama = get(d.k, 'klien.nama');
        const nomor = get(d.k, 'nomor');
        if (!nomor && !nama) {
            const cols = (this.byTarget.get('nomor') ?? []).concat(this.byTarget.get('klien.nama') ?? []);
            d.alasan.unshift(...(cols.length
                ? cols.map((c) => ({ col: c.index, message: t('impor.alasan.tanpaNomorNama') }))
                : [{ col: null, message: t('impor.alasan.tanpaNomorNama') }]));
        }
        if (typeof nomor === 'string' && nomor) {
            const first = this.nomorDilihat.get(nomor);
            const nomorCol = this.byTarget.get('nomor')?.[0];
            if (first !== undefined)
                d.alasan.push({
                    col: nomorCol?.index ?? null,
                    message: t('impor.alasan.nomorGanda', { nilai: nomor, baris: first }),
                });
        }
    }
    /** What an accepted row lacks: a made-up number, the default service, a derived status. */
    lengkapi(d) {
        const { ctx } = this;
        const { k } = d;
        if (!get(k, 'nomor')) {
            set(k, 'nomor', `${ctx.prefiksNomor}-${String(d.n).padStart(4, '0')}`);
            this.warn(d.n, 'impor.peringatan.nomorDibuat');
        }
        this.nomorDilihat.set(get(k, 'nomor'), d.n);
        if (!get(k, 'layanan')) {
            set(k, 'layanan', ctx.layananBawaan);
            if (!ctx.layananBawaanTegas)
                this.warn(d.n, 'impor.peringatan.layananDiduga', {
                    layanan: ctx.layananBawaan,
                    kolom: d.layananCol?.header ?? '-',
                });
        }
        if (!get(k, 'status')) {
            const derived = get(k, 'tahapan.terminasi.tanggal')
                ? 'selesai'
                : get(k, 'tahapan.rujukan.tanggal') || get(k, 'tahapan.rujukan.lembagaPenerima')
                    ? 'dirujuk'
                    : 'aktif';
            set(k, 'status', derived);
            if (d.statusAsal) {
                d.notes.push(ctx.t('impor.catatan.statusAsal', { nilai: d.statusAsal.text }));
                this.warn(d.n, 'impor.peringatan.nilaiTakDikenal', { kolom: d.statusAsal.col.header });
            }
        }
        if (!get(k, 'klien.jenis'))
            set(k, 'klien.jenis', 'individu');
        this.satuPerpanjangan(d);
        // The service period starts at the agreement date (1.2.2 e; docs/domain.md): a legacy
        // register's admission date is that agreement unless a separate column gives it.
        const masuk = get(k, MANDATORY_DATE);
        if (masuk && !get(k, 'tahapan.pendekatanAwal.kesepakatan'))
            set(k, 'tahapan.pendekatanAwal.kesepakatan', masuk);
        if (!get(k, 'tahapan'))
            k.tahapan = {};
        if (d.notes.length)
            k.catatan = d.notes.join('; ');
    }
    /** One extension per legacy row: the model keeps a list (1.3.3); one without a date goes to the notes. */
    satuPerpanjangan(d) {
        const { k } = d;
        if (!k.perpanjangan || Array.isArray(k.perpanjangan))
            return;
        const p = k.perpanjangan;
        if (p.tanggal) {
            k.perpanjangan = [p];
            return;
        }
        delete k.perpanjangan;
        for (const [f, v] of Object.entries(p))
            d.notes.push(this.ctx.t('impor.catatan.kolom', {
                kolom: this.headerOf(`perpanjangan.${f}`),
                nilai: String(v),
            }));
    }
    headerOf(target) {
        return this.byTarget.get(target)?.[0]?.header ?? target;
    }
    unknown(n, col, text, notes) {
        notes.push(this.ctx.t('impor.catatan.kolom', { kolom: col.header, nilai: text }));
        this.warn(n, 'impor.peringatan.nilaiTakDikenal', { kolom: col.header });
    }
}
