import { audit } from './lp.js';
const HITUNGAN = new Set([
    'kasus',
    'kegiatan',
    'pengaduan',
    'rujukan',
    'produk',
]);
/** Breakdowns that count the same things column by column: their totals rows are one quantity. */
export const KELOMPOK_TOTAL = {
    'klien-asal': 'kasus',
    'klien-keadaan-akhir': 'kasus',
    'klien-jenis': 'kasus',
    'klien-jenis-kelamin': 'kasus',
    'klien-umur': 'kasus',
    'klien-ppks': 'kasus',
    'klien-klaster': 'kasus',
    'klien-basis': 'kasus',
    'klien-dtks': 'kasus',
    'klien-wilayah': 'kasus',
    'jangka-waktu': 'kasus',
    'kegiatan-tahap': 'kegiatan',
    'kegiatan-jenis': 'kegiatan',
    'kegiatan-tingkat': 'kegiatan',
    'kegiatan-durasi': 'kegiatan',
    'kegiatan-pembiayaan': 'kegiatan',
    'pengaduan-jenis': 'pengaduan',
    'pengaduan-saluran': 'pengaduan',
    'pengaduan-penyelesaian': 'pengaduan',
};
/** This year's column of the comparison repeats these cells. */
const BANDING_SAMA = {
    dilayani: 'grup:kasus|total|total',
    baru: 'klien-asal|baru|total',
    selesai: 'klien-keadaan-akhir|selesai|total',
    dirujuk: 'klien-keadaan-akhir|dirujuk|total',
    berhenti: 'klien-keadaan-akhir|berhenti|total',
    'aktif-akhir': 'klien-keadaan-akhir|aktif|total',
    kegiatan: 'grup:kegiatan|total|total',
    pengaduan: 'grup:pengaduan|total|total',
};
export function bangunSistem(tabel) {
    const s = new Penyusun();
    for (const tb of tabel) {
        const kolom = tb.kolom.map((k) => k.key);
        const adaTotalKolom = kolom[kolom.length - 1] === 'total';
        if (tb.jenis === 'rincian' && HITUNGAN.has(tb.satuan) && tb.total)
            s.rincian(tb, kolom);
        else if (tb.id === 'perbandingan')
            s.perbandingan(tb, kolom);
        else if (tb.jenis === 'statistik' && adaTotalKolom)
            s.statistik(tb, kolom);
    }
    // Inequalities a reader knows (issue 17 §8): each added only when it holds on the true figures,
    // so the audit is never given a relation the report contradicts.
    for (const tb of tabel)
        s.batasStatistik(tb);
    s.batasLintasTabel(tabel);
    return { vars: s.vars, eqs: s.eqs };
}
/** Builds the system table by table: one variable per published cell, one relation per margin. */
class Penyusun {
    vars = [];
    byKey = new Map();
    eqs = [];
    /** The variable of a cell; the same quantity in two tables is one variable. */
    sel(key, b, j, tabelId, o = {}) {
        const v = b.nilai[j];
        const ada = this.byKey.get(key);
        // Only when the figures agree (a filtered summary may not repeat them); otherwise the cells stay apart.
        if (ada !== undefined && this.vars[ada].nilai === v) {
            this.vars[ada].refs.push({ b, j, tabel: tabelId });
            return ada;
        }
        const i = this.vars.length;
        this.vars.push({
            nilai: v,
            bebas: Boolean(o.bebas),
            margin: Boolean(o.margin),
            refs: [{ b, j, tabel: tabelId }],
            tekan: null,
        });
        if (ada === undefined)
            this.byKey.set(key, i);
        return i;
    }
    /** Σ xs = total. */
    sama(xs, total) {
        const coef = new Map();
        for (const x of xs)
            coef.set(x, (coef.get(x) ?? 0) + 1);
        coef.set(total, (coef.get(total) ?? 0) - 1);
        this.eqs.push({ coef, rhs: 0 });
    }
    /** A breakdown: rows add up to the total row, columns to the total column. */
    rincian(tb, kolom) {
        const grup = KELOMPOK_TOTAL[tb.id];
        const baris = tb.baris.map((b) => kolom.map((k, j) => this.sel(`${tb.id}|${b.key}|${k}`, b, j, tb.id, { margin: k === 'total' })));
        const total = kolom.map((k, j) => this.sel(grup ? `grup:${grup}|total|${k}` : `${tb.id}|total|${k}`, tb.total, j, tb.id, {
            margin: true,
        }));
        if (kolom[kolom.length - 1] === 'total')
            for (const r of [...baris, total])
                this.sama(r.slice(0, -1), r[r.length - 1]);
        kolom.forEach((_, j) => this.sama(baris.map((r) => r[j]), total[j]));
    }
    /** The comparison with last year: selisih = ini − lalu; this year's column repeats other cells. */
    perbandingan(tb, kolom) {
        const [kLalu, kIni] = kolom;
        for (const b of tb.baris) {
            if (b.nilai.some((v) => v === null))
                continue;
            const lalu = this.sel(`perbandingan|${b.key}|${kLalu}`, b, 0, tb.id);
            const sasaran = BANDING_SAMA[b.key];
            const ini = this.sel(sasaran ?? `perbandingan|${b.key}|${kIni}`, b, 1, tb.id);
            const selisih = this.sel(`perbandingan|${b.key}|selisih`, b, 2, tb.id, { bebas: true });
            this.eqs.push({
                coef: new Map([
                    [selisih, 1],
                    [ini, -1],
                    [lalu, 1],
                ]),
                rhs: 0,
            });
        }
    }
    /** Statistics with a total column: each count row adds up across services. */
    statistik(tb, kolom) {
        for (const b of tb.baris) {
            if (!HITUNGAN.has(b.satuan ?? tb.satuan))
                continue;
            if (b.nilai.some((v) => v === null)) {
                // A single figure (quota): its own cell, no relation.
                b.nilai.forEach((v, j) => {
                    if (v !== null)
                        this.sel(`${tb.id}|${b.key}|${kolom[j]}`, b, j, tb.id);
                });
                continue;
            }
            const r = kolom.map((k, j) => this.sel(`${tb.id}|${b.key}|${k}`, b, j, tb.id, { margin: k === 'total' }));
            this.sama(r.slice(0, -1), r[r.length - 1]);
            if (tb.id === 'lama-layanan' && b.key === 'jumlah-selesai')
                this.selesaiDariAktif(r, kolom);
        }
    }
    /** Cases closed in the year = cases counted − cases still active at the end. */
    selesaiDariAktif(r, kolom) {
        kolom.forEach((k, j) => {
            const aktif = this.byKey.get(`klien-keadaan-akhir|aktif|${k}`);
            const semua = this.byKey.get(`grup:kasus|total|${k}`);
            if (aktif === undefined || semua === undefined)
                return;
            if (this.vars[r[j]].nilai + this.vars[aktif].nilai !== this.vars[semua].nilai)
                return;
            this.eqs.push({
                coef: new Map([
                    [r[j], 1],
                    [aktif, 1],
                    [semua, -1],
                ]),
                rhs: 0,
            });
        });
    }
    nilaiDari(coef) {
        let s = 0;
        for (const [i, a] of coef)
            s += a * this.vars[i].nilai;
        return s;
    }
    /** Σ coef·x ≤ 0, when it holds on the true figures. */
    palingBanyak(coef) {
        if (coef.size > 1 && this.nilaiDari(coef) <= 0)
            this.eqs.push({ coef, rhs: 0, op: '<=' });
    }
    kurangDari(a, b) {
        if (a === undefined || b === undefined || a === b)
            return;
        this.palingBanyak(new Map([
            [a, 1],
            [b, -1],
        ]));
    }
    /** A count of some cases (activities, complaints) of a column is at most all of them; Σ months ≥ cases served. */
    batasStatistik(tb) {
        const kolom = tb.kolom.map((k) => k.key);
        if (tb.jenis !== 'statistik' || kolom[kolom.length - 1] !== 'total')
            return;
        for (const b of tb.baris) {
            const satuan = b.satuan ?? tb.satuan;
            if (!HITUNGAN.has(satuan))
                continue;
            kolom.forEach((k) => this.kurangDari(this.byKey.get(`${tb.id}|${b.key}|${k}`), this.byKey.get(`grup:${satuan}|total|${k}`)));
        }
        // Every case served in the year was open in at least one month.
        if (tb.id === 'kasus-per-bulan')
            kolom.forEach((k) => {
                const semua = this.byKey.get(`grup:kasus|total|${k}`);
                if (semua === undefined)
                    return;
                const coef = new Map([[semua, 1]]);
                for (const b of tb.baris) {
                    const i = this.byKey.get(`${tb.id}|${b.key}|${k}`);
                    if (i !== undefined)
                        coef.set(i, (coef.get(i) ?? 0) - 1);
                }
                this.palingBanyak(coef);
            });
    }
    /** Relations between tables: last year's open cases, referrals. */
    batasLintasTabel(tabel) {
        // Cases open at the end of last year are served this year, and are this year's continuing cases.
        const banding = tabel.find((tb) => tb.id === 'perbandingan');
        if (banding) {
            const lalu = this.byKey.get(`perbandingan|aktif-akhir|${banding.kolom[0]?.key}`);
            this.kurangDari(lalu, this.byKey.get('grup:kasus|total|total'));
            const lanjutan = this.byKey.get('klien-asal|lanjutan|total');
            this.kurangDari(lalu, lanjutan);
            this.kurangDari(lanjutan, lalu);
        }
        // A case closed by referral has at least one referral.
        for (const tb of tabel)
            if (tb.id === 'klien-keadaan-akhir')
                tb.kolom.forEach((k) => this.kurangDari(this.byKey.get(`klien-keadaan-akhir|dirujuk|${k.key}`), this.byKey.get(`rujukan-lembaga|total|${k.key}`)));
    }
}
/**
 * The hidden cells an attacker can pin to one value from the published ones: an LP audit per
 * connected group of relations (lp.ts). Returns the pinned variables.
 */
