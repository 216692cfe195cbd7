function secondKey(k) {
    const nik = k.klien?.nik;
    const mulai = k.tahapan?.pendekatanAwal?.tanggal;
    return nik && mulai ? `${nik}|${k.layanan}|${mulai}` : null;
}
export function gabungKasus(existing, incoming) {
    const nomor = new Set(existing.map((k) => String(k.nomor)));
    const kedua = new Set(existing.map(secondKey).filter((x) => x !== null));
    const kasus = [...existing];
    const baru = [];
    let ditambahkan = 0;
    let sudahAda = 0;
    for (const k of incoming) {
        const k2 = secondKey(k);
        if (nomor.has(String(k.nomor)) || (k2 && kedua.has(k2))) {
            sudahAda++;
            continue;
        }
        kasus.push(k);
        baru.push(k);
        nomor.add(String(k.nomor));
        if (k2)
            kedua.add(k2);
        ditambahkan++;
    }
    return { kasus, baru, ditambahkan, sudahAda };
}
