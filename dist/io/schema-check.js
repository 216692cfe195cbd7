/**
 * JSON Schema validation with ajv (2020-12, allErrors, strict, no coercion, no
 * defaults on user data), and ajv's errors rewritten into plain Indonesian or
 * English findings located in the user's file. An unknown key or value gets
 * "did you mean …?".
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { LEMBAGA_SCHEMA } from '../model/lembaga-schema.js';
import { KASUS_SCHEMA, REGISTER_SCHEMA } from '../model/register-schema.js';
import { KREDIT_SCHEMA } from '../model/kredit-schema.js';
import { KONVERSI_SCHEMA } from '../model/kredit-konversi-schema.js';
import { emptyFinding } from '../core/finding.js';
// ajv-formats is CommonJS: its function is `.default` under NodeNext typing, the module itself at run time.
const addFormats = addFormatsMod.default ??
    addFormatsMod;
/** The options every schema is compiled with, at build time (scripts/skema-terkompilasi.mjs) and here. */
export const OPSI_AJV = { allErrors: true, strict: true, allowUnionTypes: true };
export const FORMAT_AJV = ['date', 'email'];
/** The schemas by the names the loaders validate under; the build compiles each of them. */
export const SKEMA_BERNAMA = {
    lembaga: LEMBAGA_SCHEMA,
    register: REGISTER_SCHEMA,
    'register-kasus': KASUS_SCHEMA,
    kredit: KREDIT_SCHEMA,
    'kredit-konversi': KONVERSI_SCHEMA,
};
/** A schema's fingerprint: a compiled validator is used only for the very schema it was built from. */
export function sidikSkema(schema) {
    return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}
let ajv = null;
const compiled = new Map();
function getAjv() {
    if (!ajv) {
        ajv = new Ajv2020({ ...OPSI_AJV });
        addFormats(ajv, FORMAT_AJV);
    }
    return ajv;
}
let terkompilasi;
/**
 * The validators compiled by the build (dist/io/skema-terkompilasi.cjs), or null where there are
 * none (a run from src/ under the tests). Compiling at start-up took a third of a small `validasi`.
 */