export function auditTersembunyi(vars, eqs, idx, ambang) {
    const pos = new Map(idx.map((i, k) => [i, k]));
    const sub = [];
    for (const e of eqs) {
        const coef = new Map();
        let rhs = e.rhs;
        for (const [i, a] of e.coef) {
            const k = pos.get(i);
            if (k === undefined)
                rhs -= a * vars[i].nilai;
            else
                coef.set(k, (coef.get(k) ?? 0) + a);
        }
        if (coef.size)
            sub.push({ coef, rhs, op: e.op });
    }
    // Connected groups: cells linked by a relation.
    const induk = idx.map((_, k) => k);
    const akar = (k) => (induk[k] === k ? k : (induk[k] = akar(induk[k])));
    for (const e of sub) {
        const ks = [...e.coef.keys()];
        for (const k of ks.slice(1))
            induk[akar(k)] = akar(ks[0]);
    }
    const grup = new Map();
    idx.forEach((_, k) => {
        const r = akar(k);
        const g = grup.get(r) ?? [];
        g.push(k);
        grup.set(r, g);
    });
    const out = [];
    for (const anggota of grup.values()) {
        const lokal = new Map(anggota.map((k, j) => [k, j]));
        const eqG = sub
            .filter((e) => lokal.has([...e.coef.keys()][0]))
            .map((e) => ({
            coef: new Map([...e.coef].map(([k, a]) => [lokal.get(k), a])),
            rhs: e.rhs,
            op: e.op,
        }));
        const hasil = audit(anggota.length, eqG, anggota.map((k) => batasTerbit(vars[idx[k]])), anggota.map((k) => vars[idx[k]].nilai), false, anggota.map((k) => (vars[idx[k]].tekan === 'primer' ? ambang : null)));
        if (!hasil.feasible)
            throw new Error('publik: the report relations do not hold');
        for (const j of hasil.terkunci)
            out.push(idx[anggota[j]]);
    }
    return out;
}
/** What the published report tells of each variable. */
export function batasTerbit(v) {
    if (v.tekan === null)
        return { lb: v.nilai, ub: v.nilai };
    if (v.bebas)
        return { lb: null, ub: null };
    return { lb: 1, ub: null };
}
/**
 * Mark the hidden cells of the report's tables (`Baris.tekan`), primary and secondary, and add a
 * note to each table saying how many and why. Returns the number of cells hidden of each kind.
 */
