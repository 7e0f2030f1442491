// Helpers of the meeting forms: names typed in one line, and a Beijing date and time
// as the instant the back end stores.

/** "3号楼王芳、李丽" → ["3号楼王芳", "李丽"]: names typed in one line. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[,，、;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean)

/** A Beijing date and time as the instant the back end stores. */
export const beijingInstant = (date: string, time: string): string => {
  const parsed = Date.parse(`${date}T${time || '00:00'}:00+08:00`)
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString()
}
