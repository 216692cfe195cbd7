/** NIKs as people type, paste and export them (issue 17 §6). */
const NIK = '3273014507950001';
const fw = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const arab = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const bold = (s: string) => s.replace(/\d/g, (d) => String.fromCodePoint(0x1d7ce + Number(d)));

/** Every odd form a NIK takes when typed, pasted or exported. */
export const NIK_ANEH: readonly string[] = [
  NIK,
  '3273 0145 0795 0001',
  '32.73.01.450795.0001',
  '3273-0145-0795-0001',
  '3273 - 0145 - 0795 - 0001',
  '32730145079500011', // 17 digits
  '327301450795001', // 15 digits
  fw(NIK),
  arab(NIK),
  bold(NIK),
  '3273\u200b0145\u200c0795\u200d0001',
  '\ufeff3273014507950001\u2060',
  '3273\u00a00145\u202f0795\u20090001',
  '3273\u20130145\u20140795\u22120001',
  '3\u00ad2\u00ad7\u00ad3\u00ad0145\u200e07950001',
];
