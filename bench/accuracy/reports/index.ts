import { blind2Reports } from "./blind-2-reports.js";
import { blind3Reports } from "./blind-3-reports.js";
import { certificateReports } from "./certificate-reports.js";
import { clientAndPathReports } from "./client-and-path-reports.js";
import { freshReports } from "./fresh-reports.js";
import { negotiationReports } from "./negotiation-reports.js";
import { reachabilityReports } from "./reachability-reports.js";
import type { Report } from "./report.js";
import { tuningPosts2 } from "./tuning-posts-2.js";

export const reports: readonly Report[] = [
  ...certificateReports,
  ...negotiationReports,
  ...reachabilityReports,
  ...clientAndPathReports,
  ...tuningPosts2,
  ...freshReports,
  ...blind2Reports,
  ...blind3Reports,
];
