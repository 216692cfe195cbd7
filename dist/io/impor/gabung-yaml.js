/**
 * `--gabung` into a YAML register edits the document instead of rewriting it:
 * the new cases are appended to the `kasus` sequence of the parsed Document, so
 * comments (a header such as "Data pribadi: jangan dibagikan", notes beside a
 * case), key order and quoting of what was there survive the merge.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { kasusYaml } from './output.js';
const PARSE = { schema: 'core', version: '1.2' };
/** Written as impor writes a register: sequences not indented under their key, no folding. */
const TULIS = { lineWidth: 0, minContentWidth: 0, indentSeq: false };
/**
 * The register text with `baru` appended to its `kasus` list. `teks` must be a
 * register that parsed as a mapping (the caller checked it); when it has no
 * `kasus` (or `kasus: []`), the list is created.
 */
export function gabungYamlTeks(teks, baru) {
    if (baru.length === 0)
        return teks;
    const doc = parseDocument(teks, PARSE);
    if (doc.errors.length || !isMap(doc.contents))
        throw new Error('register is not a mapping');
    // The new items parsed from the same writer that writes a fresh register (NIK and ids quoted).
    const tambahan = parseDocument('kasus:\n' + baru.map(kasusYaml).join(''), PARSE);
    const seqBaru = tambahan.get('kasus', true);
    const ada = doc.get('kasus', true);
    if (isSeq(ada)) {
        if (ada.flow && ada.items.length === 0)
            ada.flow = false;
        for (const item of seqBaru.items)
            ada.items.push(item);
        if (ada.flow)
            ada.flow = false;
    }
    else if (ada === undefined || (isScalar(ada) && ada.value === null)) {
        // `kasus:` with nothing, or no `kasus` at all: keep a comment that was on the empty value.
        if (isScalar(ada) && ada.comment)
            seqBaru.comment = ada.comment;
        if (isScalar(ada) && ada.commentBefore)
            seqBaru.commentBefore = ada.commentBefore;
        doc.set('kasus', seqBaru);
    }
    else {
        throw new Error('kasus is not a list');
    }
    return doc.toString(TULIS);
}
