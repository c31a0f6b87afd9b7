/** The text styles of the report, derived from the theme. */
import type { PdfTheme } from './theme'
import type { TextStyle } from './writer'

export interface TextStyles {
  body: TextStyle
  bodyBold: TextStyle
  muted: TextStyle
  small: TextStyle
  smallMuted: TextStyle
  smallBold: TextStyle
  link: TextStyle
  heading: TextStyle
  sectionTitle: TextStyle
  footer: TextStyle
}

export function textStyles(theme: PdfTheme): TextStyles {
  const { size } = theme.font
  const c = theme.colour
  return {
    body: { size: size.body, weight: 'normal', colour: c.text },
    bodyBold: { size: size.body, weight: 'bold', colour: c.text },
    muted: { size: size.body, weight: 'normal', colour: c.muted },
    small: { size: size.small, weight: 'normal', colour: c.text },
    smallMuted: { size: size.small, weight: 'normal', colour: c.muted },
    smallBold: { size: size.small, weight: 'bold', colour: c.text },
    link: { size: size.small, weight: 'normal', colour: c.link },
    heading: { size: size.heading, weight: 'bold', colour: c.accent },
    sectionTitle: { size: size.sectionTitle, weight: 'bold', colour: c.accent },
    footer: { size: size.footer, weight: 'normal', colour: c.muted },
  }
}