export function tekanPublik(tabel, ambang) {
    const { vars, eqs } = bangunSistem(tabel);
    for (const v of vars)
        if (!v.bebas && v.nilai >= 1 && v.nilai < ambang)
            v.tekan = 'primer';
    const tersembunyi = (i) => vars[i].tekan !== null;
    const perVar = new Map();
    for (const e of eqs)
        for (const i of e.coef.keys()) {
            const l = perVar.get(i) ?? [];
            l.push(e);
            perVar.set(i, l);
        }
    /** Hide one more cell of `e`: a difference first, then the smallest inner cell, then a total. */
    const tambahDi = (e, baru) => {
        let best = -1;
        const skor = (i) => {
            const v = vars[i];
            return (v.bebas ? 0 : v.margin ? 2e9 : 1e9) + (v.bebas ? 0 : v.nilai) + v.refs.length * 1e-3;
        };
        for (const i of e.coef.keys()) {
            const v = vars[i];
            if (v.tekan !== null || (!v.bebas && v.nilai < 1))
                continue;
            if (best < 0 || skor(i) < skor(best))
                best = i;
        }
        if (best < 0)
            return false;
        vars[best].tekan = 'sekunder';
        baru?.add(best);
        return true;
    };
    for (let putaran = 0; putaran < 10_000; putaran++) {
        // 1. No relation may hold exactly one hidden cell (it would be the total minus the others).
        let ubah = true;
        while (ubah) {
            ubah = false;
            for (const e of eqs) {
                if (e.op === '<=')
                    continue;
                let n = 0;
                for (const i of e.coef.keys())
                    if (tersembunyi(i))
                        n++;
                if (n === 1 && tambahDi(e))
                    ubah = true;
            }
        }
        // 2. The LP audit over the hidden cells, published cells being constants.
        const idx = vars.map((_, i) => i).filter(tersembunyi);
        if (idx.length === 0)
            break;
        const terkunci = auditTersembunyi(vars, eqs, idx, ambang).filter((i) => !vars[i].bebas);
        if (terkunci.length === 0)
            break;
        // Give each failing cell a companion: in one of its own relations if any has a cell left to
        // hide, else in the nearest relation reached through hidden cells (the one that bounds it may
        // lie a few relations away, e.g. the comparison's change column). One per relation per round.
        let ditambah = false;
        const baru = new Set();
        for (const i of terkunci) {
            const eqsI = perVar.get(i) ?? [];
            if (eqsI.some((e) => [...e.coef.keys()].some((j) => baru.has(j))))
                continue;
            const dilihat = new Set();
            const antre = [i];
            const dikunjungi = new Set([i]);
            let selesai = false;
            while (antre.length && !selesai) {
                const v = antre.shift();
                for (const e of perVar.get(v) ?? []) {
                    if (dilihat.has(e))
                        continue;
                    dilihat.add(e);
                    if (tambahDi(e, baru)) {
                        ditambah = selesai = true;
                        break;
                    }
                    for (const j of e.coef.keys())
                        if (tersembunyi(j) && !dikunjungi.has(j)) {
                            dikunjungi.add(j);
                            antre.push(j);
                        }
                }
            }
        }
        // Every cell around is hidden or zero (zeros are never hidden): nothing more to do.
        if (!ditambah)
            break;
    }
    const hitung = { primer: 0, sekunder: 0 };
    const perTabel = new Map();
    for (const v of vars) {
        if (!v.tekan)
            continue;
        hitung[v.tekan]++;
        for (const r of v.refs) {
            r.b.tekan ??= r.b.nilai.map(() => null);
            r.b.tekan[r.j] = v.tekan;
            perTabel.set(r.tabel, (perTabel.get(r.tabel) ?? 0) + 1);
        }
    }
    for (const tb of tabel) {
        const jumlah = perTabel.get(tb.id);
        if (!jumlah)
            continue;
        (tb.catatan ??= []).push({ key: 'laporan.catatan.publikTekan', params: { jumlah, ambang } });
    }
    return hitung;
}
/** A count of findings as published: rounded up to a multiple of the threshold; 0 stays 0. */
export function bulatkanTemuan(n, ambang) {
    return n <= 0 ? 0 : Math.ceil(n / ambang) * ambang;
}
/** Section of the Lampiran a reference points to ("… angka 2.7.3" → "2.7"), as summarise.ts counts it. */
function bagianRujukan(ref, rule) {
    const m = ref ? /(?:angka\s+|Lampiran\s+[A-E]\s+)(\d+\.\d+)/.exec(ref) : null;
    return m ? m[1] : rule.startsWith('kredit-') ? '2.3' : null;
}
/**
 * `--publik`, the findings (issue 17 §8): a pure transformation of the summary, applied after it is
 * built. Counts of findings are counts about clients too ("3 cases without an assessment"), and the
 * report prints them per rule, per aspect (errors / warnings) and in total (the terminal's status
 * line), so a small one shown as "< 5" could be worked out as a total minus the others. In the
 * public version every findings count is rounded UP to a multiple of the threshold (1–5 → 5,
 * 6–10 → 10; 0 stays 0), and every total is the sum of the published counts under it, so the
 * totals tell nothing the rows do not: a reader learns of each count only an interval of
 * `ambang` values that contains the published figure (≥ the threshold), never the count itself
 * nor that it is below the threshold. The same for the data-quality notes (cases counted with a
 * missing date), which may repeat a hidden table cell. The renderers print the numbers as they
 * are; the report's method note says they are rounded. With `--jejak` the true counts are kept
 * as `jumlahAsli` for the internal trace workbook (render-jejak.ts), which lists the register
 * numbers behind them anyway.
 */
