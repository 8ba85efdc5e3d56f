/** Who asks for a probe, and from where: what "who may probe" is decided on. */
export interface ProbeActor {
  user: string;
  /** The registered name of the platform they write from, or "terminal". */
  platform: string;
  /** The channel the conversation lives in (a thread's parent channel), when known. */
  channel?: string;
  /** The roles the platform's payload says the person holds, where it says so. */
  roles?: readonly string[];
}
