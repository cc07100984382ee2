export * from './access.js';
export * from './auth.js';
export * from './episodes.js';
export * from './errors.js';
export * from './limits.js';
export * from './paging.js';
export * from './patients.js';
export * from './users.js';
