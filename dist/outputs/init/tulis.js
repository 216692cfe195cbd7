import { LAYANAN_KEYS, TINGKAT_KEYS } from '../../standards/types.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { BUTIR_SARANA, DASAR_PENENTUAN_TARIF, GARIS_PENGAWASAN, KEGIATAN_PENGAWASAN, OBJEK_PENGAWASAN, } from '../../model/lembaga.js';
const q = (s) => JSON.stringify(s);
/** lembaga.yaml as text; empty answers become commented examples, never invented values. */
export function buildLembagaYaml(j, { t, schema }) {
    const c = (key, params) => `# ${t(key, params)}`;
    return ([
        `# yaml-language-server: $schema=${schema}`,
        c('init.yaml.kepala1'),
        c('init.yaml.kepala2'),
        c('init.yaml.kepala3'),
        'versi: 1',
        '',
        ...identitasYaml(j, c),
        ...izinYaml(j, c),
        ...akreditasiYaml(j, c),
        ...layananYaml(j, c),
        ...saranaYaml(j, c),
        ...keselamatanYaml(j, c),
        ...pengaduanYaml(j, c),
        ...mutuYaml(j, c),
        ...stafYaml(j, c),
        ...pengaturanYaml(c),
    ].join('\n') + '\n');
}
/** The institution's identity and its head (1.1). */
function identitasYaml(j, c) {
    const L = [c('init.yaml.identitas'), 'lembaga:'];
    L.push(j.nama ? `  nama: ${q(j.nama)}` : `  nama: ""  ${c('init.yaml.isiNama')}`);
    L.push(`  jenis: ${j.jenis}  ${c('init.yaml.jenis')}`);
    L.push(`  kepemilikan: ${j.kepemilikan}  ${c('init.yaml.kepemilikan')}`);
    L.push(j.kodeWilayah
        ? `  kodeWilayah: ${q(j.kodeWilayah)}  ${c('init.yaml.kodeWilayah')}`
        : `  # kodeWilayah: "32.73"  ${c('init.yaml.kodeWilayah')}`);
    L.push(j.kota
        ? `  kota: ${q(j.kota)}  ${c('init.yaml.kota')}`
        : `  # kota: "Bandung"  ${c('init.yaml.kota')}`);
    L.push(j.alamat ? `  alamat: ${q(j.alamat)}` : `  # alamat: "Jl. ..."`);
    L.push(j.telepon ? `  telepon: ${q(j.telepon)}` : `  # telepon: "022-..."`);
    L.push(j.email ? `  email: ${q(j.email)}` : `  # email: "lembaga@example.org"`);
    if (j.pimpinan.nama || j.pimpinan.jabatan) {
        L.push('  pimpinan:');
        if (j.pimpinan.nama)
            L.push(`    nama: ${q(j.pimpinan.nama)}`);
        if (j.pimpinan.jabatan)
            L.push(`    jabatan: ${q(j.pimpinan.jabatan)}`);
        if (j.pimpinan.nip)
            L.push(`    nip: ${q(j.pimpinan.nip)}`);
    }
    else {
        // An empty mapping, not a key with only comments under it (that would be null).
        L.push(`  pimpinan: {}  ${c('init.yaml.pimpinan')}`, '  #   nama: "..."', '  #   jabatan: "Ketua"');
    }
    L.push('');
    return L;
}
/**
 * One section of lembaga.yaml: its comment lines, then the lines answered or, with nothing
 * answered (`null`), a commented example to fill in; a blank line closes it.
 */
