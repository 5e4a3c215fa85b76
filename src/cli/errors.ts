// The two failures a CLI command reports as one line on stderr: CliError (exit code 1) and UsageError (2).

export class CliError extends Error {}
/** Wrong arguments: one line on stderr and exit code 2, before anything is opened. */
export class UsageError extends Error {}
