import { tearDown } from './testRun'

export default tearDown
