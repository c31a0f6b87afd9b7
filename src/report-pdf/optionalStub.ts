// jsPDF lazily imports html2canvas, dompurify and canvg for doc.html() and SVG support.
// This app draws its report with jsPDF's vector API only, so those modules are aliased here
// to keep them out of the build and the offline precache.
export default {}
