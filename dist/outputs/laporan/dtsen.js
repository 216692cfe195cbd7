import { eraDtsen } from '../../standards/dtsen.js';
/** `t` with "DTKS" named as DTSEN in the report's data-social labels when `akhirPeriode` calls for it. */
export function denganNamaDtsen(t, akhirPeriode, bahasa) {
    if (!eraDtsen(akhirPeriode))
        return t;
    const nama = bahasa === 'en' ? 'DTSEN (formerly DTKS)' : 'DTSEN (dahulu DTKS)';
    return (key, params) => {
        const s = t(key, params);
        return /dtks/i.test(key) && !s.includes('DTSEN') ? s.replace(/\bDTKS\b/g, nama) : s;
    };
}
