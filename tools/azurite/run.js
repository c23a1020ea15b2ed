// Starts Azurite in this process and stops it when the process that started it is gone, so a host that is killed
// (even with SIGKILL) leaves no orphan emulator behind. AISEC_PARENT_PID=0 (or unset) means "run until stopped".
'use strict';
const parentPid = Number(process.env.AISEC_PARENT_PID || 0);
if (parentPid > 0) {
  const watch = setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      clearInterval(watch);
      // Azurite's own SIGTERM handler closes its servers and flushes its metadata store.
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => process.exit(0), 5000).unref();
    }
  }, 500);
  watch.unref();
}
require('azurite/dist/src/azurite.js');
