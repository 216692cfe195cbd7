export declare const README_ATURAN: [string, string];
export declare const README_REGULASI: [string, string];
export declare function ganti(teks: string, penanda: [string, string], isi: string): string;
export declare function dokumenTurunan(
  root: string,
  readme: string,
): Promise<Record<string, string>>;
