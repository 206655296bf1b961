import type { DetailMessages } from './en-details.js';
/**
 * The rest of the outcome in this language (the keys of en-details.ts): loaded beside
 * es.ts, whose header holds the glossary and the review status.
 */
export declare const messages: DetailMessages;
