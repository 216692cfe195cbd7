const RULESET = 'permensos-7-2021-atensi';
export const TIDAK_DIPERIKSA_ATENSI = [
    {
        ruleset: RULESET,
        sections: ['Pasal 6 ayat 4'],
        judul: {
            id: 'ATENSI oleh UPTD dan LKS dengan supervisi Kementerian Sosial',
            en: 'ATENSI by regional units and LKS under Ministry supervision',
        },
        alasan: {
            id: 'Supervisi kementerian atas lembaga tidak tercatat per kegiatan; lembaga.yaml hanya menyebut pengawas pemerintah (jaminan-lembaga, Permensos 14/2020 2.6.2 f).',
            en: "The Ministry's supervision of the institution is not recorded; lembaga.yaml only names the government overseer (jaminan-lembaga).",
        },
    },
    {
        ruleset: RULESET,
        sections: ['Pasal 10'],
        judul: {
            id: 'Kriteria sasaran (kemiskinan, ketelantaran, disabilitas, keterpencilan, ketunaan sosial, korban bencana, korban kekerasan)',
            en: 'Target criteria (poverty, neglect, disability, remoteness, social deviance, disaster, violence)',
        },
        alasan: {
            id: 'Dinilai pekerja sosial saat asesmen; register mencatat kategori PPKS dan klaster (atensi-klaster), tidak kriterianya.',
            en: 'Judged by the social worker at assessment; the register holds the PPKS category and cluster, not the criterion.',
        },
    },
    {
        ruleset: RULESET,
        sections: ['Pasal 11 ayat 5'],
        judul: { id: 'Respon kasus dalam situasi darurat', en: 'Case response in emergencies' },
        alasan: {
            id: 'Kebolehan, bukan kewajiban; register tidak membedakan respon kasus dari manajemen kasus.',
            en: 'A permission, not an obligation; the register does not tell case response from case management.',
        },
    },
    {
        ruleset: RULESET,
        sections: ['Pasal 25 ayat 1', 'Pasal 25 ayat 3'],
        judul: {
            id: 'Monitoring perkembangan dan indikator kinerja (masukan, proses, keluaran, manfaat, dampak)',
            en: 'Monitoring of progress and performance indicators (input, process, output, benefit, impact)',
        },
        alasan: {
            id: 'Isi monitoring ada di catatan kasus dan laporan program; register mencatat tanggal evaluasi dan ketercapaian tujuan (atensi-tahapan, ayat 2).',
            en: 'Monitoring content is in case notes and programme reports; the register holds the evaluation date and goal attainment (atensi-tahapan, ayat 2).',
        },
    },
];
