/** The service worker's cache of script fonts and the shaper: fetched on first use, not precached. */
export const SCRIPT_ASSETS_CACHE = 'iiat-script-assets'
