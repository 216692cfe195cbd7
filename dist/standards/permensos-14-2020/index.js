import { LEMBAGA_RULES } from './rules-lembaga.js';
import { KASUS_RULES, IDENTITAS_RULES } from './rules-kasus.js';
import { RULESET_ID } from './define.js';
import { ATURAN_ISSUE_12 } from './rules-issue-12.js';
export const PERMENSOS_14_2020 = {
    id: RULESET_ID,
    judul: 'Permensos 14/2020 tentang Standar Praktik Pekerjaan Sosial',
    rules: [...LEMBAGA_RULES, ...KASUS_RULES, ...ATURAN_ISSUE_12],
};
/** NIK checks (UU 24/2013 on population administration). */
export const IDENTITAS_KLIEN = {
    id: 'identitas-klien',
    judul: 'Identitas klien (NIK, UU 24/2013)',
    rules: IDENTITAS_RULES,
};
