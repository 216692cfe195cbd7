// Every area of this language's catalogue.
export { umum } from './umum.js';
export { validasi } from './validasi.js';
export { aturan } from './aturan.js';
export { register } from './register.js';
export { impor } from './impor.js';
export { tarif } from './tarif.js';
export { buku } from './buku.js';
export { sop } from './sop.js';
export { init } from './init.js';
export { laporan } from './laporan.js';
export { kredit } from './kredit.js';
export { keamanan } from './keamanan.js';
