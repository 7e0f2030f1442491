// The board a benchmark copies as its static file: of 25 random boards fetched from the host,
// the body whose size is nearest the median, so board.get is weighed against a file of the same size.
import { median } from './results'

export async function typicalBoardBody(url: string, body: () => string): Promise<string> {
  const bodies: string[] = []
  for (let i = 0; i < 25; i++) {
    const response = await fetch(`${url}/api/board`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() })
    const text = await response.text()
    if (response.status !== 200 || !(JSON.parse(text) as { ok: boolean }).ok) throw new Error(`board.get 没有成功（HTTP ${response.status}）：${text.slice(0, 200)}`)
    bodies.push(text)
  }
  const sizes = bodies.map((b) => Buffer.byteLength(b))
  const typical = median(sizes)
  return bodies[sizes.indexOf(sizes.reduce((best, size) => (Math.abs(size - typical) < Math.abs(best - typical) ? size : best)))]
}
