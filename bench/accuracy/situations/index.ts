import type { Situation } from "../situation.js";
import { blind2Situations } from "./blind-2.js";
import { blind2SparseSituations } from "./blind-2-sparse.js";
import { blind3Situations } from "./blind-3.js";
import { blind3SparseSituations } from "./blind-3-sparse.js";
import { certificateSituations } from "./certificate.js";
import { clientAndPathSituations } from "./client-and-path.js";
import { freshSituations } from "./fresh.js";
import { freshSparseSituations } from "./fresh-sparse.js";
import { heldInSituations } from "./held-in.js";
import { negotiationSituations } from "./negotiation.js";
import { reachabilitySituations } from "./reachability.js";
import { sparseSituations } from "./sparse.js";
import { tuningSparse2Situations } from "./tuning-sparse-2.js";

export const situations: readonly Situation[] = [
  ...certificateSituations,
  ...negotiationSituations,
  ...reachabilitySituations,
  ...clientAndPathSituations,
  ...sparseSituations,
  ...tuningSparse2Situations,
  ...heldInSituations,
  ...freshSituations,
  ...freshSparseSituations,
  ...blind2Situations,
  ...blind2SparseSituations,
  ...blind3Situations,
  ...blind3SparseSituations,
];
