/**
 * A small dense simplex, enough to audit a published report: given the linear relations between
 * its cells (row and column totals, totals shared by several tables), the values it publishes and
 * what it says of the others (a range), how far can each hidden cell move? Used by `--publik`
 * (secondary suppression, publik.ts) and by the disclosure test, which attacks the published
 * report with it. Two phases, Bland's rule (no cycling); the problems are a few hundred variables.
 */
const EPS = 1e-9;
/** A feasible basis of { Σ A x = b, lb ≤ x ≤ ub }, kept to optimise several objectives from. */
export class Lp {
    n;
    kolomVar = [];
    tab = [];
    basis = [];
    ncol = 0;
    feasible;
    batas;
    constructor(n, eqsIn, batasIn) {
        this.n = n;
        // Inequalities become equations with a slack variable ≥ 0 each (indices n, n+1, …).
        const batasAll = [...batasIn];
        const eqs = eqsIn.map((e) => {
            if (e.op !== '<=')
                return e;
            const coef = new Map(e.coef);
            coef.set(batasAll.length, 1);
            batasAll.push({ lb: 0, ub: null });
            return { coef, rhs: e.rhs };
        });
        this.batas = batasAll;
        const batas = batasAll;
        // Columns: y_i = x_i − lb_i ≥ 0 (a free x_i is y⁺ − y⁻), one slack per upper bound, artificials.
        let col = 0;
        for (let i = 0; i < batas.length; i++) {
            const free = batas[i].lb === null;
            this.kolomVar.push({ pos: col++, neg: free ? col++ : -1 });
        }
        const ubRows = batas.map((b, i) => [b, i]).filter(([b]) => b.ub !== null);
        const nStruct = col + ubRows.length;
        const m = eqs.length + ubRows.length;
        const nArt = eqs.length;
        this.ncol = nStruct + nArt;
        const rows = [];
        const basis = [];
        eqs.forEach((e, r) => {
            const row = new Float64Array(this.ncol + 1);
            let rhs = e.rhs;
            for (const [i, a] of e.coef) {
                const kv = this.kolomVar[i];
                row[kv.pos] += a;
                if (kv.neg >= 0)
                    row[kv.neg] -= a;
                rhs -= a * (batas[i].lb ?? 0);
            }
            if (rhs < 0) {
                for (let c = 0; c < nStruct; c++)
                    row[c] = -row[c];
                rhs = -rhs;
            }
            row[nStruct + r] = 1;
            row[this.ncol] = rhs;
            rows.push(row);
            basis.push(nStruct + r);
        });
        ubRows.forEach(([b, i], k) => {
            const row = new Float64Array(this.ncol + 1);
            row[this.kolomVar[i].pos] = 1;
            row[col + k] = 1;
            row[this.ncol] = b.ub - (b.lb ?? 0);
            rows.push(row);
            basis.push(col + k);
        });
        this.tab = rows;
        this.basis = basis;
        // Phase 1: minimise the artificials (maximise their negative sum).
        const obj = new Float64Array(this.ncol + 1);
        for (let r = 0; r < nArt; r++)
            obj[nStruct + r] = -1;
        const z = this.optimiseRaw(obj, this.ncol);
        this.feasible = z !== null && z > -1e-7;
        if (!this.feasible)
            return;
        // Drive the artificials out of the basis; a row that cannot be is redundant.
        for (let r = m - 1; r >= 0; r--) {
            if (this.basis[r] < nStruct)
                continue;
            const row = this.tab[r];
            let pc = -1;
            for (let c = 0; c < nStruct; c++)
                if (Math.abs(row[c]) > 1e-7) {
                    pc = c;
                    break;
                }
            if (pc >= 0)
                this.pivot(r, pc);
            else {
                this.tab.splice(r, 1);
                this.basis.splice(r, 1);
            }
        }
        // Drop the artificial columns.
        this.tab = this.tab.map((row) => {
            const out = new Float64Array(nStruct + 1);
            out.set(row.subarray(0, nStruct));
            out[nStruct] = row[this.ncol];
            return out;
        });
        this.ncol = nStruct;
    }
    pivot(r, c) {
        const pr = this.tab[r];
        const p = pr[c];
        for (let k = 0; k <= this.ncol; k++)
            pr[k] = pr[k] / p;
        for (let i = 0; i < this.tab.length; i++) {
            if (i === r)
                continue;
            const row = this.tab[i];
            const f = row[c];
            if (Math.abs(f) < 1e-15)
                continue;
            for (let k = 0; k <= this.ncol; k++)
                row[k] = row[k] - f * pr[k];
        }
        this.basis[r] = c;
    }
    /** Maximise obj·columns over the current tableau (columns < limit may enter); null = unbounded. */
    optimiseRaw(obj, limit) {
        // Reduced costs kept as a row updated with each pivot: d_c = obj_c − Σ_r obj_basis(r)·tab[r][c].
        const d = new Float64Array(this.ncol + 1);
        d.set(obj.subarray(0, this.ncol + 1));
        for (let r = 0; r < this.tab.length; r++) {
            const f = obj[this.basis[r]];
            if (f === 0)
                continue;
            const row = this.tab[r];
            for (let c = 0; c <= this.ncol; c++)
                d[c] = d[c] - f * row[c];
        }
        const basic = new Uint8Array(this.ncol);
        for (const b of this.basis)
            basic[b] = 1;
        for (let iter = 0; iter < 100_000; iter++) {
            let enter = -1;
            for (let c = 0; c < limit; c++)
                if (!basic[c] && d[c] > EPS) {
                    enter = c;
                    break;
                }
            if (enter < 0)
                return -d[this.ncol];
            let leave = -1;
            let best = Infinity;
            for (let r = 0; r < this.tab.length; r++) {
                const a = this.tab[r][enter];
                if (a > EPS) {
                    const ratio = this.tab[r][this.ncol] / a;
                    if (ratio < best - EPS ||
                        (Math.abs(ratio - best) <= EPS && this.basis[r] < this.basis[leave])) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0)
                return null;
            basic[this.basis[leave]] = 0;
            basic[enter] = 1;
            this.pivot(leave, enter);
            const f = d[enter];
            const pr = this.tab[leave];
            for (let c = 0; c <= this.ncol; c++)
                d[c] = d[c] - f * pr[c];
        }
        throw new Error('simplex: iteration limit');
    }
    /** Max of Σ c_i·x_i (null = unbounded) and the x at the optimum; the basis is not changed. */
    maksimum(c) {
        if (!this.feasible)
            throw new Error('simplex: infeasible');
        const saved = { tab: this.tab.map((r) => r.slice()), basis: [...this.basis] };
        const obj = new Float64Array(this.ncol + 1);
        let konst = 0;
        for (const [i, a] of c) {
            const kv = this.kolomVar[i];
            obj[kv.pos] += a;
            if (kv.neg >= 0)
                obj[kv.neg] -= a;
            konst += a * (this.batas[i].lb ?? 0);
        }
        const z = this.optimiseRaw(obj, this.ncol);
        const x = this.titik();
        this.tab = saved.tab;
        this.basis = saved.basis;
        return { nilai: z === null ? null : z + konst, x };
    }
    titik() {
        const colVal = new Float64Array(this.ncol);
        this.basis.forEach((c, r) => (colVal[c] = this.tab[r][this.ncol]));
        return this.kolomVar.map((kv, i) => (this.batas[i].lb ?? 0) + colVal[kv.pos] - (kv.neg >= 0 ? colVal[kv.neg] : 0));
    }
}
/**
 * The hidden variables an attacker can pin to one integer, or bound below a required value: for
 * each, min and max over the LP relaxation (all equations, inequalities and bounds). Pinned when
 * no other integer lies in [min, max]; short when `naik[i]` is set and max < naik[i] (the upper
 * protection level: for a small count, the attacker must not be able to rule out a value at the
 * threshold). `benar` is the true point, used only to skip variables already seen to move far
 * enough. Returns the indices pinned or short and each variable's range.
 */
export function audit(n, eqs, batas, benar, 
/** Compute every range; otherwise a variable already seen to move far enough is not solved again. */
lengkap = true, 
/** Per variable, the value its max must reach (null = only "not pinned"). */
naik = []) {
    const lp = new Lp(n, eqs, batas);
    const rentang = Array.from({ length: n }, () => [null, null]);
    if (!lp.feasible)
        return { feasible: false, terkunci: [], rentang };
    // Per variable: seen at a point ≥ 1 away from the truth, and the largest value seen.
    const bergerak = new Array(n).fill(false);
    const maksDilihat = new Array(n).fill(-Infinity);
    const lihat = (x) => {
        for (let i = 0; i < n; i++) {
            const v = x[i];
            if (Math.abs(v - benar[i]) >= 1 - 1e-6)
                bergerak[i] = true;
            if (v > maksDilihat[i])
                maksDilihat[i] = v;
        }
    };
    const cukup = (i) => bergerak[i] && (naik[i] == null || maksDilihat[i] >= naik[i] - 1e-6);
    const terkunci = [];
    for (let i = 0; i < n; i++) {
        if (!lengkap && cukup(i))
            continue;
        const maks = lp.maksimum(new Map([[i, 1]]));
        lihat(maks.x);
        const hi = maks.nilai === null ? Infinity : Math.floor(maks.nilai + 1e-6);
        // Short of the protection level already: no need for the min.
        if (!lengkap && naik[i] != null && hi < naik[i]) {
            rentang[i] = [null, maks.nilai];
            terkunci.push(i);
            continue;
        }
        const min = lp.maksimum(new Map([[i, -1]]));
        lihat(min.x);
        rentang[i] = [min.nilai === null ? null : -min.nilai, maks.nilai];
        const lo = min.nilai === null ? -Infinity : Math.ceil(-min.nilai - 1e-6);
        if (lo >= hi || (naik[i] != null && hi < naik[i]))
            terkunci.push(i);
    }
    return { feasible: true, terkunci, rentang };
}
