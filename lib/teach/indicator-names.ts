/*
 * User indicator ids and names without zod, for the popup's bundle (only the background
 * validates; see lib/messages/client.ts).
 */

/** `user:` + a short token; taxonomy keys have a dot and no colon. Same rule as userIndicatorIdSchema. */
export const USER_INDICATOR_ID = /^user:[a-z0-9]{1,24}$/;

export function isUserIndicatorId(key: string): boolean {
  return USER_INDICATOR_ID.test(key);
}

/** The name to show in a locale, falling back to the other language's. */
export function userIndicatorName(indicator: { nameZh?: string; nameEn?: string }, locale: 'zh' | 'en'): string {
  return (locale === 'zh' ? indicator.nameZh ?? indicator.nameEn : indicator.nameEn ?? indicator.nameZh) ?? '';
}
