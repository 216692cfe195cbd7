export class XlsxError extends Error {
    code;
    params;
    constructor(code, params = {}) {
        super(`${code} ${JSON.stringify(params)}`);
        this.code = code;
        this.params = params;
        this.name = 'XlsxError';
    }
}
