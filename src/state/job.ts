/**
 * Work any replica may do, kept in the store until it is done: a probe run, or the work a chat adapter
 * acknowledged and has not finished. The payload is plain JSON that the job's kind knows how to read.
 */
export interface NewJob {
  kind: string;
  payload: unknown;
  /** The session the job belongs to, when there is one (probe runs). */
  sessionId?: string;
  /** The conversation to tell when the job has to be given up. */
  conversation?: string;
  /** Epoch ms after which the job is given up rather than started again. */
  deadline: number;
}

export type JobStatus = "pending" | "running" | "done" | "settled";

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  sessionId?: string;
  conversation?: string;
  deadline: number;
  /** How many times the job has been taken, this time included: 2 means its first holder died. */
  attempts: number;
  /** Epoch ms when the job was enqueued. */
  createdAt: number;
  /**
   * Set when a holder's code failed with an uncaught error while running this job (a poison job): the reason
   * it recorded. Such a job is settled with a message when taken again, never run again.
   */
  crashed?: string;
}

export type JobOutcome = "done" | "settled";
