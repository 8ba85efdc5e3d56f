import { describe, expect, it } from "vitest";
import { fitTeamsDocument } from "../../../adapters/teams/fit-teams-document.js";
import { teamsPresenter } from "../../../adapters/teams/teams-presenter.js";
import { fittedRenderer } from "../../../src/chat/fitted-thread-port.js";
import { hostileOutbound } from "../../support/hostile-outbound.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

// Rendered as the shared sender renders every reply: presented once, fitted and converted for Teams.
const { render } = fittedRenderer(teamsPresenter, fitTeamsDocument);
const seeds = Array.from({ length: 15 }, (_, i) => i + 1);

describe("property: every Teams activity is a valid card inside Teams' limits, whatever the reply", () => {
  it.each(seeds)(
    "GIVEN the large and hostile replies of seed %i THEN each activity validates, fits and its buttons decode",
    (seed) => {
      for (const reply of hostileOutbound(seed)) {
        const activities = render(reply, { sessionId: "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40" });
        expect(activities.length, reply.kind).toBeGreaterThan(0);
        for (const [i, activity] of activities.entries())
          expect(
            checkTeamsActivity(activity),
            `${reply.kind} activity ${i + 1} of ${activities.length}`,
          ).toEqual([]);
      }
    },
  );
});
