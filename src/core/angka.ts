/**
 * Numbers as an Indonesian reader writes them, whatever the machine's locale: a dot between
 * thousands, a comma before decimals. One Rupiah formatter for every output.
 */
const RUPIAH = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const ANGKA = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** 1250000 → "1.250.000" (whole Rupiah, Indonesian separators). */
export function formatRupiah(n: number): string {
  return RUPIAH.format(n);
}

/** 1250000 → "Rp 1.250.000" (the amount with its currency, for running text). */
export function rupiah(n: number): string {
  return `Rp ${formatRupiah(n)}`;
}

/** 1.15 → "1,15" (up to four decimals). */
export function formatAngka(n: number): string {
  return ANGKA.format(n);
}
