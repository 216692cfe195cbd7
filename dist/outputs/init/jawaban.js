import { BUTIR_SARANA, DASAR_PENENTUAN_TARIF, GARIS_PENGAWASAN, JENIS_LEMBAGA, JENJANG_PENDIDIKAN, KEGIATAN_PENGAWASAN, KEPEMILIKAN, OBJEK_PENGAWASAN, } from '../../model/lembaga.js';
import { BASIS_LAYANAN } from '../../model/register-schema.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { hariIni, parseTanggal } from '../../core/tanggal.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
/** The documented skeleton of `--ya`: nothing invented, every gap left for `validasi` to name. */
export function jawabanKerangka() {
    return {
        nama: '',
        jenis: 'LKS',
        kepemilikan: 'masyarakat',
        layanan: [],
        atensi: false,
        akreditasi: [],
        pimpinan: {},
        staf: [],
        layananRinci: {},
    };
}
export const cekWajib = (t) => (v) => v.trim() !== '' || t('init.cek.wajib');
/** dd/mm/yyyy (or YYYY-MM-DD) and a real calendar date; empty allowed unless `wajib`. */
export const cekTanggal = (t, wajib = false) => (v) => {
    const s = v.trim();
    if (s === '')
        return wajib ? t('init.cek.wajib') : true;
    return parseTanggal(s) !== null || t('init.cek.tanggal', { nilai: s });
};
/** A validity end date: a real date, and not before the start date given earlier. */
export const cekSampai = (t, mulai) => (v) => {
    const r = cekTanggal(t)(v);
    if (r !== true)
        return r;
    const s = parseTanggal(v);
    return (!s ||
        !mulai ||
        s >= mulai ||
        t('init.cek.sebelumMulai', { nilai: v.trim(), mulai: tampilTanggal(mulai) }));
};
/**
 * A date something already happened (a report made, an inspection held): a real date, not
 * after today. `pesan` names what to give instead (a report by default).
 */
export const cekSudahTerjadi = (t, hariIni, pesan = 'init.cek.sesudahHariIni') => (v) => {
    const r = cekTanggal(t)(v);
    if (r !== true)
        return r;
    const s = parseTanggal(v);
    return !s || s <= hariIni || t(pesan, { nilai: v.trim(), hariIni: tampilTanggal(hariIni) });
};
/**
 * Kemendagri region code as lembaga.yaml accepts it (PP.KK, PP.KK.CC or PP.KK.CC.DD): province
 * 11–94, regency 01–69 or city 71–99 (docs/domain.md "Region codes"). Empty allowed.
 */
