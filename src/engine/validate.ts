/**
 * The rule engine: runs every active rule of every active ruleset over the
 * institution and its cases, locates and localises what they find, applies the
 * lembaga's own severity overrides and ignores, and sorts. Pure: no I/O.
 */
import type { Finding, Location, Severity, SuppressedFinding } from '../core/finding.js';
import { compareFindings, emptyFinding, NO_LOCATION } from '../core/finding.js';
import type { Locator } from '../core/finding.js';
import type {
  DraftFinding,
  Lintas,
  Rule,
  RuleContext,
  Ruleset,
  KasusTerdaftar,
} from '../standards/rule.js';
import type { Lembaga } from '../model/lembaga.js';
import type { LayananKey, StandarLayanan } from '../standards/types.js';
import { LAYANAN_KEYS } from '../standards/types.js';
import type { Translate } from '../i18n/index.js';

export interface ValidationInput {
  lembaga: Lembaga;
  lembagaLocator: Locator;
  kasus: readonly KasusTerdaftar[];
  registerLocators: ReadonlyMap<string, Locator>;
  rulesets: readonly Ruleset[];
  standar: Readonly<Record<LayananKey, StandarLayanan>>;
  tanggal: string;
  tahun?: number;
  /** Restrict to one service (`--layanan`). */
  layanan?: LayananKey;
  t: Translate;
  /** Parse and schema findings of the same files: a rule finding at a value already reported as invalid is dropped. */
  masalah?: readonly Finding[];
}

export interface ValidationResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** Services the lembaga offers (keys of `layanan`), in the standard's order. */
export function offeredServices(lembaga: Lembaga, only?: LayananKey): LayananKey[] {
  const keys = Object.keys(lembaga.layanan ?? {});
  return LAYANAN_KEYS.filter((k) => keys.includes(k) && (!only || k === only));
}

/** Rules of the active rulesets, minus those switched off by the lembaga. */
export function activeRules(lembaga: Lembaga | null, rulesets: readonly Ruleset[]): Rule[] {
  const off = new Set(lembaga?.aturan?.rulesetNonaktif ?? []);
  const levels = lembaga?.aturan?.tingkat ?? {};
  return rulesets
    .filter((rs) => !off.has(rs.id))
    .flatMap((rs) => rs.rules.filter((r) => levels[r.id] !== 'off'));
}

/** Run the rules. Never throws for bad data: a rule that crashes becomes an `internal-error` finding. */
export function validate(input: ValidationInput): ValidationResult {
  const v = mulaiValidasi(input);
  v.tambah(input.kasus);
  return v.selesai();
}

/** A validation the cases stream through (issue 16): window by window, then the findings. */
export interface Validasi {
  /** A window of cases (their register's locator already in `registerLocators`). */
  tambah(batch: readonly KasusTerdaftar[]): void;
  /** The findings of every rule; `masalah`: the load problems known by now (default: the input's). */
  selesai(masalah?: readonly Finding[]): ValidationResult;
}

/**
 * The engine over cases that stream: case rules run on each window as it comes and are located
 * at once (the window's child rows are then forgotten), cross-case rules (`lintas`) keep what
 * they need, institution rules run once at the end. Findings come out in the order of the rules,
 * each rule's in case order — as if every case had been read first.
 */
export function mulaiValidasi(input: Omit<ValidationInput, 'kasus'>): Validasi {
  const { lembaga, t } = input;
  const ctx: RuleContext = {
    lembaga,
    layanan: offeredServices(lembaga, input.layanan),
    standar: input.standar,
    tanggal: input.tanggal,
    tahun: input.tahun,
    kasus: [],
    semuaKasus: [],
    t,
  };
  const levels = lembaga.aturan?.tingkat ?? {};
  const rules = activeRules(lembaga, input.rulesets);
  const perAturan = new Map<Rule, Finding[]>(rules.map((r) => [r, []]));
  const gagal = new Set<Rule>();
  const lintas = new Map<Rule, Lintas>();
  const jalankan = (rule: Rule, fn: () => DraftFinding[]) => {
    if (gagal.has(rule)) return;
    let drafts: DraftFinding[];
    try {
      drafts = fn();
    } catch (e) {
      // A rule that crashes gives one finding, whatever it found before.
      gagal.add(rule);
      perAturan.set(rule, [
        {
          ...emptyFinding('internal-error', 'error'),
          message: t('validasi.aturanGagal', { aturan: rule.id, pesan: (e as Error).message }),
        },
      ]);
      return;
    }
    const override = levels[rule.id];
    const severity: Severity = override && override !== 'off' ? override : rule.severity;
    const out = perAturan.get(rule)!;
    for (const d of drafts) out.push(toFinding(rule, severity, d, input));
  };
  for (const rule of rules) {
    if (rule.lintas) jalankan(rule, () => (lintas.set(rule, rule.lintas!(ctx)), []));
  }
  const perKasus = rules.filter((r) => r.scope === 'kasus' && !r.lintas);
  return {
    tambah(batch) {
      if (batch.length === 0) return;
      const dipilih = input.layanan
        ? batch.filter((k) => k.kasus.layanan === input.layanan)
        : batch;
      if (dipilih.length > 0) {
        const c: RuleContext = { ...ctx, kasus: dipilih, semuaKasus: batch };
        for (const rule of perKasus) jalankan(rule, () => rule.check(c));
      }
      const pilih = input.layanan ? new Set(dipilih) : null;
      for (const [rule, acc] of lintas)
        jalankan(rule, () => batch.flatMap((k) => acc.tambah(k, !pilih || pilih.has(k))));
    },
    selesai(masalah = input.masalah ?? []) {
      for (const rule of rules) {
        const acc = lintas.get(rule);
        if (acc) jalankan(rule, () => acc.selesai());
        else if (rule.scope !== 'kasus') jalankan(rule, () => rule.check(ctx));
      }
      const findings = rules.flatMap((r) => perAturan.get(r)!);
      return applyIgnores(dropShadowed(findings, masalah), lembaga);
    },
  };
}