function bagianYaml(komentar, jawaban, contoh) {
    return [...komentar, ...(jawaban ?? contoh), ''];
}
/** The operating licence. */
function izinYaml(j, c) {
    let L = null;
    if (j.izin) {
        L = ['izin:', `  nomor: ${q(j.izin.nomor)}`];
        if (j.izin.tanggal)
            L.push(`  tanggal: ${j.izin.tanggal}`);
        if (j.izin.penerbit)
            L.push(`  penerbit: ${q(j.izin.penerbit)}`);
        L.push(j.izin.berlakuSampai
            ? `  berlakuSampai: ${j.izin.berlakuSampai}`
            : `  # berlakuSampai: 2029-12-31`);
    }
    return bagianYaml([c('init.yaml.izin')], L, [
        '# izin:',
        '#   nomor: "460/123/Dinsos"',
        '#   tanggal: 2024-01-10',
        '#   penerbit: "Dinas Sosial ..."',
        '#   berlakuSampai: 2029-01-10',
    ]);
}
/** The accreditations, one entry per field of service. */
function akreditasiYaml(j, c) {
    const satu = (a) => [
        `  - bidang: ${a.bidang}`,
        ...(a.peringkat ? [`    peringkat: ${q(a.peringkat)}`] : []),
        ...(a.nomor ? [`    nomor: ${q(a.nomor)}`] : []),
        ...(a.berlakuSampai ? [`    berlakuSampai: ${a.berlakuSampai}`] : []),
    ];
    const L = j.akreditasi.length ? ['akreditasi:', ...j.akreditasi.flatMap(satu)] : null;
    return bagianYaml([c('init.yaml.akreditasi')], L, [
        'akreditasi: []',
        '#   - bidang: rehabilitasi',
        '#     peringkat: "A"',
        '#     nomor: "..."',
        '#     berlakuSampai: 2029-12-31',
    ]);
}
/** The services offered, each with its decrees, tariff factors and tariff matrix. */
function layananYaml(j, c) {
    let L = null;
    if (j.layanan.length) {
        L = ['layanan:'];
        for (const l of j.layanan) {
            const r = j.layananRinci[l];
            L.push(`  ${l}:`);
            L.push(...skYaml(r, c));
            if (r?.sk.tarif)
                L.push(r.faktorTarif?.length
                    ? `    faktorTarif: [${r.faktorTarif.join(', ')}]  ${c('init.yaml.faktorTarif')}`
                    : `    # faktorTarif: [peraturan-perundangan, jenjang-tarif]  ${c('init.yaml.faktorTarif')}`);
            if (l === 'rehabilitasi')
                L.push(`    atensi: ${j.atensi ? 'true' : 'false'}  ${c('init.yaml.atensi')}`);
            if (l === 'rehabilitasi' && r?.basisLayanan?.length)
                L.push(`    basisLayanan: [${r.basisLayanan.join(', ')}]`);
            if (l === 'pengembangan')
                L.push(r?.timKerja?.length
                    ? `    timKerjaMasyarakat: [${r.timKerja.map(q).join(', ')}]`
                    : `    # timKerjaMasyarakat: ["..."]  ${c('init.yaml.timKerja')}`);
            L.push(...tarifYaml(l, r, c));
        }
    }
    return bagianYaml([c('init.yaml.layanan', { kunci: LAYANAN_KEYS.join(', ') }), c('init.yaml.layananSk')], L, [
        'layanan: {}',
        '#   pencegahan:',
        '#     sk:',
        '#       kriteriaKlien: { nomor: "01/SK/2025", tanggal: 2025-01-02 }',
        `#       tarif: { nomor: "02/SK/2025", tanggal: 2025-01-02, dasar: [${DASAR_PENENTUAN_TARIF.join(', ')}] }  ${c('init.yaml.dasarTarif')}`,
        '#       pengaduan: { nomor: "03/SK/2025", tanggal: 2025-01-02 }',
        `#     faktorTarif: [peraturan-perundangan, jenjang-tarif]  ${c('init.yaml.faktorTarif')}`,
        `#     tarif: {}  ${c('init.yaml.tarifKosong')}`,
        '#   rehabilitasi:',
        '#     sk: {}',
        '#     atensi: true',
        '#     basisLayanan: [residensial, keluarga]',
    ]);
}
/** The staff, one entry per worker; without answers, a commented worker and supervisor. */
function stafYaml(j, c) {
    const L = j.staf.length ? ['staf:', ...j.staf.flatMap((s) => satuStafYaml(s, c))] : null;
    return bagianYaml([c('init.yaml.staf')], L, [
        'staf: []',
        '#   - id: "ps-01"',
        '#     nama: "..."',
        '#     peran: pekerja-sosial',
        '#     layanan: [pencegahan]',
        '#     pendidikan: { jenjang: S1, bidang: "pekerjaan sosial" }',
        '#     sertifikat: { nomor: "..." }',
        '#     izinPraktik: { nomor: "...", berlakuSampai: 2027-12-31 }',
        '#   - id: "spv-01"',
        '#     nama: "..."',
        '#     peran: supervisor',
        '#     layanan: [pencegahan]',
        '#     pendidikan: { jenjang: S2, bidang: "kesejahteraan sosial" }',
        '#     pengalamanTahun: 7',
        '#     organisasiProfesi: { nama: "IPSPI" }',
        '#     kodeEtik: true',
        '#     pengalamanPraktik: [pencegahan]',
        '#     pelatihan: [{ judul: "...", tahun: 2024, bidang: [pencegahan] }]',
        '#     pernyataan: { antiKorupsi: 2025-01-15, antiPelecehan: 2025-01-15 }',
        '#     riwayatBersih: true',
        '#     rencanaTahunan: [2026]',
        '#     evaluasiTerakhir: 2026-06-30',
        `#     evaluasi: ${EVALUASI_CONTOH}  ${c('init.yaml.evaluasiStaf')}`,
    ]);
}
function pengaturanYaml(c) {
    return [
        c('init.yaml.pengaturan'),
        '# pengaturan:',
        '#   proBono: { persen: 10, dasar: kegiatan-per-pekerja-per-tahun }',
        '#   mulaiJangkaWaktu: kesepakatan',
        '#   intervalLatihanBulan: 12',
    ];
}
/** One worker (2.3): qualification, licence, training, declarations, work plan and review. */
function satuStafYaml(s, c) {
    const L = [];
    L.push(`  - id: ${q(s.id)}`, `    nama: ${q(s.nama)}`, `    peran: ${s.peran}`, `    layanan: [${s.layanan.join(', ')}]`);
    if (s.jenjang && s.bidang)
        L.push(`    pendidikan: { jenjang: ${s.jenjang}, bidang: ${q(s.bidang)} }`);
    else if (s.jenjang)
        L.push(`    pendidikan: { jenjang: ${s.jenjang} }  ${c('init.yaml.pendidikan')}`);
    if (s.pengalamanTahun !== undefined)
        L.push(`    pengalamanTahun: ${s.pengalamanTahun}`);
    L.push(s.sertifikat
        ? `    sertifikat: ${dok(s.sertifikat)}`
        : `    # sertifikat: { nomor: "..." }  ${c('init.yaml.sertifikat')}`);
    if (s.izinNomor) {
        L.push('    izinPraktik:', `      nomor: ${q(s.izinNomor)}`);
        L.push(s.izinBerlakuSampai
            ? `      berlakuSampai: ${s.izinBerlakuSampai}`
            : `      # berlakuSampai: 2027-12-31`);
    }
    else {
        L.push(`    # izinPraktik: { nomor: "...", berlakuSampai: 2027-12-31 }`);
    }
    L.push(s.organisasiProfesi
        ? `    organisasiProfesi: { nama: ${q(s.organisasiProfesi)} }`
        : `    # organisasiProfesi: { nama: "IPSPI" }`);
    if (s.kodeEtik !== undefined)
        L.push(`    kodeEtik: ${s.kodeEtik}`);
    if (s.pengalamanPraktik)
        L.push(`    pengalamanPraktik: [${s.pengalamanPraktik.join(', ')}]`);
    if (s.pelatihan?.length) {
        L.push('    pelatihan:');
        for (const p of s.pelatihan)
            L.push(`      - { judul: ${q(p.judul)}${p.tahun !== undefined ? `, tahun: ${p.tahun}` : ''}, bidang: [${p.bidang.join(', ')}] }`);
    }
    else
        L.push(`    # pelatihan: [{ judul: "...", tahun: 2024, bidang: [${s.layanan[0] ?? 'pencegahan'}] }]`);
    const pn = s.pernyataan;
    L.push(pn
        ? `    pernyataan: { ${[pn.antiKorupsi && `antiKorupsi: ${pn.antiKorupsi}`, pn.antiPelecehan && `antiPelecehan: ${pn.antiPelecehan}`].filter(Boolean).join(', ')} }`
        : `    # pernyataan: { antiKorupsi: 2025-01-15, antiPelecehan: 2025-01-15 }`);
    if (s.riwayatBersih !== undefined)
        L.push(`    riwayatBersih: ${s.riwayatBersih}`);
    L.push(s.rencanaTahunan?.length
        ? `    rencanaTahunan: [${s.rencanaTahunan.join(', ')}]`
        : `    # rencanaTahunan: [2026]`);
    L.push(s.evaluasiTerakhir
        ? `    evaluasiTerakhir: ${s.evaluasiTerakhir}`
        : `    # evaluasiTerakhir: 2026-06-30`);
    L.push(s.evaluasiTerakhir && s.evaluasi
        ? `    evaluasi: ${evaluasiYaml(s.evaluasi)}`
        : `    # evaluasi: ${EVALUASI_CONTOH}  ${c('init.yaml.evaluasiStaf')}`);
    return L;
}
const EVALUASI_CONTOH = '{ isianDiri: true, masukan: [teman-sejawat, klien, staf-lebih-tinggi], pertemuan: true, rencanaBerikutnya: true, diukur: [tujuan-kinerja, pelaksanaan-tugas, pengetahuan, keterampilan, nilai-etik] }';
/** How one worker's evaluation was done (2.8.3–2.8.6), as a flow mapping. */
function evaluasiYaml(e) {
    const f = (v) => (v === undefined ? [] : [String(v)]);
    const parts = [
        ...f(e.isianDiri).map((v) => `isianDiri: ${v}`),
        ...(e.masukan ? [`masukan: [${e.masukan.join(', ')}]`] : []),
        ...f(e.pertemuan).map((v) => `pertemuan: ${v}`),
        ...f(e.rencanaBerikutnya).map((v) => `rencanaBerikutnya: ${v}`),
        ...(e.diukur ? [`diukur: [${e.diukur.join(', ')}]`] : []),
    ];
    return `{ ${parts.join(', ')} }`;
}
/** A numbered document as a flow mapping; `lagi` adds further members (the tariff decree's bases). */
const dok = (d, lagi = '') => `{ nomor: ${q(d.nomor)}${d.tanggal ? `, tanggal: ${d.tanggal}` : ''}${lagi} }`;
/** The three decrees of one service (1.1, 1.4.3, 1.6.6); missing ones as commented examples. */
function skYaml(r, c) {
    const sk = r?.sk ?? {};
    const keys = ['kriteriaKlien', 'tarif', 'pengaduan'];
    if (!keys.some((k) => sk[k]))
        return [`    sk: {}  ${c('init.yaml.sk')}`];
    return [
        '    sk:',
        ...keys.map((k) => {
            const d = sk[k];
            if (!d)
                return `      # ${k}: { nomor: "...", tanggal: 2025-01-02 }`;
            // 1.4.1: the bases the tariff decree names, as ticked (an empty list names none).
            if (k === 'tarif' && r?.dasarTarif)
                return `      ${k}: ${dok(d, `, dasar: [${r.dasarTarif.join(', ')}]`)}  ${c('init.yaml.dasarTarif')}`;
            return `      ${k}: ${dok(d)}`;
        }),
    ];
}
/**
 * The tariff matrix (1.4.4): a free service gets every row at 0 (valid: "tarif 0 sah");
 * otherwise every row key is written as a commented example, for the user to fill in.
 */
