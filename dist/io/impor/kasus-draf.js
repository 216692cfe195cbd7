/** Dotted paths split once (a few dozen fields, set on every row). */
const BAGIAN = new Map();
function bagian(path) {
    let parts = BAGIAN.get(path);
    if (!parts) {
        parts = path.split('.');
        if (BAGIAN.size < 1024)
            BAGIAN.set(path, parts);
    }
    return parts;
}
/** Set a value at a dotted path, creating the objects on the way. */
export function set(obj, path, value) {
    const parts = bagian(path);
    let o = obj;
    for (let i = 0; i < parts.length - 1; i++) {
        const k = parts[i];
        if (!o[k] || typeof o[k] !== 'object')
            o[k] = {};
        o = o[k];
    }
    o[parts[parts.length - 1]] = value;
}
/** The value at a dotted path, or undefined. */
export function get(obj, path) {
    let o = obj;
    for (const k of bagian(path)) {
        if (!o || typeof o !== 'object')
            return undefined;
        o = o[k];
    }
    return o;
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
    for (const key of order) {
        const v = o[key];
        if (v !== undefined)
            out[key] = v;
    }
    // A draft is a plain object (no inherited keys): for…in without the entries' arrays.
    for (const key in o)
        if (!(key in out))
            out[key] = o[key];
    return out;
}
/** Keys in the order a person reads a register entry. */
export function orderKasus(k) {
    const out = ordered(k, KASUS_ORDER);
    if (out.klien)
        out.klien = ordered(out.klien, KLIEN_ORDER);
    if (out.tahapan)
        out.tahapan = ordered(out.tahapan, TAHAPAN_ORDER);
    return out;
}
