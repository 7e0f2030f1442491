// Whether the page has painted once since it mounted. A long page shows its top first and
// renders the rest a frame later: on a slow phone in H5 the first screen appears sooner.
// The mini-program renders the page in one go, as before.
import { useEffect, useState } from 'react'

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(process.env.TARO_ENV !== 'h5')
  useEffect(() => {
    if (painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // a task queued from an animation frame runs after that frame is painted
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}
