export * from './types/define.js';
