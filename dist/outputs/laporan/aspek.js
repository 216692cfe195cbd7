import { tanggalSah } from './tanggal.js';
import { L, TABEL_IDS } from './tabel/dasar.js';
import { pekerjaSosialProfesional } from './tabel/staf.js';
/** Whether a licence or accreditation is valid on `tanggal` (null: no end date recorded). */
export function berlaku(sampai, tanggal) {
    const d = tanggalSah(sampai);
    return d ? d >= tanggal : null;
}
/** The objects of a list from lembaga.yaml; an item the schema rejected (null, a number) is left out. */
export function daftarObjek(xs) {
    return Array.isArray(xs)
        ? xs.filter((x) => x !== null && typeof x === 'object')
        : [];
}
/** The Lampiran section (x.y) a reference or a rule's section names, e.g. "2.3". */
function bagianDari(ref) {
    const m = /(?:angka\s+|Lampiran\s+[A-E]\s+)(\d+\.\d+)/.exec(ref);
    return m ? m[1] : null;
}
/**
 * A finding of the credit rules (kredit/<tahun>.yaml|xlsx). Their messages name workers by staff
 * id and numbers only; load problems of those files (which may quote a cell) are not included.
 */
export function dariLogKredit(f) {
    return f.rule.startsWith('kredit-');
}
/** The section (x.y) a finding concerns: its `bagian` field, else read from its reference. */
function bagianTemuan(f) {
    if (f.bagian)
        return /^\d+\.\d+/.exec(f.bagian)?.[0] ?? null;
    // Credit-log findings (PermenPANRB 2020, Jabatan Fungsional Pekerja Sosial) concern the
    // competence of the civil-service social workers: counted under 2.3 Kompetensi pelaksana.
    return f.ref ? (bagianDari(f.ref) ?? (dariLogKredit(f) ? '2.3' : null)) : null;
}
/** Findings and rules per section, and how an aspect's status follows from them. */
class Penilai {
    findings;
    ruleSections;
    temuan = new Map();
    aturan = new Map();
    constructor(findings, ruleSections) {
        this.findings = findings;
        this.ruleSections = ruleSections;
        for (const f of findings ?? []) {
            const b = bagianTemuan(f);
            if (!b)
                continue;
            const c = this.temuan.get(b) ?? { error: 0, warning: 0, info: 0 };
            c[f.severity]++;
            this.temuan.set(b, c);
        }
        for (const r of ruleSections ?? []) {
            const bagian = new Set(r.sections.map(bagianDari).filter((b) => b !== null));
            for (const b of bagian)
                this.aturan.set(b, (this.aturan.get(b) ?? 0) + 1);
        }
    }
    aspek(huruf, judul, bagian, fakta, tabel = []) {
        const temuan = { error: 0, warning: 0, info: 0 };
        let aturan = 0;
        for (const b of bagian) {
            const c = this.temuan.get(b);
            if (c)
                for (const s of ['error', 'warning', 'info'])
                    temuan[s] += c[s];
            aturan += this.aturan.get(b) ?? 0;
        }
        // Without the rule registry, a section with findings was evidently checked.
        const diperiksa = this.findings !== null && (this.ruleSections ? aturan > 0 : true);
        const status = temuan.error > 0
            ? 'tidak-memenuhi'
            : temuan.warning > 0
                ? 'perlu-perhatian'
                : diperiksa
                    ? 'memenuhi'
                    : 'tidak-diperiksa';
        return {
            huruf,
            judul: L(`laporan.aspek.${judul}`),
            bagian,
            fakta,
            status,
            temuan,
            aturan,
            tabel,
        };
    }
}
const fakta = (key, params) => L(`laporan.fakta.${key}`, params);
const yaTidak = (b) => b === true ? 'ya' : b === false ? 'tidak' : 'tidak-diisi';
/** 2.2: the minimum facilities of the services reported that lembaga.yaml records. */
function faktaSarana({ l, layanan, standar }) {
    const fas = l.fasilitas ?? {};
    const kunci = new Set(layanan.flatMap((k) => (standar[k]?.fasilitas ?? []).map((f) => f.key)));
    const ada = [...kunci].filter((k) => {
        const v = fas[k];
        return (v === true || (typeof v === 'number' && v > 0) || (typeof v === 'string' && v.trim() !== ''));
    }).length;
    return fakta('fasilitas', { ada, dari: kunci.size });
}
/** 2.7: safety provisions recorded, and the last drill. */
function faktaKeselamatan({ l }) {
    const kes = l.keselamatan ?? {};
    const butir = [
        kes.protokolDarurat,
        kes.apar ? (kes.apar.jumlah ?? 0) > 0 : undefined,
        kes.jalurEvakuasi,
        kes.tandaArah,
        kes.titikKumpul,
        kes.informasiKeselamatan,
        kes.penjelasanKlien,
    ];
    return [
        fakta('keselamatan', { ada: butir.filter((x) => x === true).length, dari: butir.length }),
        fakta('latihan', { tanggal: tanggalSah(kes.latihanDrillTerakhir) ?? '-' }),
    ];
}
/** 2.6: licence, accreditation of the services reported, last annual report. */
function faktaJaminan({ l, layanan, tanggal }) {
    const izin = l.izin?.nomor
        ? berlaku(l.izin.berlakuSampai, tanggal) === false
            ? 'kedaluwarsa'
            : 'ada'
        : 'tidak-diisi';
    const akreditasi = daftarObjek(l.akreditasi).filter((a) => layanan.includes(a.bidang) && berlaku(a.berlakuSampai, tanggal) !== false).length;
    return [
        fakta(`izin.${izin}`, { nomor: l.izin?.nomor ?? '-', sampai: l.izin?.berlakuSampai ?? '-' }),
        fakta('akreditasi', { ada: akreditasi, dari: layanan.length }),
        fakta('laporanTerakhir', { tahun: l.jaminan?.laporanTahunanTerakhir ?? '-' }),
    ];
}
/** 2.3 and 2.5: staff, social workers, supervisors, and the indicator. */
function faktaPelaksana({ l }) {
    const staf = (l.staf ?? []).filter((s) => s.aktif !== false);
    const peran = (p) => staf.filter((s) => s.peran === p).length;
    return [
        fakta('jumlahStaf', {
            staf: staf.length,
            peksos: peran('pekerja-sosial'),
            supervisor: peran('supervisor'),
        }),
        fakta('indikator', {
            jumlah: staf.filter((s) => pekerjaSosialProfesional(s) === 'profesional').length,
        }),
    ];
}
/** Part 2: management of the institution (Pasal 34 ayat 2 a–g). */
function pengelolaan(p, d) {
    const { l, layanan, standar, tahun } = d;
    const staf = (l.staf ?? []).filter((s) => s.aktif !== false);
    const dievaluasi = staf.filter((s) => (tanggalSah(s.evaluasiTerakhir) ?? '').startsWith(String(tahun))).length;
    // A lembaga.yaml with a schema error still reaches the report: never trust the type.
    const aspekMentah = l.pengawasan?.aspek;
    const aspekPengawasan = Array.isArray(aspekMentah) ? aspekMentah : [];
    const dasarHukum = layanan.length ? (standar[layanan[0]]?.dasarHukum.length ?? 0) : 0;
    return [
        p.aspek('a', 'dasarHukum', ['2.1'], [
            fakta('dasarHukum', { jumlah: dasarHukum }),
            fakta(l.lembaga?.badanHukum?.nomor ? 'badanHukum.ada' : 'badanHukum.tidak-diisi'),
        ]),
        p.aspek('b', 'sarana', ['2.2'], [faktaSarana(d)]),
        p.aspek('c', 'pengawasan', ['2.4'], [
            fakta(`pedomanPengawasan.${yaTidak(l.pengawasan?.pedoman)}`),
            fakta('aspekPengawasan', {
                ada: aspekPengawasan.length,
                daftar: aspekPengawasan.join(', ') || '-',
            }),
        ]),
        p.aspek('d', 'pelaksana', ['2.3', '2.5'], faktaPelaksana(d), [
            'staf-peran',
            'staf-pendidikan',
            'indikator-peksos',
        ]),
        p.aspek('e', 'jaminan', ['2.6'], faktaJaminan(d)),
        p.aspek('f', 'keselamatan', ['2.7'], faktaKeselamatan(d)),
        p.aspek('g', 'evaluasiKinerja', ['2.8'], [
            fakta(`kerangkaKompetensi.${yaTidak(l.evaluasiKinerja?.kerangkaKompetensi)}`),
            fakta('dievaluasi', { jumlah: dievaluasi, dari: staf.length, tahun }),
        ]),
    ];
}
/** The clients' tables (1.1): every `klien-*` table and the open cases per month. */
const TABEL_KLIEN = TABEL_IDS.filter((id) => id.startsWith('klien-') || id === 'kasus-per-bulan');
/** Part 3 aspects: letter, title, Lampiran section, what the data shows, and their tables. */
const PENYAMPAIAN = [
    {
        huruf: 'a',
        judul: 'persyaratan',
        bagian: '1.1',
        fakta: (sk) => [fakta('skKriteria', sk('kriteriaKlien'))],
        tabel: TABEL_KLIEN,
    },
    {
        huruf: 'b',
        judul: 'prosedur',
        bagian: '1.2',
        fakta: () => [],
        tabel: ['kegiatan-tahap', 'kegiatan-jenis', 'rujukan-lembaga'],
    },
    {
        huruf: 'c',
        judul: 'jangkaWaktu',
        bagian: '1.3',
        fakta: () => [],
        tabel: ['jangka-waktu', 'lama-layanan'],
    },
    {
        huruf: 'd',
        judul: 'tarif',
        bagian: '1.4',
        fakta: (sk) => [fakta('skTarif', sk('tarif'))],
        tabel: ['kegiatan-tingkat', 'kegiatan-durasi', 'kegiatan-pembiayaan', 'biaya'],
    },
    {
        huruf: 'e',
        judul: 'produk',
        bagian: '1.5',
        fakta: () => [fakta('produk')],
        tabel: ['layanan-produk'],
    },
    {
        huruf: 'f',
        judul: 'pengaduan',
        bagian: '1.6',
        fakta: (sk) => [fakta('skPengaduan', sk('pengaduan'))],
        tabel: ['pengaduan-jenis', 'pengaduan-saluran', 'pengaduan-penyelesaian', 'pengaduan-waktu'],
    },
];
/** Part 3: delivery of the services (Pasal 34 ayat 3 a–f). */
function penyampaian(p, { l, layanan }) {
    const sk = (jenis) => ({
        ada: layanan.filter((k) => Boolean(l.layanan?.[k]?.sk?.[jenis]?.nomor)).length,
        dari: layanan.length,
    });
    return PENYAMPAIAN.map((a) => p.aspek(a.huruf, a.judul, [a.bagian], a.fakta(sk), a.tabel));
}
export function aspekAspek(l, layanan, standar, findings, ruleSections, tanggal, tahun) {
    const p = new Penilai(findings, ruleSections);
    const d = { l, layanan, standar, tanggal, tahun };
    return { pengelolaan: pengelolaan(p, d), penyampaian: penyampaian(p, d) };
}
