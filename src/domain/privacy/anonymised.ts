// The marker that replaces a removed personal value, shared by the retention of requests and of ground-b objections.

/** What replaces a removed value: neutral, and visibly not a person's data. */
export const ANONYMISED = '[dianonimkan]';