function tarifYaml(l, r, c) {
    const baris = STANDAR[l].tarif.baris.filter((b) => !b.opsional);
    const nol = `{ ${TINGKAT_KEYS.map((k) => `${k}: 0`).join(', ')} }`;
    if (r?.tanpaBiaya) {
        return [
            `    tarif:  ${c('init.yaml.tarifGratis')}`,
            ...baris.flatMap((b) => [`      ${b.key}:`, ...b.durasi.map((d) => `        ${d}: ${nol}`)]),
        ];
    }
    return [
        `    # tarif:  ${c('init.yaml.tarifIsi')}`,
        ...baris.flatMap((b) => [
            `    #   ${b.key}:`,
            ...b.durasi.map((d) => `    #     ${d}: { tingkat1: ..., tingkat2: ..., tingkat3: ... }`),
        ]),
    ];
}
/** One `key: value` line per answered item, or commented examples when the section was not asked. */
function peta(judul, key, nilai, contoh) {
    if (!nilai)
        return [judul, `# ${key}:`, ...contoh.map((x) => `#   ${x}`), ''];
    const L = [judul, `${key}:`];
    for (const [k, v] of Object.entries(nilai)) {
        if (v === undefined)
            continue;
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            L.push(`  ${k}:`);
            for (const [k2, v2] of Object.entries(v))
                if (v2 !== undefined)
                    L.push(`    ${k2}: ${nilaiYaml(v2)}`);
        }
        else
            L.push(`  ${k}: ${nilaiYaml(v)}`);
    }
    if (L.length === 2)
        L[1] = `${key}: {}`;
    L.push('');
    return L;
}
function nilaiYaml(v) {
    if (Array.isArray(v))
        return `[${v.map(nilaiYaml).join(', ')}]`;
    if (typeof v === 'string')
        return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : q(v);
    return String(v);
}
function saranaYaml(j, c) {
    const contohF = STANDAR.rehabilitasi.fasilitas.map((f) => `${f.key}: true`);
    const contohP = STANDAR.rehabilitasi.peralatan.map((f) => `${f.key}: true`);
    return [
        ...peta(c('init.yaml.fasilitas'), 'fasilitas', j.fasilitas, contohF),
        ...peta(c('init.yaml.peralatan'), 'peralatan', j.peralatan, contohP),
        ...pemeriksaanYaml(j, c),
    ];
}
/** 2.2.2 a–f: the last inspection, one line per item; none recorded: a commented example. */
function pemeriksaanYaml(j, c) {
    const p = j.pemeriksaanSarana;
    const L = [c('init.yaml.pemeriksaan')];
    if (!p?.tanggal) {
        L.push('# sarana:', '#   pemeriksaan:', `#     tanggal: 2026-07-14  ${c('init.yaml.pemeriksaanTanggal')}`, '#     hasil:', ...BUTIR_SARANA.map((b) => `#       ${b}: sesuai`), '');
        return L;
    }
    L.push('sarana:', '  pemeriksaan:', `    tanggal: ${p.tanggal}`, '    hasil:');
    for (const b of BUTIR_SARANA)
        L.push(`      ${b}: ${p.hasil?.[b] ?? 'belum'}`);
    L.push('');
    return L;
}
/** 2.4.1–2.4.4: the internal-supervision record as answered; not asked: a commented example. */
function pengawasanInternalYaml(j, c) {
    const p = j.pengawasanInternal;
    const L = [c('init.yaml.pengawasanInternal')];
    if (!p) {
        L.push('# pengawasanInternal:', `#   pedoman: { nomor: "04/SK/2025", tanggal: 2025-01-02 }  ${c('init.yaml.pedoman')}`, `#   objek: [${OBJEK_PENGAWASAN.join(', ')}]`, '#   kegiatan:', ...KEGIATAN_PENGAWASAN.map((k) => k === 'penanganan-keluhan' || k === 'perlindungan'
            ? `#     - { jenis: ${k} }`
            : `#     - { jenis: ${k}, terakhir: 2026-10-05 }`), `#   oleh: [${GARIS_PENGAWASAN.join(', ')}]`, '');
        return L;
    }
    L.push('pengawasanInternal:');
    L.push(p.pedoman
        ? `  pedoman: ${dok({ nomor: p.pedoman.nomor ?? '', ...(p.pedoman.tanggal ? { tanggal: p.pedoman.tanggal } : {}) })}  ${c('init.yaml.pedoman')}`
        : `  # pedoman: { nomor: "...", tanggal: 2025-01-02 }  ${c('init.yaml.pedoman')}`);
    L.push(`  objek: [${(p.objek ?? []).join(', ')}]`);
    const kegiatan = p.kegiatan ?? [];
    if (kegiatan.length) {
        L.push('  kegiatan:');
        for (const g of kegiatan)
            L.push(g.terakhir
                ? `    - { jenis: ${g.jenis}, terakhir: ${g.terakhir} }`
                : `    - { jenis: ${g.jenis} }`);
    }
    else
        L.push(`  kegiatan: []  ${c('init.yaml.kegiatanPengawasan')}`);
    L.push(`  oleh: [${(p.oleh ?? []).join(', ')}]`, '');
    return L;
}
function keselamatanYaml(j, c) {
    return peta(c('init.yaml.keselamatan'), 'keselamatan', j.keselamatan, [
        'protokolDarurat: true',
        'apar: { jumlah: 2, kedaluwarsa: 2027-06-30 }',
        'jalurEvakuasi: true',
        'tandaArah: true',
        'titikKumpul: true',
        'informasiKeselamatan: true',
        'latihanBencanaTerakhir: 2026-08-20',
        'latihanDrillTerakhir: 2026-08-20',
        'kontakKeselamatan: { staf: "ps-01", pelatihanTerakhir: 2026-07-15 }',
        'penjelasanKlien: true',
        `pesertaInformasi: ["ps-01", "spv-01"]  ${c('init.yaml.pesertaInformasi')}`,
        `pesertaLatihanBencana: ["ps-01", "spv-01"]  ${c('init.yaml.pesertaBencana')}`,
        `pesertaLatihanDrill: ["ps-01", "spv-01"]  ${c('init.yaml.pesertaDrill')}`,
    ]);
}
function pengaduanYaml(j, c) {
    const contoh = [
        'saluran: { telepon: "...", whatsapp: "...", kotakPengaduan: "...", email: "...", alamatSurat: "..." }',
        'prosedur:',
        '  petugas: ["ps-01"]',
        '  alur: "Pengaduan dicatat, diteruskan kepada pimpinan, ditangani, dan hasilnya disampaikan."',
        '  batasWaktuHari: { penerimaan: 1, penanganan: 14, penyampaianHasil: 3 }',
        '  perlindunganKlien: "Identitas pengadu dirahasiakan."',
        '  laporanBerkala: triwulanan',
        `laporanTerakhir: 2026-10-05  ${c('init.yaml.laporanTerakhir')}`,
    ];
    if (!j.pengaduan)
        return peta(c('init.yaml.pengaduan'), 'pengaduan', undefined, contoh);
    const L = [c('init.yaml.pengaduan'), 'pengaduan:'];
    const { saluran, prosedur } = j.pengaduan;
    if (saluran) {
        L.push('  saluran:');
        for (const [k, v] of Object.entries(saluran))
            L.push(`    ${k}: ${q(v)}`);
    }
    else
        L.push(`  # saluran: { telepon: "...", whatsapp: "..." }  ${c('init.yaml.saluran')}`);
    if (prosedur) {
        L.push('  prosedur:');
        if (prosedur.petugas)
            L.push(`    petugas: [${prosedur.petugas.map(q).join(', ')}]`);
        if (prosedur.alur)
            L.push(`    alur: ${q(prosedur.alur)}`);
        const b = prosedur.batasWaktuHari;
        if (b)
            L.push(`    batasWaktuHari: { ${Object.entries(b)
                .map(([k, v]) => `${k}: ${v}`)
                .join(', ')} }`);
        if (prosedur.perlindunganKlien)
            L.push(`    perlindunganKlien: ${q(prosedur.perlindunganKlien)}`);
        if (prosedur.laporanBerkala)
            L.push(`    laporanBerkala: ${prosedur.laporanBerkala}`);
        L.push(j.pengaduan.laporanTerakhir
            ? `  laporanTerakhir: ${j.pengaduan.laporanTerakhir}  ${c('init.yaml.laporanTerakhir')}`
            : `  # laporanTerakhir: 2026-10-05  ${c('init.yaml.laporanTerakhir')}`);
    }
    else
        L.push(...contoh.slice(1).map((x) => `  # ${x}`));
    if (!saluran && !prosedur)
        L[1] = 'pengaduan: {}';
    L.push('');
    return L;
}
function mutuYaml(j, c) {
    return [
        ...peta(c('init.yaml.pengawasan'), 'pengawasan', j.pengawasan, [
            'pedoman: true',
            'pertemuanBerkala: "dua mingguan"',
            'aspek: [edukatif, suportif, administratif]',
        ]),
        ...pengawasanInternalYaml(j, c),
        ...peta(c('init.yaml.jaminan'), 'jaminan', j.jaminan, [
            'metodeTeruji: true',
            'pengawasPemerintah: "Dinas Sosial ..."',
            'laporanTahunanTerakhir: 2025',
        ]),
        ...peta(c('init.yaml.evaluasi'), 'evaluasiKinerja', j.evaluasiKinerja, [
            'kerangkaKompetensi: true',
            'formatEvaluasi: true',
        ]),
    ];
}
/** README.md of the folder: what each file is and what to run next. */
export function buildFolderReadme(j, o) {
    const { t } = o;
    const judul = j.nama || t('init.readme.tanpaNama');
    return [
        `# ${judul}`,
        '',
        t('init.readme.intro'),
        '',
        `## ${t('init.readme.isi')}`,
        '',
        `- \`lembaga.yaml\` — ${t('init.readme.lembaga')}`,
        `- \`${o.register}\` — ${t('init.readme.register')}`,
        `- \`README.md\` — ${t('init.readme.readme')}`,
        '',
        `## ${t('init.readme.langkah')}`,
        '',
        `1. ${t('init.readme.langkah1')}`,
        `2. ${t('init.readme.langkah2')}`,
        '',
        '   ```',
        '   lembaga validasi .',
        '   ```',
        '',
        `3. ${t('init.readme.langkah3')}`,
        '',
        '   ```',
        '   lembaga sop . --sk',
        '   lembaga tarif .',
        '   lembaga register .',
        '   lembaga laporan . --tahun 2025',
        '   ```',
        '',
        `## ${t('init.readme.privasi')}`,
        '',
        t('init.readme.privasiIsi'),
        '',
    ].join('\n');
}
