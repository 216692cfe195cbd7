/** Cases kept at once while a register streams: the window its child sheets are joined into. */
export const UKURAN_JENDELA = 1000;