export const cekKodeWilayah = (t) => (v) => {
    const s = v.trim();
    if (s === '')
        return true;
    if (!/^\d{2}(\.\d{2}){1,3}$/.test(s))
        return t('init.cek.kodeWilayah', { nilai: s });
    const [pp, kk] = s.split('.').map(Number);
    if (pp < 11 || pp > 94)
        return t('init.cek.kodeProvinsi', { nilai: s });
    if (kk === 0 || kk === 70)
        return t('init.cek.kodeKabupaten', { nilai: s });
    return true;
};
export const cekEmail = (t) => (v) => {
    const s = v.trim();
    if (s === '')
        return true;
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) || t('init.cek.email', { nilai: s });
};
export const cekBilangan = (t, min, max) => (v) => {
    const n = Number(v.trim());
    return ((v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) ||
        t('init.cek.bilangan', { min, max }));
};
/** NIP: 18 digits; empty allowed. */
export const cekNip = (t) => (v) => {
    const s = v.replace(/\s/g, '');
    return s === '' || /^\d{18}$/.test(s) || t('init.cek.nip');
};
/** An ISO date as the user typed it: dd/mm/yyyy. */
export function tampilTanggal(iso) {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
}
/** A year such as 2025; empty allowed. */
export const cekTahun = (t) => (v) => {
    const s = v.trim();
    return (s === '' ||
        (/^\d{4}$/.test(s) && +s >= 1945 && +s <= 2100) ||
        t('init.cek.tahun', { nilai: s }));
};
const JENIS = JENIS_LEMBAGA;
const JENJANG = JENJANG_PENDIDIKAN;
const kosongKeUndefined = (s) => s.trim() === '' ? undefined : s.trim();
/** A free-text answer, the previous answer (if any) as default. */
async function teks(c, message, lama, validate) {
    return kosongKeUndefined(await c.ask.input({
        message,
        ...(lama !== undefined ? { default: lama } : {}),
        ...(validate ? { validate } : {}),
    }));
}
/** A date typed dd/mm/yyyy (or ISO), returned as ISO; empty → undefined. */
async function tanggal(c, message, lama, validate = cekTanggal(c.t)) {
    const v = await teks(c, message, lama ? tampilTanggal(lama) : undefined, validate);
    return v ? (parseTanggal(v) ?? undefined) : undefined;
}
/** A yes/no whose default is the previous answer, else "no": Enter never claims compliance. */
const yaTidak = (c, message, lama) => c.ask.confirm({ message, default: lama ?? false });
/** Say at once that a date already passed (an expired licence is a finding, not a typo). */
function cekBerakhir(c, sampai, apa) {
    if (sampai && sampai < c.tanggal)
        c.ask.catat?.(c.t('init.sudahBerakhir', { apa, tanggal: tampilTanggal(sampai) }));
}
/** Ticks from a list, each shown by its label; ticked only if it was ticked before (Enter claims nothing). */
function centang(c, message, keys, label, lama) {
    // A string is the i18n prefix of the labels ("init.aspek" → init.aspek.edukatif).
    const nama = typeof label === 'string' ? (k) => c.t(`${label}.${k}`) : label;
    return c.ask.checkbox({
        message,
        choices: keys.map((k) => ({ name: nama(k), value: k, checked: lama?.includes(k) ?? false })),
    });
}
const labelLayanan = (c, l) => c.t(`init.layanan.${l}`);
async function tanyaStaf(c, d, lama) {
    const s = await tanyaDiriStaf(c, d, lama);
    await tanyaIzinStaf(c, s, d.layanan, lama);
    s.pelatihan = await tanyaPelatihan(c, s.nama, s.layanan, lama);
    await tanyaPernyataan(c, s, lama);
    // How the evaluation was done is asked in the evaluation section; kept when this one is re-asked.
    return {
        ...s,
        ...(await tanyaKinerja(c, s.nama, lama)),
        ...(lama?.evaluasi && lama.nama === s.nama ? { evaluasi: lama.evaluasi } : {}),
    };
}
/** Name, education (2.3.1 a / 2.3.2 a), a supervisor's years of practice, and the services served. */
async function tanyaDiriStaf(c, { peran, id, urutan, layanan }, lama) {
    const { ask, t } = c;
    const p = { n: urutan, peran: t(`init.peran.${peran}`) };
    const nama = (await teks(c, t('init.tanya.stafNama', p), lama?.nama, cekWajib(t)));
    // No default level or field: Enter must not claim the qualification of 2.3.1 a / 2.3.2 a.
    const jenjang = await ask.select({
        message: t('init.tanya.stafJenjang', { nama }),
        choices: JENJANG.map((j) => ({ name: j, value: j })),
        ...(lama?.jenjang ? { default: lama.jenjang } : {}),
    });
    const bidang = await teks(c, t('init.tanya.stafBidang', { nama }), lama?.bidang);
    let pengalamanTahun;
    if (peran === 'supervisor') {
        // 2.3.2 d sets 5 years: no default, so Enter cannot claim it.
        pengalamanTahun = Number(await ask.input({
            message: t('init.tanya.pengalaman', { nama }),
            ...(lama?.pengalamanTahun !== undefined ? { default: String(lama.pengalamanTahun) } : {}),
            validate: cekBilangan(t, 0, 60),
        }));
    }
    const dipilih = layanan.length <= 1
        ? [...layanan]
        : await ask.checkbox({
            message: t('init.tanya.stafLayanan', { nama }),
            choices: layanan.map((l) => ({
                name: labelLayanan(c, l),
                value: l,
                checked: lama ? lama.layanan.includes(l) : true,
            })),
            validate: (v) => v.length > 0 || t('init.cek.pilihSatu'),
        });
    const s = { id, nama, peran, jenjang, layanan: dipilih };
    if (bidang)
        s.bidang = bidang;
    if (pengalamanTahun !== undefined)
        s.pengalamanTahun = pengalamanTahun;
    return s;
}
/** Certificate, practice licence, professional body, code of ethics and fields of practice. */
async function tanyaIzinStaf(c, s, layanan, lama) {
    const { t } = c;
    const { nama } = s;
    const sertifikat = await teks(c, t('init.tanya.sertifikat', { nama }), lama?.sertifikat?.nomor);
    if (sertifikat) {
        const tgl = await tanggal(c, t('init.tanya.sertifikatTanggal'), lama?.sertifikat?.tanggal);
        s.sertifikat = { nomor: sertifikat, ...(tgl ? { tanggal: tgl } : {}) };
    }
    const izinNomor = await teks(c, t('init.tanya.izinPraktik', { nama }), lama?.izinNomor);
    if (izinNomor) {
        s.izinNomor = izinNomor;
        const sampai = await tanggal(c, t('init.tanya.izinPraktikSampai'), lama?.izinBerlakuSampai);
        if (sampai)
            s.izinBerlakuSampai = sampai;
        cekBerakhir(c, sampai, t('init.apa.izinPraktik', { nama }));
    }
    const org = await teks(c, t('init.tanya.organisasi', { nama }), lama?.organisasiProfesi);
    if (org)
        s.organisasiProfesi = org;
    s.kodeEtik = await yaTidak(c, t('init.tanya.kodeEtik', { nama }), lama?.kodeEtik);
    if (layanan.length) {
        s.pengalamanPraktik = await centang(c, t('init.tanya.pengalamanPraktik', { nama }), layanan, (l) => labelLayanan(c, l), lama?.pengalamanPraktik);
    }
}
/** One training per service the worker serves (its title and year). */
async function tanyaPelatihan(c, nama, dipilih, lama) {
    const { t } = c;
    const out = [];
    for (const l of dipilih) {
        const dulu = lama?.pelatihan?.find((x) => x.bidang.includes(l));
        const judul = await teks(c, t('init.tanya.pelatihan', { nama, layanan: labelLayanan(c, l) }), dulu?.judul);
        if (!judul)
            continue;
        const tahun = await teks(c, t('init.tanya.pelatihanTahun'), dulu?.tahun !== undefined ? String(dulu.tahun) : undefined, cekTahun(t));
        out.push({ judul, ...(tahun ? { tahun: Number(tahun) } : {}), bidang: [l] });
    }
    return out;
}
/** The signed declarations (anti-corruption, anti-harassment) and a clean record. */
async function tanyaPernyataan(c, s, lama) {
    const { t } = c;
    const { nama } = s;
    const antiKorupsi = await tanggal(c, t('init.tanya.antiKorupsi', { nama }), lama?.pernyataan?.antiKorupsi);
    const antiPelecehan = await tanggal(c, t('init.tanya.antiPelecehan', { nama }), lama?.pernyataan?.antiPelecehan);
    if (antiKorupsi || antiPelecehan)
        s.pernyataan = {
            ...(antiKorupsi ? { antiKorupsi } : {}),
            ...(antiPelecehan ? { antiPelecehan } : {}),
        };
    s.riwayatBersih = await yaTidak(c, t('init.tanya.riwayatBersih', { nama }), lama?.riwayatBersih);
}
/** 2.8.2 and 2.8.5: this year's work plan and the last performance review. */
async function tanyaKinerja(c, nama, lama) {
    const tahun = Number(c.tanggal.slice(0, 4));
    const out = {};
    if (await yaTidak(c, c.t('init.tanya.rencanaTahunan', { nama, tahun }), lama ? (lama.rencanaTahunan ?? []).includes(tahun) : undefined))
        out.rencanaTahunan = [tahun];
    const ev = await tanggal(c, c.t('init.tanya.evaluasiTerakhir', { nama }), lama?.evaluasiTerakhir);
    if (ev)
        out.evaluasiTerakhir = ev;
    return out;
}
async function tanyaDokumen(c, message, lama) {
    const nomor = await teks(c, message, lama?.nomor);
    if (!nomor)
        return undefined;
    const tgl = await tanggal(c, c.t('init.tanya.skTanggal'), lama?.tanggal);
    return { nomor, ...(tgl ? { tanggal: tgl } : {}) };
}
/* ------------------------------------------------------------------ sections */
async function bagianIdentitas(c, j) {
    const { ask, t } = c;
    j.nama = (await teks(c, t('init.tanya.nama'), j.nama || undefined, cekWajib(t)));
    j.jenis = await ask.select({
        message: t('init.tanya.jenis'),
        choices: JENIS.map((v) => ({ name: t(`init.jenis.${v}`), value: v })),
        default: j.jenis,
    });
    j.kepemilikan = await ask.select({
        message: t('init.tanya.kepemilikan'),
        choices: KEPEMILIKAN.map((v) => ({ name: t(`init.kepemilikan.${v}`), value: v })),
        default: j.jenis === 'balai'
            ? 'pemerintah-pusat'
            : j.jenis === 'UPT'
                ? 'pemerintah-provinsi'
                : j.kepemilikan,
    });
    j.kota = await teks(c, t('init.tanya.kota'), j.kota, cekWajib(t));
    j.kodeWilayah = await teks(c, t('init.tanya.kodeWilayah'), j.kodeWilayah, cekKodeWilayah(t));
    j.alamat = await teks(c, t('init.tanya.alamat'), j.alamat);
    j.telepon = await teks(c, t('init.tanya.telepon'), j.telepon);
    j.email = await teks(c, t('init.tanya.email'), j.email, cekEmail(t));
    const pemerintah = j.kepemilikan !== 'masyarakat';
    j.pimpinan.nama = await teks(c, t('init.tanya.pimpinanNama'), j.pimpinan.nama, cekWajib(t));
    j.pimpinan.jabatan = await teks(c, t('init.tanya.pimpinanJabatan'), j.pimpinan.jabatan ?? t(pemerintah ? 'init.jabatan.kepala' : 'init.jabatan.ketua'), cekWajib(t));
    delete j.pimpinan.nip;
    if (pemerintah) {
        const nip = (await ask.input({
            message: t('init.tanya.pimpinanNip'),
            ...(j.pimpinan.nip ? { default: j.pimpinan.nip } : {}),
            validate: cekNip(t),
        })).replace(/\s/g, '');
        if (nip)
            j.pimpinan.nip = nip;
    }
}
async function bagianIzin(c, j) {
    const { ask, t } = c;
    const lama = j.izin;
    delete j.izin;
    if (await ask.confirm({ message: t('init.tanya.adaIzin'), default: true })) {
        const nomor = (await teks(c, t('init.tanya.izinNomor'), lama?.nomor, cekWajib(t)));
        const tgl = await tanggal(c, t('init.tanya.izinTanggal'), lama?.tanggal);
        const penerbit = await teks(c, t('init.tanya.izinPenerbit'), lama?.penerbit);
        const berlakuSampai = await tanggal(c, t('init.tanya.izinSampai'), lama?.berlakuSampai, cekSampai(t, tgl));
        cekBerakhir(c, berlakuSampai, t('init.apa.izin'));
        j.izin = {
            nomor,
            ...(tgl ? { tanggal: tgl } : {}),
            ...(penerbit ? { penerbit } : {}),
            ...(berlakuSampai ? { berlakuSampai } : {}),
        };
    }
    const lamaAkr = j.akreditasi;
    j.akreditasi = [];
    for (const bidang of j.layanan) {
        const dulu = lamaAkr.find((a) => a.bidang === bidang);
        if (!(await ask.confirm({
            message: t('init.tanya.akreditasi', { layanan: labelLayanan(c, bidang) }),
            default: dulu !== undefined,
        })))
            continue;
        const a = { bidang };
        a.peringkat = await ask.select({
            message: t('init.tanya.peringkat'),
            choices: ['A', 'B', 'C'].map((p) => ({ name: p, value: p })),
            ...(dulu?.peringkat ? { default: dulu.peringkat } : {}),
        });
        const nomor = await teks(c, t('init.tanya.akreditasiNomor'), dulu?.nomor);
        if (nomor)
            a.nomor = nomor;
        const sampai = await tanggal(c, t('init.tanya.akreditasiSampai'), dulu?.berlakuSampai);
        if (sampai)
            a.berlakuSampai = sampai;
        cekBerakhir(c, sampai, t('init.apa.akreditasi', { layanan: labelLayanan(c, bidang) }));
        j.akreditasi.push(a);
    }
}
async function bagianLayanan(c, j) {
    const { ask, t } = c;
    j.layanan = await ask.checkbox({
        message: t('init.tanya.layanan'),
        choices: LAYANAN_KEYS.map((l) => ({
            name: labelLayanan(c, l),
            value: l,
            checked: j.layanan.includes(l),
        })),
        validate: (v) => v.length > 0 || t('init.cek.pilihSatu'),
    });
    j.atensi = j.layanan.includes('rehabilitasi')
        ? await ask.confirm({ message: t('init.tanya.atensi'), default: j.atensi })
        : false;
    const lama = j.layananRinci;
    j.layananRinci = {};
    let skPengaduan;
    for (const l of j.layanan) {
        const r = await tanyaSatuLayanan(c, l, j.atensi, lama[l], skPengaduan);
        skPengaduan = r.sk.pengaduan ?? skPengaduan;
        j.layananRinci[l] = r;
    }
    for (const s of j.staf) {
        s.layanan = s.layanan.filter((l) => j.layanan.includes(l));
        if (!s.layanan.length)
            s.layanan = [...j.layanan];
    }
}
/** One service: its three decrees (1.1, 1.4.3, 1.6.6), tariff factors, fee, ATENSI bases, community team. */
async function tanyaSatuLayanan(c, l, atensi, dulu, skPengaduan) {
    const { ask, t } = c;
    const nama = labelLayanan(c, l);
    const r = { sk: {} };
    const kriteria = await tanyaDokumen(c, t('init.tanya.skKriteria', { layanan: nama }), dulu?.sk.kriteriaKlien);
    if (kriteria)
        r.sk.kriteriaKlien = kriteria;
    const tarif = await tanyaDokumen(c, t('init.tanya.skTarif', { layanan: nama }), dulu?.sk.tarif);
    if (tarif) {
        r.sk.tarif = tarif;
        // 1.4.2: which factors the decree rests on (pro bono, 1.4.2 e, is checked on the cases).
        r.faktorTarif = await ask.checkbox({
            message: t('init.tanya.faktorTarif', { layanan: nama }),
            choices: STANDAR[l].faktorTarif
                .filter((f) => f.key !== 'probono')
                .map((f) => ({
                name: c.bahasa === 'en' ? f.labelEn : f.label,
                value: f.key,
                checked: dulu?.faktorTarif?.includes(f.key) ?? false,
            })),
        });
        // 1.4.1 a–e: the bases the decree names; none ticked unless ticked before.
        r.dasarTarif = await centang(c, t('init.tanya.dasarTarif', { layanan: nama }), DASAR_PENENTUAN_TARIF, 'init.dasarTarif', dulu?.dasarTarif);
    }
    // One complaints decree often serves every service: the previous one is offered.
    const pengaduan = await tanyaDokumen(c, t('init.tanya.skPengaduan', { layanan: nama }), dulu?.sk.pengaduan ?? skPengaduan);
    if (pengaduan)
        r.sk.pengaduan = pengaduan;
    r.tanpaBiaya =
        (await ask.select({
            message: t('init.tanya.biaya', { layanan: nama }),
            choices: [
                { name: t('init.biaya.gratis'), value: 'gratis' },
                { name: t('init.biaya.berbayar'), value: 'berbayar' },
            ],
            ...(dulu?.tanpaBiaya !== undefined
                ? { default: dulu.tanpaBiaya ? 'gratis' : 'berbayar' }
                : {}),
        })) === 'gratis';
    if (l === 'rehabilitasi' && atensi)
        r.basisLayanan = await centang(c, t('init.tanya.basisLayanan'), BASIS_LAYANAN, 'init.basis', dulu?.basisLayanan);
    if (l === 'pengembangan') {
        const tim = await teks(c, t('init.tanya.timKerja'), dulu?.timKerja?.join(', '));
        if (tim)
            r.timKerja = tim
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean);
    }
    return r;
}
async function bagianStaf(c, j) {
    const lama = j.staf;
    const lamaPs = lama.filter((s) => s.peran === 'pekerja-sosial');
    const lamaSpv = lama.filter((s) => s.peran === 'supervisor');
    j.staf = [];
    await tanyaKelompokStaf(c, 'pekerja-sosial', lama.length, lamaPs, j);
    await tanyaKelompokStaf(c, 'supervisor', lama.length, lamaSpv, j);
    // Fewer staff than before: attendee lists answered earlier keep only people who still exist.
    const ids = new Set(j.staf.map((s) => s.id));
    const ks = j.keselamatan;
    if (ks)
        for (const k of PESERTA) {
            const daftar = ks[k];
            if (daftar)
                ks[k] = daftar.filter((id) => ids.has(id));
        }
}
/** How many workers of one role, then each of them (ids ps-01…, spv-01…; the earlier answers as defaults). */
async function tanyaKelompokStaf(c, peran, adaLama, lama, j) {
    const ps = peran === 'pekerja-sosial';
    const jumlah = Number(await c.ask.input({
        message: c.t(ps ? 'init.tanya.jumlahPeksos' : 'init.tanya.jumlahSupervisor'),
        default: String(adaLama ? lama.length : 1),
        validate: cekBilangan(c.t, 0, ps ? 100 : 20),
    }));
    for (let i = 1; i <= jumlah; i++) {
        const id = `${ps ? 'ps' : 'spv'}-${String(i).padStart(2, '0')}`;
        j.staf.push(await tanyaStaf(c, { peran, id, urutan: i, layanan: j.layanan }, lama[i - 1]));
    }
}
const PESERTA = ['pesertaInformasi', 'pesertaLatihanBencana', 'pesertaLatihanDrill'];
/** Facility and equipment items of 2.2.1 and 2.2.3 for the services chosen, each once. */
function itemSarana(j, jenis) {
    const seen = new Map();
    for (const l of j.layanan)
        for (const f of STANDAR[l][jenis])
            if (!seen.has(f.key))
                seen.set(f.key, f);
    return [...seen.values()];
}
async function bagianSarana(c, j) {
    for (const jenis of ['fasilitas', 'peralatan']) {
        const items = itemSarana(j, jenis);
        const ada = await c.ask.checkbox({
            message: c.t(`init.tanya.${jenis}`),
            choices: items.map((f) => ({
                name: c.bahasa === 'en' ? f.labelEn : f.label,
                value: f.key,
                checked: j[jenis]?.[f.key] ?? false,
            })),
        });
        j[jenis] = Object.fromEntries(items.map((f) => [f.key, ada.includes(f.key)]));
    }
}
const KESELAMATAN_YA = [
    'protokolDarurat',
    'jalurEvakuasi',
    'tandaArah',
    'titikKumpul',
    'informasiKeselamatan',
    'penjelasanKlien',
];
async function bagianKeselamatan(c, j) {
    const { ask, t } = c;
    const lama = j.keselamatan ?? {};
    const ada = await ask.checkbox({
        message: t('init.tanya.keselamatan'),
        choices: KESELAMATAN_YA.map((k) => ({
            name: t(`init.keselamatan.${k}`),
            value: k,
            checked: lama[k] === true,
        })),
    });
    const ks = Object.fromEntries(KESELAMATAN_YA.map((k) => [k, ada.includes(k)]));
    // 2.7.2 a–c are owed to every worker: who received each is ticked by name, none by default.
    if (ks.informasiKeselamatan) {
        const p = await pesertaStaf(c, j, t('init.tanya.pesertaInformasi'), lama.pesertaInformasi);
        if (p)
            ks.pesertaInformasi = p;
    }
    const apar = Number(await ask.input({
        message: t('init.tanya.aparJumlah'),
        ...(lama.apar?.jumlah !== undefined ? { default: String(lama.apar.jumlah) } : {}),
        validate: cekBilangan(t, 0, 999),
    }));
    ks.apar = { jumlah: apar };
    if (apar > 0) {
        const kd = await tanggal(c, t('init.tanya.aparKedaluwarsa'), lama.apar?.kedaluwarsa);
        if (kd)
            ks.apar.kedaluwarsa = kd;
        cekBerakhir(c, kd, t('init.apa.apar'));
    }
    const bencana = await tanggal(c, t('init.tanya.latihanBencana'), lama.latihanBencanaTerakhir);
    if (bencana) {
        ks.latihanBencanaTerakhir = bencana;
        const p = await pesertaStaf(c, j, t('init.tanya.pesertaBencana'), lama.pesertaLatihanBencana);
        if (p)
            ks.pesertaLatihanBencana = p;
    }
    const drill = await tanggal(c, t('init.tanya.latihanDrill'), lama.latihanDrillTerakhir);
    if (drill) {
        ks.latihanDrillTerakhir = drill;
        const p = await pesertaStaf(c, j, t('init.tanya.pesertaDrill'), lama.pesertaLatihanDrill);
        if (p)
            ks.pesertaLatihanDrill = p;
    }
    const kontak = await pilihStaf(c, j, t('init.tanya.kontakKeselamatan'), lama.kontakKeselamatan?.staf);
    if (kontak) {
        ks.kontakKeselamatan = { staf: kontak };
        const tgl = await tanggal(c, t('init.tanya.kontakPelatihan'), lama.kontakKeselamatan?.pelatihanTerakhir);
        if (tgl)
            ks.kontakKeselamatan.pelatihanTerakhir = tgl;
    }
    j.keselamatan = ks;
}
/**
 * Staff ids ticked by name (2.7.2 attendees); nothing ticked unless ticked before, so Enter
 * never claims that everyone attended. No staff entered: not asked.
 */
