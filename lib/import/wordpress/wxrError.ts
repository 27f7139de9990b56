/** A WordPress export that cannot be read; `line` and `column` where the XML parser stopped. */
export class WxrError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `${message} (line ${line}, column ${column})` : message)
    this.name = 'WxrError'
  }
}