function bawaanBuild() {
    if (terkompilasi === undefined) {
        try {
            terkompilasi = createRequire(import.meta.url)('./skema-terkompilasi.cjs');
        }
        catch {
            terkompilasi = null;
        }
    }
    return terkompilasi;
}
/** The validator of a schema registered under `name`: the build's when it matches, else compiled once. */
export function getValidator(name, schema) {
    let v = compiled.get(name);
    if (!v) {
        const pre = bawaanBuild();
        const dariBuild = pre?.[name];
        v =
            dariBuild && pre.__sidik?.[name] === sidikSkema(schema)
                ? dariBuild
                : getAjv().compile(schema);
        compiled.set(name, v);
    }
    return v;
}
export { didYouMean } from '../core/mirip.js';
import { didYouMean } from '../core/mirip.js';
/** One segment of a JSON pointer, unescaped ("~1" is "/", "~0" is "~"). */
function segmen(s) {
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
function schemaAt(root, schemaPath) {
    // "#/properties/staf/items/properties/peran/enum" → the parent of the keyword
    const segs = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let node = root;
    for (const s of segs) {
        if (node && typeof node === 'object')
            node = node[segmen(s)];
        else
            return null;
    }
    return node ?? null;
}
function typeName(v, t) {
    if (v === null)
        return t('skema.jenis.null');
    if (Array.isArray(v))
        return t('skema.jenis.array');
    return t(`skema.jenis.${typeof v}`);
}
/**
 * Validate `data` and turn each ajv error into a finding with rule `schema`,
 * located through `locator`. `file` is the display name of the source.
 */
export function checkSchema(name, schema, data, locator, t, pointerPrefix = '') {
    const validate = getValidator(name, schema);
    if (validate(data))
        return [];
    const out = [];
    const seen = new Set();
    const errors = prune(validate.errors ?? []);
    for (const e of errors) {
        const f = toFinding(e, schema, data, locator, t, pointerPrefix);
        const key = `${f.path}|${f.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(f);
        }
    }
    buangSalahJenis(data, errors);
    return out;
}
/**
 * A value of the wrong type (a list where a date goes, a number where a text goes) has had its
 * schema finding: the rules and outputs then read it as missing, never as what it is not (issue
 * 17 §10: one guard here instead of a type check in every command). A list item of the wrong type
 * becomes undefined (indices, and so locations, stay), a key is removed.
 */
function buangSalahJenis(data, errors) {
    const pointers = errors
        .filter((e) => e.keyword === 'type' && e.instancePath)
        .map((e) => e.instancePath)
        // Deepest first, so a parent removed later does not hide a child's removal.
        .sort((a, b) => b.split('/').length - a.split('/').length);
    for (const p of pointers) {
        const segs = p.slice(1).split('/').map(segmen);
        const last = segs.pop();
        const parent = valueAt(data, segs.length
            ? '/' + segs.map((x) => x.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
            : '');
        if (Array.isArray(parent))
            parent[Number(last)] = undefined;
        else if (parent && typeof parent === 'object')
            delete parent[last];
    }
}
/** Drop the noise ajv adds around a union/`if` failure, keep the most specific errors. */
function prune(errors) {
    return errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
}
function valueAt(data, pointer) {
    if (!pointer)
        return data;
    let node = data;
    for (const s of pointer.slice(1).split('/')) {
        if (node && typeof node === 'object')
            node = node[segmen(s)];
        else
            return undefined;
    }
    return node;
}
/** The `minimum`/`maximum` messages: the bound and the comparison it stands for. */
function batas(kunci, op) {
    return ({ params, value, field, t }) => ({
        message: t(kunci, { kolom: field, nilai: String(value), batas: String(params.limit) }),
        expected: `${op} ${String(params.limit)}`,
    });
}
/** One translator per ajv keyword; anything else gets the general message. */
const TERJEMAH = {
    required: ({ params, pointer, t }) => {
        const missing = String(params.missingProperty);
        return {
            message: t('skema.wajib', { kunci: missing, di: pointer || '/' }),
            expected: missing,
            kunci: missing,
        };
    },
    additionalProperties: ({ e, params, schema, t }) => {
        const extra = String(params.additionalProperty);
        const parent = schemaAt(schema, e.schemaPath);
        const known = parent && typeof parent.properties === 'object'
            ? Object.keys(parent.properties)
            : [];
        const guess = didYouMean(extra, known);
        return {
            message: guess
                ? t('skema.kunciTakDikenalMaksud', { kunci: extra, saran: guess })
                : t('skema.kunciTakDikenal', { kunci: extra }),
            expected: guess ?? known,
            saran: guess,
            kunci: extra,
            key: true,
            hint: known.length ? t('skema.kunciYangDikenal', { daftar: known.join(', ') }) : null,
        };
    },
    enum: ({ params, value, field, t }) => {
        const allowed = params.allowedValues.map(String);
        const guess = typeof value === 'string' ? didYouMean(value, allowed) : null;
        return {
            message: guess
                ? t('skema.pilihanMaksud', { kolom: field, nilai: String(value), saran: guess })
                : t('skema.pilihan', { kolom: field, nilai: String(value) }),
            expected: allowed,
            saran: guess,
            hint: t('skema.pilihanDaftar', { daftar: allowed.join(', ') }),
        };
    },
    const: ({ params, field, t }) => ({
        message: t('skema.konstan', { kolom: field, nilai: String(params.allowedValue) }),
        expected: params.allowedValue,
    }),
    type: ({ params, value, field, t }) => {
        const want = String(params.type)
            .split(',')
            .map((x) => t(`skema.jenis.${x}`))
            .join(t('skema.atau'));
        return {
            message: t('skema.tipe', { kolom: field, harus: want, ada: typeName(value, t) }),
            expected: params.type,
            hint: params.type === 'string' && typeof value === 'number' ? t('skema.saranKutip') : null,
        };
    },
    format: ({ params, value, field, t }) => params.format === 'date'
        ? {
            message: t('skema.tanggal', { kolom: field, nilai: String(value) }),
            expected: 'YYYY-MM-DD',
        }
        : {
            message: t('skema.format', {
                kolom: field,
                nilai: String(value),
                format: String(params.format),
            }),
            expected: params.format,
        },
    pattern: ({ e, params, schema, value, field, t }) => {
        const parent = schemaAt(schema, e.schemaPath);
        return {
            message: t('skema.pola', { kolom: field, nilai: String(value) }),
            expected: params.pattern,
            hint: parent && typeof parent.description === 'string' ? parent.description : null,
        };
    },
    minimum: batas('skema.minimum', '>='),
    exclusiveMinimum: batas('skema.minimum', '>='),
    maximum: batas('skema.maksimum', '<='),
    exclusiveMaximum: batas('skema.maksimum', '<='),
    minProperties: ({ field, t }) => ({ message: t('skema.kosong', { kolom: field }) }),
    minItems: ({ field, t }) => ({ message: t('skema.kosong', { kolom: field }) }),
    minLength: ({ field, t }) => ({ message: t('skema.teksKosong', { kolom: field }) }),
    uniqueItems: ({ field, t }) => ({ message: t('skema.ganda', { kolom: field }) }),
};
function toFinding(e, schema, data, locator, t, prefix) {
    const value = valueAt(data, e.instancePath);
    const k = {
        e,
        params: e.params,
        schema,
        value,
        field: e.instancePath.split('/').pop() || t('skema.akar'),
        pointer: e.instancePath,
        t,
    };
    const terjemah = Object.hasOwn(TERJEMAH, e.keyword) ? TERJEMAH[e.keyword] : null;
    const r = terjemah
        ? terjemah(k)
        : { message: t('skema.umum', { kolom: k.field, pesan: e.message ?? e.keyword }) };
    const fullPointer = prefix + (r.kunci !== undefined ? `${k.pointer}/${r.kunci}` : k.pointer);
    const loc = locator.locate(fullPointer, r.key ?? false);
    return {
        ...emptyFinding('schema', 'error'),
        ...loc,
        message: r.message,
        path: fullPointer,
        value: value === undefined ? null : value,
        expected: r.expected ?? null,
        hint: r.hint ?? null,
        saran: r.saran ?? null,
    };
}
/**
 * Read mistyped keys and values as meant, for the rules only: the schema finding
 * already reports the typo, and a rule must not report the same defect again as
 * "missing". Only unambiguous suggestions whose target is free are applied.
 */
export function applySuggestions(data, findings) {
    for (const f of findings) {
        if (f.rule !== 'schema' || !f.saran || !f.path)
            continue;
        const segs = f.path.slice(1).split('/').map(segmen);
        const last = segs.pop();
        let parent = data;
        for (const s of segs)
            parent =
                parent && typeof parent === 'object' ? parent[s] : undefined;
        if (!parent || typeof parent !== 'object')
            continue;
        const obj = parent;
        if (Array.isArray(f.expected) || typeof f.expected === 'string') {
            if (f.message &&
                typeof f.expected === 'string' &&
                f.expected === f.saran &&
                last in obj &&
                !(f.saran in obj)) {
                obj[f.saran] = obj[last];
                delete obj[last];
            }
            // Values are never rewritten: a finding must quote what the user typed.
        }
    }
}