async function pesertaStaf(c, j, message, lama) {
    if (!j.staf.length)
        return undefined;
    return c.ask.checkbox({
        message,
        choices: j.staf.map((s) => ({
            name: s.nama,
            value: s.id,
            checked: lama?.includes(s.id) ?? false,
        })),
    });
}
/** One staff member by name, or nobody yet. */
async function pilihStaf(c, j, message, lama) {
    if (!j.staf.length)
        return undefined;
    const v = await c.ask.select({
        message,
        choices: [
            ...j.staf.map((s) => ({ name: s.nama, value: s.id })),
            { name: c.t('init.belumAda'), value: '' },
        ],
        ...(lama ? { default: lama } : {}),
    });
    return v || undefined;
}
const SALURAN = ['telepon', 'whatsapp', 'kotakPengaduan', 'email', 'alamatSurat'];
async function bagianPengaduan(c, j) {
    const { ask, t } = c;
    const lama = j.pengaduan ?? {};
    const p = {};
    const saluran = {};
    for (const k of SALURAN) {
        const v = await teks(c, t(`init.tanya.saluran.${k}`), lama.saluran?.[k]);
        if (v)
            saluran[k] = v;
    }
    if (Object.keys(saluran).length)
        p.saluran = saluran;
    if (await yaTidak(c, t('init.tanya.adaProsedur'), lama.prosedur ? true : undefined)) {
        const lp = lama.prosedur ?? {};
        const pr = {};
        if (j.staf.length) {
            const petugas = await ask.checkbox({
                message: t('init.tanya.petugasPengaduan'),
                choices: j.staf.map((s) => ({
                    name: s.nama,
                    value: s.id,
                    checked: lp.petugas?.includes(s.id) ?? false,
                })),
            });
            if (petugas.length)
                pr.petugas = petugas;
        }
        const alur = await teks(c, t('init.tanya.alur'), lp.alur);
        if (alur)
            pr.alur = alur;
        const batas = {};
        for (const k of ['penerimaan', 'penanganan', 'penyampaianHasil']) {
            const v = await teks(c, t(`init.tanya.batas.${k}`), lp.batasWaktuHari?.[k] !== undefined ? String(lp.batasWaktuHari[k]) : undefined, (x) => x.trim() === '' || cekBilangan(t, 0, 365)(x));
            if (v)
                batas[k] = Number(v);
        }
        if (Object.keys(batas).length)
            pr.batasWaktuHari = batas;
        const lindung = await teks(c, t('init.tanya.perlindunganKlien'), lp.perlindunganKlien);
        if (lindung)
            pr.perlindunganKlien = lindung;
        pr.laporanBerkala = await ask.select({
            message: t('init.tanya.laporanBerkala'),
            choices: ['bulanan', 'triwulanan', 'semesteran', 'tahunan'].map((v) => ({
                name: t(`init.berkala.${v}`),
                value: v,
            })),
            ...(lp.laporanBerkala ? { default: lp.laporanBerkala } : {}),
        });
        p.prosedur = pr;
        const terakhir = await tanggal(c, t('init.tanya.laporanTerakhir'), lama.laporanTerakhir, cekSudahTerjadi(t, c.tanggal));
        if (terakhir)
            p.laporanTerakhir = terakhir;
    }
    j.pengaduan = p;
}
const ASPEK = ['edukatif', 'suportif', 'administratif'];
async function bagianMutu(c, j) {
    const { t } = c;
    const pg = j.pengawasan ?? {};
    const pedoman = await yaTidak(c, t('init.tanya.pedomanPengawasan'), pg.pedoman);
    const pertemuan = await teks(c, t('init.tanya.pertemuanBerkala'), pg.pertemuanBerkala);
    const aspek = await centang(c, t('init.tanya.aspek'), ASPEK, 'init.aspek', pg.aspek);
    j.pengawasan = { pedoman, ...(pertemuan ? { pertemuanBerkala: pertemuan } : {}), aspek };
    const jm = j.jaminan ?? {};
    const metode = await yaTidak(c, t('init.tanya.metodeTeruji'), jm.metodeTeruji);
    const pengawas = await teks(c, t('init.tanya.pengawasPemerintah'), jm.pengawasPemerintah);
    const laporan = await teks(c, t('init.tanya.laporanTahunan'), jm.laporanTahunanTerakhir !== undefined ? String(jm.laporanTahunanTerakhir) : undefined, cekTahun(t));
    j.jaminan = {
        metodeTeruji: metode,
        ...(pengawas ? { pengawasPemerintah: pengawas } : {}),
        ...(laporan ? { laporanTahunanTerakhir: Number(laporan) } : {}),
    };
    const ev = j.evaluasiKinerja ?? {};
    j.evaluasiKinerja = {
        kerangkaKompetensi: await yaTidak(c, t('init.tanya.kerangkaKompetensi'), ev.kerangkaKompetensi),
        formatEvaluasi: await yaTidak(c, t('init.tanya.formatEvaluasi'), ev.formatEvaluasi),
    };
    for (const s of j.staf)
        if (s.evaluasiTerakhir)
            s.evaluasi = await tanyaEvaluasi(c, s);
}
const MASUKAN = ['teman-sejawat', 'klien', 'staf-lebih-tinggi'];
const DIUKUR = [
    'tujuan-kinerja',
    'pelaksanaan-tugas',
    'pengetahuan',
    'keterampilan',
    'nilai-etik',
];
/**
 * 2.8.3–2.8.6: how one worker's last evaluation was done. Every step is a yes/no and every
 * opinion or measure a tick, "no" unless answered before: Enter never claims the procedure.
 */
