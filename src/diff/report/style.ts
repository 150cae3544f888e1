/** How the text report marks things: ANSI colours on a terminal, nothing otherwise. */
export interface Style {
  heading(text: string): string
  inserted(text: string): string
  deleted(text: string): string
  dim(text: string): string
}

const ANSI = (open: number, close: number) => (text: string) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`)

export const PLAIN: Style = { heading: (t) => t, inserted: (t) => t, deleted: (t) => t, dim: (t) => t }

export const COLOURED: Style = { heading: ANSI(1, 22), inserted: ANSI(32, 39), deleted: ANSI(31, 39), dim: ANSI(2, 22) }

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function chooseStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ''
  return stream.isTTY === true && !noColor ? COLOURED : PLAIN
}
