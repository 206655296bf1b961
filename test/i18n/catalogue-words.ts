import type { Messages } from '../../src/i18n/en.js';
import { CATALOGUES, type CatalogueFile } from '../../src/i18n/locales.js';
import type { ReviewStatus } from '../../src/i18n/review.js';

export interface LoadedCatalogue {
  /** Both files' words together: every key of English. */
  messages: Messages;
  review: ReviewStatus;
}

/** A language's two files, loaded through the registry as the widget loads them. */
export async function load(catalogue: () => Promise<CatalogueFile>): Promise<LoadedCatalogue> {
  const words = await catalogue();
  const details = await words.details();
  return { messages: { ...words.messages, ...details.messages } as Messages, review: words.review };
}

/** Every language that ships, as the registry lists it: a new one is tested without a change here. */
export const LOADED: Record<string, LoadedCatalogue> = Object.fromEntries(
  await Promise.all(Object.entries(CATALOGUES).map(async ([locale, catalogue]) => [locale, await load(catalogue)] as const)),
);