async function tanyaEvaluasi(c, s) {
    const { t } = c;
    const lama = s.evaluasi;
    const p = { nama: s.nama, tanggal: tampilTanggal(s.evaluasiTerakhir) };
    const isianDiri = await yaTidak(c, t('init.tanya.evIsianDiri', p), lama?.isianDiri);
    const masukan = await centang(c, t('init.tanya.evMasukan', p), MASUKAN, 'init.masukan', lama?.masukan);
    const pertemuan = await yaTidak(c, t('init.tanya.evPertemuan', p), lama?.pertemuan);
    const rencanaBerikutnya = await yaTidak(c, t('init.tanya.evRencana', p), lama?.rencanaBerikutnya);
    const diukur = await centang(c, t('init.tanya.evDiukur', p), DIUKUR, 'init.diukur', lama?.diukur);
    return { isianDiri, masukan, pertemuan, rencanaBerikutnya, diukur };
}
/**
 * 2.2.2 a–f: the institution's last inspection of its rooms and equipment. No date: no
 * inspection recorded. Every item is "belum" unless ticked (Enter claims nothing).
 */
async function bagianPemeriksaan(c, j) {
    const { t } = c;
    const lama = j.pemeriksaanSarana;
    delete j.pemeriksaanSarana;
    const tgl = await tanggal(c, t('init.tanya.pemeriksaanTanggal'), lama?.tanggal, cekSudahTerjadi(t, c.tanggal, 'init.cek.belumTerjadi'));
    if (!tgl)
        return;
    const sesuai = await centang(c, t('init.tanya.pemeriksaanSesuai', { tanggal: tampilTanggal(tgl) }), BUTIR_SARANA, 'init.butirSarana', lama ? BUTIR_SARANA.filter((b) => lama.hasil?.[b] === 'sesuai') : undefined);
    j.pemeriksaanSarana = {
        tanggal: tgl,
        hasil: Object.fromEntries(BUTIR_SARANA.map((b) => [b, sesuai.includes(b) ? 'sesuai' : 'belum'])),
    };
}
/** 2.4.3 i–j happen when the occasion arises: asked as yes/no, not dated. */
const KEGIATAN_BILA_ADA = ['penanganan-keluhan', 'perlindungan'];
/**
 * 2.4.1–2.4.4: the guideline's decision (number, date), the objects supervised, when each way
 * of supervising performance was last held, and the lines of oversight. Nothing ticked and
 * every yes/no "no" unless answered before; dates of things done, never after today.
 */
