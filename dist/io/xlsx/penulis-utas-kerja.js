/**
 * The worker side of penulis-utas.ts: one `PenulisRegister` fed with the batches of cases
 * the importer sends, acknowledged one by one; at the end the workbook's bytes go back
 * (transferred, not copied) and the temporary files are removed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PenulisRegister } from './register-writer.js';
const port = parentPort;
const data = workerData;
const penulis = new PenulisRegister(data.lembaga, (k) => k);
let berhenti = false;
let antrean = Promise.resolve();
const kirim = (m, pindah) => port.postMessage(m, pindah);
async function proses(m) {
    if (berhenti)
        return;
    if (m.jenis === 'kasus') {
        for (const k of m.kasus) {
            const w = penulis.tambah(k);
            if (w)
                await w;
        }
        kirim({ jenis: 'diterima' });
        return;
    }
    berhenti = true;
    if (m.jenis === 'buang') {
        penulis.buang();
        port.close();
        return;
    }
    const wb = await penulis.selesai();
    let bytes = wb.bytes();
    wb.buang();
    // Its own buffer, whole, so it can be handed over without a copy.
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)
        bytes = new Uint8Array(bytes);
    kirim({ jenis: 'hasil', bytes }, [bytes.buffer]);
    port.close();
}
port.on('message', (m) => {
    antrean = antrean
        .then(() => proses(m))
        .catch((e) => {
        berhenti = true;
        penulis.buang();
        const err = e;
        kirim({ jenis: 'galat', pesan: err?.message ?? String(e), kode: err?.code });
        port.close();
    });
});
