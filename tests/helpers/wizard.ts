/** A scripted Asker for `lembaga init`: answers matched to questions by pattern, each used once, in order. */
import type { Asker } from '../../src/outputs/init/jawaban.js';

/** `'*'` ticks every choice of a checkbox; `''` takes the prompt's default. */
export type Jawab = string | boolean | string[];

export interface AskerSkrip extends Asker {
  ditanya: string[];
  dicatat: string[];
  /** Scripted answers never asked for (a test should fail on them). */
  sisa(): string[];
}

export function askerSkrip(skrip: [RegExp, Jawab][]): AskerSkrip {
  const antrean = skrip.map(([re, a]) => ({ re, a, dipakai: false }));
  const ditanya: string[] = [];
  const dicatat: string[] = [];
  const ambil = (message: string): Jawab => {
    ditanya.push(message);
    const e = antrean.find((x) => !x.dipakai && x.re.test(message));
    if (!e) throw new Error(`no scripted answer for: ${message}`);
    e.dipakai = true;
    return e.a;
  };
  return {
    ditanya,
    dicatat,
    sisa: () => antrean.filter((x) => !x.dipakai).map((x) => String(x.re)),
    catat: (p) => void dicatat.push(p),
    input: async (o) => {
      const a = ambil(o.message) as string;
      const v = a === '' && o.default !== undefined ? o.default : a;
      const r = o.validate?.(v);
      if (typeof r === 'string') throw new Error(`"${v}" rejected at ${o.message}: ${r}`);
      return v;
    },
    select: async (o) => {
      const a = ambil(o.message) as string;
      const v = a === '' && o.default !== undefined ? o.default : a;
      if (!o.choices.some((c) => c.value === v))
        throw new Error(`${v} not a choice of ${o.message}`);
      return v as never;
    },
    checkbox: async (o) => {
      const a = ambil(o.message);
      const v = a === '*' ? o.choices.map((c) => c.value) : (a as string[]);
      const r = o.validate?.(v as never);
      if (typeof r === 'string') throw new Error(r);
      return v as never;
    },
    confirm: async (o) => {
      const a = ambil(o.message);
      return a === '' ? (o.default ?? false) : (a as boolean);
    },
  };
}