async function bagianPengawasanInternal(c, j) {
    const { t } = c;
    const lama = j.pengawasanInternal ?? {};
    const pi = {};
    const nomor = await teks(c, t('init.tanya.pedomanNomor'), lama.pedoman?.nomor);
    if (nomor) {
        const tgl = await tanggal(c, t('init.tanya.pedomanTanggal'), lama.pedoman?.tanggal, cekSudahTerjadi(t, c.tanggal, 'init.cek.belumTerjadi'));
        pi.pedoman = { nomor, ...(tgl ? { tanggal: tgl } : {}) };
    }
    pi.objek = await centang(c, t('init.tanya.objekPengawasan'), OBJEK_PENGAWASAN, 'init.objekPengawasan', lama.objek);
    const kegiatan = [];
    for (const jenis of KEGIATAN_PENGAWASAN) {
        const dulu = lama.kegiatan?.find((g) => g.jenis === jenis);
        const apa = t(`init.kegiatanPengawasan.${jenis}`);
        if (KEGIATAN_BILA_ADA.includes(jenis)) {
            if (await yaTidak(c, t('init.tanya.kegiatanBilaAda', { apa }), lama.kegiatan && !!dulu))
                kegiatan.push({ jenis });
            continue;
        }
        const tgl = await tanggal(c, t('init.tanya.kegiatanTerakhir', { apa }), dulu?.terakhir, cekSudahTerjadi(t, c.tanggal, 'init.cek.belumTerjadi'));
        if (tgl)
            kegiatan.push({ jenis, terakhir: tgl });
    }
    pi.kegiatan = kegiatan;
    pi.oleh = await centang(c, t('init.tanya.garisPengawasan'), GARIS_PENGAWASAN, 'init.garisPengawasan', lama.oleh);
    j.pengawasanInternal = pi;
}
/** The wizard's sections, in the order asked; the review screen offers each again. */
export const BAGIAN_INIT = [
    { key: 'identitas', tanya: bagianIdentitas },
    { key: 'layanan', tanya: bagianLayanan },
    { key: 'izin', tanya: bagianIzin },
    { key: 'staf', tanya: bagianStaf },
    { key: 'sarana', tanya: bagianSarana },
    { key: 'pemeriksaan', tanya: bagianPemeriksaan },
    { key: 'keselamatan', tanya: bagianKeselamatan },
    { key: 'pengaduan', tanya: bagianPengaduan },
    { key: 'mutu', tanya: bagianMutu },
    { key: 'pengawasanInternal', tanya: bagianPengawasanInternal },
];
/**
 * Ask every question, in order, validating each answer as it is typed; then show the answers
 * and let the user change any section before anything is written.
 */
