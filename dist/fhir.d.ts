export * from './types/fhir/index.js';
