// Starts Azurite in this process and decides when it stops, so that no emulator is orphaned and no two serve one
// data folder:
// - AISEC_PARENT_PID > 0: it belongs to that process (tests, in-memory storage) and stops when it is gone, even
//   after SIGKILL.
// - AISEC_EMULATOR_RECORD + AISEC_EMULATOR_HOLDERS: it is the one emulator of a data folder, shared by every local
//   process. Each user has a file named by its pid in the holders folder; it stops about 2 s after the last live
//   holder is gone, unless the record says "persistent" (`aisec storage start`). Before stopping it leaves the
//   AISEC_EMULATOR_STOPPING marker and looks once more, so a process that attached meanwhile keeps it running; a
//   process that finds the marker waits for this one to exit before it starts another (local/Host/Emulator).
// - neither: it runs until stopped.
'use strict';
const fs = require('fs');
const path = require('path');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function stop() {
  // Azurite's own SIGTERM handler closes its servers and flushes its metadata store.
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.exit(0), 5000).unref();
}

function watchParent(parentPid) {
  const watch = setInterval(() => {
    if (!alive(parentPid)) {
      clearInterval(watch);
      stop();
    }
  }, 500);
  watch.unref();
}

function watchHolders(recordFile, holdersDir, stoppingMarker) {
  const liveHolders = () => {
    let names = [];
    try {
      names = fs.readdirSync(holdersDir);
    } catch {
      return 0;
    }
    return names.filter((name) => /^\d+$/.test(name) && alive(Number(name))).length;
  };
  const persistent = () => {
    try {
      return JSON.parse(fs.readFileSync(recordFile, 'utf8')).persistent === true;
    } catch {
      return false;
    }
  };
  let idleChecks = 0;
  const watch = setInterval(() => {
    if (persistent() || liveHolders() > 0) {
      idleChecks = 0;
      return;
    }
    if (++idleChecks < 4) {
      return;
    }
    fs.writeFileSync(stoppingMarker, String(process.pid));
    if (persistent() || liveHolders() > 0) {
      fs.rmSync(stoppingMarker, { force: true });
      idleChecks = 0;
      return;
    }
    clearInterval(watch);
    stop();
  }, 500);
  watch.unref();
}

const parentPid = Number(process.env.AISEC_PARENT_PID || 0);
const { AISEC_EMULATOR_RECORD: record, AISEC_EMULATOR_HOLDERS: holders, AISEC_EMULATOR_STOPPING: stopping } = process.env;
if (parentPid > 0) {
  watchParent(parentPid);
} else if (record && holders && stopping) {
  watchHolders(path.resolve(record), path.resolve(holders), path.resolve(stopping));
}
require('azurite/dist/src/azurite.js');
