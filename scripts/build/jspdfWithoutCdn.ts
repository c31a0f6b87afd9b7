import type { Plugin } from 'vite'

/** jsPDF's default script for `output('pdfobjectnewwindow')`, on a third-party CDN. */
const PDFOBJECT_CDN = /(["'`])https:\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/pdfobject\/[^"'`]+\1/g

/**
 * Removes the pdfobject CDN address from the jsPDF the app bundles. The app never calls
 * `output('pdfobjectnewwindow')`, the one place that would load it; with the address empty, that
 * call could only open a blank window, never fetch a script from another host. The build fails
 * if the jsPDF it bundles no longer carries the address, so this plugin is removed with it.
 */
export function jspdfWithoutCdn(): Plugin {
  let bundled = false
  let found = false
  return {
    name: 'iiat-jspdf-without-cdn',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]jspdf[\\/]dist[\\/]jspdf\.es(\.min)?\.js$/ },
      handler(code) {
        const stripped = code.replace(PDFOBJECT_CDN, '""')
        bundled = true
        found ||= stripped !== code
        return stripped === code ? null : { code: stripped, map: null }
      },
    },
    buildEnd(error) {
      if (!error && bundled && !found)
        this.error('jsPDF no longer carries the pdfobject CDN address: remove jspdfWithoutCdn')
    },
  }
}