export async function tanyaJawaban(ask, t, o = {}) {
    const c = { ask, t, tanggal: o.tanggal ?? hariIni(), bahasa: o.bahasa ?? 'id' };
    const j = jawabanKerangka();
    for (const b of BAGIAN_INIT) {
        ask.catat?.(`\n${t(`init.bagian.${b.key}`)}`);
        await b.tanya(c, j);
    }
    for (;;) {
        ask.catat?.(ringkasan(j, t));
        const pilih = await ask.select({
            message: t('init.tanya.tinjau'),
            choices: [
                { name: t('init.tinjau.tulis'), value: 'tulis' },
                ...BAGIAN_INIT.map((b) => ({
                    name: t('init.tinjau.ubah', { bagian: t(`init.bagian.${b.key}`) }),
                    value: b.key,
                })),
            ],
            default: 'tulis',
        });
        if (pilih === 'tulis')
            return j;
        await BAGIAN_INIT.find((b) => b.key === pilih).tanya(c, j);
    }
}
/** The review screen: the answers, section by section, as the user typed them. */
export function ringkasan(j, t) {
    const ya = (v) => t(v ? 'init.ya' : 'init.tidak');
    const tgl = (v) => (v ? tampilTanggal(v) : '-');
    const L = ['', t('init.tinjau.judul')];
    const sub = (key) => L.push('', `  ${t(`init.bagian.${key}`)}`);
    const baris = (label, nilai) => L.push(`    ${label}: ${nilai}`);
    sub('identitas');
    baris(t('init.r.nama'), j.nama || '-');
    baris(t('init.r.jenis'), `${j.jenis}, ${j.kepemilikan}`);
    baris(t('init.r.kota'), j.kota ?? '-');
    baris(t('init.r.pimpinan'), [j.pimpinan.jabatan, j.pimpinan.nama].filter(Boolean).join(' ') || '-');
    sub('layanan');
    for (const l of j.layanan) {
        const r = j.layananRinci[l];
        const sk = ['kriteriaKlien', 'tarif', 'pengaduan']
            .map((k) => r?.sk[k]?.nomor ?? '-')
            .join(' / ');
        const faktor = r?.sk.tarif
            ? `; ${t('init.r.faktorTarif')}: ${r.faktorTarif?.length ? r.faktorTarif.join(', ') : '-'}` +
                `; ${t('init.r.dasarTarif')}: ${r.dasarTarif?.length ?? 0}/${DASAR_PENENTUAN_TARIF.length}`
            : '';
        baris(t(`init.layanan.${l}`), `SK ${sk}; ${t(r?.tanpaBiaya ? 'init.biaya.gratis' : 'init.biaya.berbayar')}${faktor}`);
    }
    sub('izin');
    baris(t('init.r.izin'), j.izin ? `${j.izin.nomor} (${tgl(j.izin.berlakuSampai)})` : '-');
    for (const a of j.akreditasi)
        baris(t('init.r.akreditasi', { layanan: a.bidang }), `${a.peringkat ?? '-'} (${tgl(a.berlakuSampai)})`);
    sub('staf');
    for (const s of j.staf)
        baris(`${s.nama} (${t(`init.peran.${s.peran}`)})`, [
            `${s.jenjang ?? '-'} ${s.bidang ?? ''}`.trim(),
            s.pengalamanTahun !== undefined ? t('init.r.tahun', { n: s.pengalamanTahun }) : '',
            `${t('init.r.sertifikat')} ${s.sertifikat?.nomor ?? '-'}`,
            `${t('init.r.izinPraktik')} ${s.izinNomor ?? '-'} (${tgl(s.izinBerlakuSampai)})`,
        ]
            .filter(Boolean)
            .join('; '));
    sub('sarana');
    const adaList = (m) => String(Object.values(m ?? {}).filter(Boolean).length) +
        '/' +
        String(Object.keys(m ?? {}).length);
    baris(t('init.r.fasilitas'), adaList(j.fasilitas));
    baris(t('init.r.peralatan'), adaList(j.peralatan));
    sub('pemeriksaan');
    const ps = j.pemeriksaanSarana;
    baris(t('init.r.pemeriksaan'), ps
        ? `${tgl(ps.tanggal)}; ${t('init.r.sesuai')} ${adaList(Object.fromEntries(BUTIR_SARANA.map((b) => [b, ps.hasil?.[b] === 'sesuai'])))}`
        : '-');
    sub('keselamatan');
    const ks = j.keselamatan ?? {};
    baris(t('init.r.keselamatan'), adaList(Object.fromEntries(KESELAMATAN_YA.map((k) => [k, ks[k] === true]))));
    baris(t('init.r.apar'), `${ks.apar?.jumlah ?? 0} (${tgl(ks.apar?.kedaluwarsa)})`);
    baris(t('init.r.drill'), tgl(ks.latihanDrillTerakhir));
    const peserta = (d) => (d ? `${d.length}/${j.staf.length}` : '-');
    baris(t('init.r.peserta'), PESERTA.map((k) => peserta(ks[k])).join(', '));
    sub('pengaduan');
    baris(t('init.r.saluran'), Object.keys(j.pengaduan?.saluran ?? {}).length.toString());
    baris(t('init.r.prosedur'), ya(j.pengaduan?.prosedur !== undefined));
    baris(t('init.r.laporanTerakhir'), tgl(j.pengaduan?.laporanTerakhir));
    sub('mutu');
    baris(t('init.r.pedoman'), ya(j.pengawasan?.pedoman));
    baris(t('init.r.aspek'), (j.pengawasan?.aspek ?? []).join(', ') || '-');
    baris(t('init.r.evaluasi'), ya(j.evaluasiKinerja?.kerangkaKompetensi && j.evaluasiKinerja.formatEvaluasi));
    for (const s of j.staf) {
        const e = s.evaluasiTerakhir ? s.evaluasi : undefined;
        if (!e)
            continue;
        const n = [e.isianDiri, e.pertemuan, e.rencanaBerikutnya].filter(Boolean).length +
            (e.masukan?.length ?? 0) +
            (e.diukur?.length ?? 0);
        baris(t('init.r.evaluasiStaf', { nama: s.nama, tanggal: tgl(s.evaluasiTerakhir) }), `${n}/${3 + MASUKAN.length + DIUKUR.length}`);
    }
    sub('pengawasanInternal');
    const pi = j.pengawasanInternal;
    const per = (n, dari) => `${n ?? 0}/${dari}`;
    baris(t('init.r.pedomanKeputusan'), pi?.pedoman ? `${pi.pedoman.nomor ?? '-'} (${tgl(pi.pedoman.tanggal)})` : '-');
    baris(t('init.r.objekPengawasan'), per(pi?.objek?.length, OBJEK_PENGAWASAN.length));
    baris(t('init.r.kegiatanPengawasan'), per(pi?.kegiatan?.length, KEGIATAN_PENGAWASAN.length));
    baris(t('init.r.garisPengawasan'), per(pi?.oleh?.length, GARIS_PENGAWASAN.length));
    L.push('');
    return L.join('\n');
}
