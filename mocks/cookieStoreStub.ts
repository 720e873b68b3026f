/**
 * Stands in for msw's cookie store (msw/lib/core/utils/cookieStore.mjs) in the browser build;
 * see vite.config.ts. msw's own store reads `localStorage` when its module loads, which throws
 * where site data is blocked (some private windows, managed browsers) and so stopped the whole
 * data layer; it also brings tough-cookie and the public-suffix list (most of the mock layer's
 * weight). The embedded API sets and reads no cookies, so a store that holds none is exact.
 */
export const cookieStore = {
  getCookies: (): { key: string; value: string }[] => [],
  setCookie: async (): Promise<void> => {},
}
