/**
 * Text for XML (the summary card's SVG, a QR code's SVG file, the PDF's XMP record): what XML 1.0
 * cannot carry (most C0 controls, U+FFFE/U+FFFF, lone surrogates) is dropped, and the five
 * markup characters become character references.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '',
    )
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
