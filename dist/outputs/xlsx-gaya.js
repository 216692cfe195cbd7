/** A thin black border on all four sides. */
export const TIPIS = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
};
/** A solid cell fill of one ARGB colour. */
export function isiPadat(argb) {
    return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
/** The pale blue of header cells in the printed workbooks. */
export const ISI_KEPALA = isiPadat('FFD9E1F2');
