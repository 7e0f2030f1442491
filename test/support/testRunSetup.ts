import { setUp } from './testRun'

export default setUp
