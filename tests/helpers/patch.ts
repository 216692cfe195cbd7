/** Test helpers: apply a rule example's pointer sets to a deep copy of a document. */
export function applySet<T>(doc: T, set: readonly (readonly [string, unknown])[]): T {
  const copy = structuredClone(doc) as unknown;
  for (const [ptr, value] of set) {
    const segs = ptr.slice(1).split('/');
    const last = segs.pop()!;
    let node = copy as Record<string, unknown>;
    for (const s of segs) {
      if (node[s] === undefined || node[s] === null) node[s] = /^\d+$/.test(s) ? [] : {};
      node = node[s] as Record<string, unknown>;
    }
    if (value === undefined) {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else node[last] = value;
  }
  return copy as T;
}

/** A capture stream for in-process CLI runs. */
export function capture(isTTY = false) {
  const chunks: string[] = [];
  return {
    isTTY,
    write(s: string) {
      chunks.push(s);
      return true;
    },
    get text() {
      return chunks.join('');
    },
  };
}
