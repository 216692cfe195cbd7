/** "Did you mean …?": the closest candidate to a typo, or null when none is close enough. */
import { closest, distance } from 'fastest-levenshtein';

/** The candidate nearest to `word` by edit distance (the first of equals) and that distance; null without candidates. */
export function terdekat(
  word: string,
  candidates: readonly string[],
): { nilai: string; jarak: number } | null {
  if (candidates.length === 0) return null;
  const nilai = closest(word, candidates as string[]);
  return { nilai, jarak: distance(word, nilai) };
}

export function didYouMean(word: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0 || word === '') return null;
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  // A word the user typed inside exactly one candidate ("konseling" → "bimbingan-sosial-konseling").
  const containing = candidates.filter((c) => c.toLowerCase().includes(lower));
  if (containing.length === 1 && lower.length >= 4) return containing[0]!;
  const best = closest(word, candidates as string[]);
  const d = distance(lower, best.toLowerCase());
  return d <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}
