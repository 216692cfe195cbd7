/** Cases kept at once while a register streams: the window its child sheets are joined into. */
export const UKURAN_JENDELA = 1000;
/**
 * Largest YAML register read case by case (its text streams; a case at a time is parsed):
 * measured at 100 000 cases, 282 MB, in SECURITY.md.
 */
export const YAML_ALIR_MAKS_BYTES = 512 * 1024 * 1024;
