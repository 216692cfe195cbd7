/** The toolkit's version, read once from package.json (src/ and dist/ sit one level below it). */
import { readFileSync } from 'node:fs';
export const VERSION = (() => {
    try {
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        return pkg.version;
    }
    catch {
        return '0.0.0';
    }
})();
