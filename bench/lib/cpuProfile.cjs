// Preloaded into the host (NODE_OPTIONS=--require, which allows no --cpu-prof) by
// bench/submitProfile.ts: V8's CPU profiler from the process's start, the profile written
// to CPU_PROFILE_DIR as <pid>.cpuprofile when the process is asked to stop (or exits).
const fs = require('node:fs')
const path = require('node:path')
const inspector = require('node:inspector')

const dir = process.env.CPU_PROFILE_DIR
if (dir) {
  const session = new inspector.Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 1000 })
  session.post('Profiler.start')
  let written = false
  const write = () => {
    if (written) return
    written = true
    // a session on the process's own thread answers synchronously
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile))
    })
  }
  // written as the stop is asked for (the host then compacts its store, which is not what is measured), or at exit
  process.once('SIGTERM', write)
  process.once('SIGINT', write)
  process.once('exit', write)
}
