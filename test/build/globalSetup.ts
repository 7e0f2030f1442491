// Builds the mini-program once before the build tests run (see weappDist.ts).
import { buildWeapp } from './weappDist'

export default function globalSetup(): void {
  buildWeapp()
}
