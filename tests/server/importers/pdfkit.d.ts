// Minimal typing of the parts of pdfkit the importer tests and benchmark use (pdfkit ships no types).
declare module 'pdfkit' {
  interface TextOptions {
    align?: 'left' | 'right' | 'center' | 'justify'
    indent?: number
    paragraphGap?: number
  }
  class PDFDocument {
    constructor(options?: {
      size?: string
      margin?: number
      info?: Record<string, string>
      compress?: boolean
    })
    registerFont(name: string, path: string): this
    font(name: string): this
    fontSize(size: number): this
    text(text: string, options?: TextOptions): this
    moveDown(lines?: number): this
    rect(x: number, y: number, w: number, h: number): this
    fill(color: string): this
    addPage(): this
    on(event: 'data', fn: (chunk: Uint8Array) => void): this
    on(event: 'end', fn: () => void): this
    end(): void
  }
  export default PDFDocument
}
