/** A finding as a probe reported it: the id the flow understands, plus where and what exactly was seen. */
export interface ObservedFinding {
  id: string;
  /** A short human fact, e.g. "certificate expired 2021-01-01 (2151 days ago)". */
  detail?: string;
  /** The address the finding is about, when the host resolved to several. */
  address?: string;
  /** ISO time of the observation. */
  at: string;
}
