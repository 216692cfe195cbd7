/**
 * Typed errors, mapped to exit codes in one place (src/cli.ts).
 * Messages are already localised when thrown.
 */
export class UsageError extends Error {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** A file that cannot be read or written (missing, exists without --timpa, locked). */
export class InputError extends Error {
    file;
    exitCode = 2;
    constructor(message, file) {
        super(message);
        this.file = file;
        this.name = 'InputError';
    }
}
/** The user cancelled a prompt (Ctrl-C). */
export class CancelledError extends Error {
    exitCode = 130;
    constructor() {
        super('cancelled');
        this.name = 'CancelledError';
    }
}