export function terbitkanTemuan(lap) {
    if (!lap.publik)
        return lap;
    const T = lap.publik.ambang;
    const bulat = (n) => bulatkanTemuan(n, T);
    const asli = (n) => (lap.jejak ? { jumlahAsli: n } : {});
    const temuan = lap.temuan.map((f) => ({ ...f, jumlah: bulat(f.jumlah), ...asli(f.jumlah) }));
    const aspek = (a) => {
        const dalam = (f) => {
            const b = bagianRujukan(f.ref, f.rule);
            return b !== null && a.bagian.includes(b);
        };
        const jumlah = (sev) => {
            const baris = lap.temuan.filter((f) => f.severity === sev && dalam(f));
            const asli = baris.reduce((s, f) => s + f.jumlah, 0);
            // The aspect's count is the sum of its rules' rows: published as the sum of their published
            // counts. (Where a rule's findings cite sections of two aspects, the rows do not add up to
            // the aspect: its own count is rounded.)
            return asli === a.temuan[sev]
                ? baris.reduce((s, f) => s + bulat(f.jumlah), 0)
                : bulat(a.temuan[sev]);
        };
        return {
            ...a,
            temuan: { error: jumlah('error'), warning: jumlah('warning'), info: bulat(a.temuan.info) },
        };
    };
    return {
        ...lap,
        temuan,
        pengelolaan: lap.pengelolaan.map(aspek),
        penyampaian: lap.penyampaian.map(aspek),
        catatanData: lap.catatanData.map((c) => ({
            ...c,
            jumlah: bulat(c.jumlah),
            ...asli(c.jumlah),
        })),
    };
}
