/** What every block renderer receives: the writer (page cursor and text), theme and styles. */
import type { TextStyles } from './styles'
import type { PdfTheme } from './theme'
import type { PdfWriter } from './writer'

export interface RenderContext {
  w: PdfWriter
  theme: PdfTheme
  styles: TextStyles
}
