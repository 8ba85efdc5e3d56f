// A test-only preload for `rdp-fix serve` (NODE_OPTIONS=--import): it re-creates, in a real bot process,
// the class of bug issue 17 found in the UDP probe, an exception thrown from a timer that a probe step
// scheduled. The bug itself is fixed, and nothing real still throws that way, so the process test puts one
// back from the outside to prove the last resort; the bot's own code has no switch for it.
import dgram from "node:dgram";

const { connect } = dgram.Socket.prototype;
dgram.Socket.prototype.connect = function connectThenThrowFromATimer(...args) {
  setTimeout(() => {
    throw new RangeError("test preload: a probe step threw from a timer");
  }, 0);
  return Reflect.apply(connect, this, args);
};
