export * from './time/calendar-date.js';
export * from './time/time-since-surgery.js';
