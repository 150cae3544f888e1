/** The part of `sax` (isaacs/sax-js, BlueOak-1.0.0) that vplan's SVG reader uses. */
declare module 'sax' {
  export interface Tag {
    name: string
    attributes: Record<string, string>
    isSelfClosing: boolean
  }
  export interface SAXParser {
    /** 0-based line and column of the parser's position. */
    line: number
    column: number
    onopentag: (tag: Tag) => void
    onclosetag: (name: string) => void
    ontext: (text: string) => void
    oncdata: (text: string) => void
    ondoctype: (doctype: string) => void
    onprocessinginstruction: (instruction: { name: string; body: string }) => void
    onerror: (error: Error) => void
    write(text: string): SAXParser
    close(): SAXParser
  }
  const sax: { parser(strict: boolean, options?: { position?: boolean; trim?: boolean; normalize?: boolean }): SAXParser }
  export default sax
}
