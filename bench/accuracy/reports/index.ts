import { blind2Reports } from "./blind-2-reports.js";
import { blind3Reports } from "./blind-3-reports.js";
import { certificateReports } from "./certificate-reports.js";
import { clientAndPathReports } from "./client-and-path-reports.js";
import { freshReports } from "./fresh-reports.js";
import { negotiationReports } from "./negotiation-reports.js";
import { reachabilityReports } from "./reachability-reports.js";
import type { Report } from "./report.js";
import { tuningPosts2 } from "./tuning-posts-2.js";
import { tuningPosts3 } from "./tuning-posts-3.js";
import { tuningPosts4 } from "./tuning-posts-4.js";
import { tuningPosts5 } from "./tuning-posts-5.js";
import { tuningPosts6 } from "./tuning-posts-6.js";
import { tuningPosts7 } from "./tuning-posts-7.js";
import { tuningPosts8 } from "./tuning-posts-8.js";
import { tuningPosts9 } from "./tuning-posts-9.js";

export const reports: readonly Report[] = [
  ...certificateReports,
  ...negotiationReports,
  ...reachabilityReports,
  ...clientAndPathReports,
  ...tuningPosts2,
  ...tuningPosts3,
  ...tuningPosts4,
  ...tuningPosts5,
  ...tuningPosts6,
  ...tuningPosts7,
  ...tuningPosts8,
  ...tuningPosts9,
  ...freshReports,
  ...blind2Reports,
  ...blind3Reports,
];