/**
 * One defect, one finding: when a value failed the schema (or a cell could not be read), the
 * rules that read that value would only repeat it in other words ("not recorded", "expired"),
 * so their findings at the same place — the same JSON pointer, or a section whose member is
 * the invalid value — are dropped. Whole entries (a staff member, a case) are not shadowed.
 */
export function dropShadowed(findings: Finding[], masalah: readonly Finding[]): Finding[] {
  // Per file: the invalid paths, and every proper ancestor of one (linear, not findings × problems).
  const exact = new Map<string, Set<string>>();
  const ancestors = new Map<string, Set<string>>();
  for (const m of masalah) {
    if (!m.path || !m.file || m.severity !== 'error') continue;
    let ex = exact.get(m.file);
    let an = ancestors.get(m.file);
    if (!ex || !an) {
      exact.set(m.file, (ex = new Set()));
      ancestors.set(m.file, (an = new Set()));
    }
    ex.add(m.path);
    for (let i = m.path.lastIndexOf('/'); i > 0; i = m.path.lastIndexOf('/', i - 1))
      an.add(m.path.slice(0, i));
  }
  if (exact.size === 0) return findings;
  return findings.filter((f) => {
    const ex = f.file && f.path ? exact.get(f.file) : undefined;
    if (!ex) return true;
    if (ex.has(f.path!)) return false;
    const deep = f.path!.split('/').length > 3;
    return !(deep && ancestors.get(f.file!)!.has(f.path!));
  });
}

function toFinding(
  rule: Rule,
  severity: Severity,
  d: DraftFinding,
  input: Omit<ValidationInput, 'kasus'>,
): Finding {
  const { t } = input;
  let loc: Location = NO_LOCATION;
  if (d.target.source === 'lembaga')
    loc = input.lembagaLocator.locate(d.target.pointer, d.target.key);
  else
    loc = input.registerLocators.get(d.target.file)?.locate(d.target.pointer) ?? {
      ...NO_LOCATION,
      file: d.target.file,
    };
  const rujukan = rule.rujukan?.(d.layanan, d.bagian) ?? null;
  return {
    rule: rule.id,
    severity,
    message: t(d.message, d.params),
    file: loc.file,
    line: loc.line,
    column: loc.column,
    path: d.target.pointer === '' ? '' : d.target.pointer,
    sheet: loc.sheet,
    cell: loc.cell,
    row: loc.row,
    value: d.value === undefined ? null : d.value,
    expected: d.expected === undefined ? null : d.expected,
    ref: rule.ref(d.layanan, d.bagian),
    hint: d.hint ? t(d.hint, d.hintParams ?? d.params) : null,
    header: loc.header ?? null,
    kasus: d.kasus ?? null,
    layanan: rujukan?.layanan ?? null,
    bagian: rujukan?.bagian ?? null,
  };
}

/** Moves findings the lembaga chose to ignore (with a reason) to `suppressed`; sorts both. */
export function applyIgnores(findings: Finding[], lembaga: Lembaga | null): ValidationResult {
  const ignores = lembaga?.aturan?.abaikan ?? [];
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    // An ignore without a reason does not count (docs/kontrak-cli.md: suppressed findings carry the reason).
    const ig = ignores.find(
      (i) =>
        typeof i.alasan === 'string' &&
        i.alasan.trim() !== '' &&
        i.aturan === f.rule &&
        (!i.path || (f.path ?? '').startsWith(i.path)) &&
        (!i.layanan || f.layanan === i.layanan),
    );
    if (ig) suppressed.push({ ...f, reason: ig.alasan });
    else kept.push(f);
  }
  kept.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings: kept, suppressed };
}
