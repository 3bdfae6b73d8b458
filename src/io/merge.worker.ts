/// <reference lib="webworker" />
/**
 * The merge screen's planning and merging off the main thread (io/mergeClient.ts). For 25 maps of
 * 40 actors, planning (fuzzy name matching) and each preview's merge took 50–100 ms apiece in the
 * browser, on top of drawing the review: tasks of a quarter of a second on every decision.
 */
import { type MergeAnswer, type MergeAsk, MergeSession } from './mergeSession';

export type MergeRequest = MergeAsk & { id: number };
export type MergeReply = ({ ok: true } & MergeAnswer & { id: number }) | { id: number; ok: false; message: string };

const session = new MergeSession();

self.onmessage = (event: MessageEvent<MergeRequest>) => {
  const { id, ...ask } = event.data;
  let reply: MergeReply;
  try {
    reply = { id, ok: true, ...session.answer(ask as MergeAsk) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
