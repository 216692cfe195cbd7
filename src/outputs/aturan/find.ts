/** "Did you mean" for rule ids (typos and partial ids). */
import { closest, distance } from 'fastest-levenshtein';

export function didYouMeanId(word: string, ids: readonly string[]): string | null {
  const contains = ids.filter((i) => i.includes(word));
  if (contains.length === 1) return contains[0]!;
  if (ids.length === 0) return null;
  const best = closest(word, ids as string[]);
  return distance(word, best) <= Math.max(3, Math.floor(best.length / 3)) ? best : null;
}