/** A small LKS with one service, one social worker and one supervisor, everything in order (dd/mm/yyyy dates). */
export function lksTertib(
  izinPraktikPs = '31/10/2028',
  supervisor: string[] = ['Dewi'],
): [RegExp, Jawab][] {
  const staf = (nama: string, jenjang: string, supervisor: boolean): [RegExp, Jawab][] => [
    [/^Nama (pekerja sosial|supervisor)/, nama],
    [new RegExp(`Pendidikan terakhir ${nama}`), jenjang],
    [new RegExp(`Bidang pendidikan ${nama}`), 'kesejahteraan sosial'],
    ...(supervisor ? ([[/Lama pengalaman/, '9']] as [RegExp, Jawab][]) : []),
    [new RegExp(`sertifikat kompetensi pekerjaan sosial ${nama}`), `SKPS-${nama}`],
    [/^Tanggal sertifikat/, '02/09/2021'],
    [new RegExp(`Nomor izin praktik ${nama}`), `IPPS-${nama}`],
    [/^Izin praktik berlaku sampai/, supervisor ? '31/12/2028' : izinPraktikPs],
    [new RegExp(`Organisasi profesi .*${nama}`), 'IPSPI'],
    [new RegExp(`${nama} terikat Kode Etik`), true],
    [new RegExp(`pernah dipraktikkan ${nama}`), '*'],
    [new RegExp(`Pelatihan/seminar/workshop ${nama}`), 'Bimtek Pencegahan'],
    [/^Tahun pelatihan/, '2024'],
    [/anti korupsi/, '15/01/2024'],
    [/anti pelecehan/, '15/01/2024'],
    [/riwayat kekerasan/, true],
    [new RegExp(`${nama} memiliki rencana kerja tahunan 2026`), true],
    [new RegExp(`evaluasi kinerja tahunan terakhir ${nama}`), '30/06/2026'],
  ];
  // 2.8.3–2.8.6: each worker's last review done by the procedure, everything measured.
  const evaluasi = (nama: string): [RegExp, Jawab][] => [
    [new RegExp(`^Evaluasi ${nama} .*mengisi format evaluasi`), true],
    [new RegExp(`^Evaluasi ${nama} .*pendapat yang diminta`), '*'],
    [new RegExp(`^Evaluasi ${nama} .*pimpinan bertemu`), true],
    [new RegExp(`^Evaluasi ${nama} .*rencana tahun berikutnya`), true],
    [new RegExp(`^Evaluasi ${nama} .*yang diukur`), '*'],
  ];
  return [
    [/^Nama lembaga/, 'LKS Tunas Harapan'],
    [/^Jenis lembaga/, 'LKS'],
    [/^Kepemilikan/, 'masyarakat'],
    [/^Kota/, 'Cimahi'],
    [/^Kode wilayah/, '32.77'],
    [/^Alamat kantor/, 'Jl. Melati 1'],
    [/^Telepon kantor/, '022-6600000'],
    [/^Email kantor/, ''],
    [/^Nama pimpinan/, 'Ibu Ratna'],
    [/^Jabatan pimpinan/, ''],
    [/^Layanan yang diselenggarakan/, ['pencegahan']],
    [/kriteria dan persyaratan klien/, '01/SK/TH/2025'],
    [/^Tanggal SK/, '02/01/2025'],
    [/SK pimpinan tentang tarif/, '02/SK/TH/2025'],
    [/^Tanggal SK/, '02/01/2025'],
    [
      /^Faktor yang menjadi dasar SK tarif Pencegahan/,
      ['peraturan-perundangan', 'subsidi-pemerintah', 'tingkat-ekonomi-daerah'],
    ],
    [/^Dasar penentuan tarif yang disebut SK tarif Pencegahan/, '*'],
    [/tata cara penanganan pengaduan Pencegahan/, '03/SK/TH/2025'],
    [/^Tanggal SK/, '02/01/2025'],
    [/^Biaya layanan/, 'gratis'],
    [/memiliki izin operasional/, true],
    [/^Nomor izin operasional/, '460/77/Dinsos/2024'],
    [/^Tanggal izin/, '01/02/2024'],
    [/^Penerbit izin/, 'Dinas Sosial Kota Cimahi'],
    [/^Izin berlaku sampai/, '31/01/2029'],
    [/terakreditasi di bidang/, true],
    [/^Peringkat/, 'B'],
    [/^Nomor sertifikat akreditasi/, '101/BALKS/2024'],
    [/^Akreditasi berlaku sampai/, '13/12/2028'],
    [/^Berapa pekerja sosial/, '1'],
    ...staf('Sari', 'S1', false),
    [/^Berapa supervisor/, String(supervisor.length)],
    ...supervisor.flatMap((n) => staf(n, 'S2', true)),
    [/^Sarana dan prasarana/, '*'],
    [/^Peralatan kerja/, '*'],
    [/^Tanggal pemeriksaan ruang dan peralatan terakhir/, '14/07/2026'],
    [/^Butir yang sesuai pada pemeriksaan 14\/07\/2026/, '*'],
    [/^Keamanan dan keselamatan/, '*'],
    [/^Staf yang sudah memperoleh informasi keamanan/, '*'],
    [/^Jumlah alat pemadam/, '2'],
    [/^Isi APAR kedaluwarsa/, '30/06/2027'],
    [/latihan pengenalan dan penanganan bencana/, '20/08/2026'],
    [/^Staf yang mengikuti latihan bencana/, '*'],
    [/drill/, '20/08/2026'],
    [/^Staf yang mengikuti latihan drill/, '*'],
    [/^Staf kontak utama/, 'ps-01'],
    [/pelatihan keselamatan terakhir/, '15/07/2026'],
    [/^Telepon pengaduan/, '022-6600000'],
    [/^WhatsApp pengaduan/, ''],
    [/^Letak kotak pengaduan/, 'Ruang tamu'],
    [/^Email pengaduan/, ''],
    [/^Alamat surat pengaduan/, ''],
    [/tata cara penanganan pengaduan sudah ditetapkan/, true],
    [/^Petugas yang menangani/, ['spv-01']],
    [/^Alur penanganan/, 'Dicatat, diteruskan kepada ketua, ditangani, hasilnya disampaikan.'],
    [/^Batas waktu penerimaan/, '1'],
    [/^Batas waktu penanganan/, '14'],
    [/^Batas waktu penyampaian/, '3'],
    [/^Perlindungan bagi klien/, 'Identitas pengadu dirahasiakan.'],
    [/^Laporan berkala/, 'triwulanan'],
    [/^Tanggal laporan berkala pengaduan terakhir/, '05/10/2026'],
    [/pedoman pengawasan internal/, true],
    [/^Pertemuan berkala/, 'bulanan'],
    [/^Aspek supervisi/, '*'],
    [/metode yang teruji/, true],
    [/^Instansi pemerintah/, 'Dinas Sosial Kota Cimahi'],
    [/^Tahun laporan tahunan/, '2025'],
    [/kerangka kompetensi/, true],
    [/format evaluasi kinerja/, true],
    ...['Sari', ...supervisor].flatMap(evaluasi),
    // 2.4.1–2.4.4: the internal-supervision record.
    [/^Nomor keputusan pedoman pengawasan internal/, '04/SK/TH/2025'],
    [/^Tanggal keputusan pedoman/, '02/01/2025'],
    [/^Yang diawasi dalam pengawasan internal/, '*'],
    [/^Tanggal terakhir penjelasan tugas/, '12/01/2026'],
    [/^Tanggal terakhir pertemuan berkala dengan pimpinan/, '06/10/2026'],
    [/^Tanggal terakhir pertemuan berkala dengan semua anggota tim/, '03/11/2026'],
    [/^Tanggal terakhir pemeriksaan catatan/, '15/09/2026'],
    [/^Tanggal terakhir pengamatan/, '20/08/2026'],
    [/^Tanggal terakhir laporan berkala pelaksanaan tugas/, '31/10/2026'],
    [/^Tanggal terakhir laporan kinerja/, '30/06/2026'],
    [/menyediakan penanganan pengaduan dan keluhan terhadap pekerja sosial/, true],
    [/menyediakan perlindungan bagi pekerja sosial/, true],
    [/^Garis pengawasan yang berjalan/, '*'],
    [/^Periksa jawaban/, 'tulis'],
  ];
}
