import type { DiagnosisReply } from "./reply.js";

/** Why the diagnosis stopped asking, in words every renderer shows the same way. */
export const stopReasonText: Record<DiagnosisReply["reason"], string> = {
  confident: "the top cause is clearly ahead",
  "question-limit": "enough questions asked",
  "no-useful-question": "no further question would change the ranking",
  "asked-for-results": "results requested",
  feedback: "re-ranked after your feedback",
  "show-more": "more causes requested",
  resumed: "resumed",
  recheck: "re-checked after a fix",
  "server-report": "re-ranked with the server's report",
};
