// Single characters and pairs of a federation's name, stored on the org so that
// "search by part of a name" is an indexed equality query, not a scan.
export function nameGrams(name: string): string[] {
  const chars = Array.from(name.replace(/\s+/g, ''))
  const grams = new Set<string>(chars)
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1])
  return [...grams]
}

/** The gram to look a query up by: its first pair, or the character itself. */
export function probeGram(query: string): string {
  const chars = Array.from(query.replace(/\s+/g, ''))
  return chars.length >= 2 ? chars[0] + chars[1] : (chars[0] ?? '')
}
