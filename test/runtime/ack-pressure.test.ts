import { describe, expect, it } from "vitest";
import { createAckPressure } from "../../src/runtime/ack-pressure.js";
import { testClock } from "../state/state-store-fixtures.js";

describe("ack pressure", () => {
  it("GIVEN no request acknowledged yet THEN the loop is quiet", () => {
    expect(createAckPressure({ clock: testClock().read }).busyForMs()).toBe(0);
  });

  it("GIVEN a request acknowledged THEN the loop is busy for the quiet time after it, then quiet", () => {
    const clock = testClock();
    const pressure = createAckPressure({ quietMs: 50, clock: clock.read });
    pressure.acked();
    expect(pressure.busyForMs()).toBe(50);
    clock.now += 30;
    expect(pressure.busyForMs()).toBe(20);
    pressure.acked();
    expect(pressure.busyForMs()).toBe(50);
    clock.now += 50;
    expect(pressure.busyForMs()).toBe(0);
  });
});
