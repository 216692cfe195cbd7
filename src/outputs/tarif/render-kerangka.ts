/**
 * `lembaga tarif --kosong`: the skeleton of `layanan.<layanan>.tarif` for lembaga.yaml, with
 * the row keys of each offered service's 1.4.4 matrix (Permensos 14/2020 Lampiran A–E), every
 * duration of each row and the three tiers. Amounts already in lembaga.yaml are kept; the
 * others are left empty (never 0: a 0 is a decision the SK of 1.4.3 takes, not a default).
 * Optional rows the lembaga does not offer are written commented out.
 */
import type { TarifMatrix } from './matrix.js';
import type { RenderOptions } from './format.js';
import { TINGKAT_KEYS } from '../../standards/types.js';

/** A comment line safe for YAML (no line breaks from names). */
function komentar(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

export function renderTarifKerangka(
  matriks: readonly TarifMatrix[],
  o: RenderOptions & { namaLembaga: string },
): string {
  const { t } = o;
  const out: string[] = [];
  for (const line of t('tarif.kerangka.kepala', { lembaga: komentar(o.namaLembaga) }).split('\n'))
    out.push(`# ${line}`.trimEnd());
  out.push('layanan:');
  for (const m of matriks) {
    out.push(`  ${m.layanan}:`);
    out.push(`    # ${komentar(`${o.bahasa === 'en' ? m.namaEn : m.nama} — ${m.bagianMatriks}`)}`);
    out.push('    tarif:');
    for (const k of m.kelompok)
      for (const item of k.items) {
        const label = komentar(`${item.nomor} ${o.bahasa === 'en' ? item.labelEn : item.label}`);
        const c = item.diselenggarakan ? '' : '# ';
        out.push(
          `      # ${label}${item.opsional ? ` (${t(item.diselenggarakan ? 'tarif.kerangka.opsional' : 'tarif.kerangka.opsionalTidak')})` : ''}`,
        );
        out.push(`      ${c}${item.key}:`);
        for (const b of item.baris) {
          const sel = TINGKAT_KEYS.map((tk) => {
            const v = b.nilai[tk];
            return `${tk}: ${v === null ? '' : String(v)}`;
          }).join(', ');
          out.push(`      ${c}  ${b.durasi}: { ${sel} }`);
        }
      }
  }
  return out.join('\n') + '\n';
}
