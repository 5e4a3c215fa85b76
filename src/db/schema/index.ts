export * from './org.js';
export * from './accounts.js';
export * from './audit.js';
export * from './outbox.js';
export * from './blobs.js';
export * from './dip.js';
export * from './requests.js';
export * from './calendar.js';
