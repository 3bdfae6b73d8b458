/**
 * The merge screen's side of io/merge.worker.ts: plan once for the chosen sources, then preview and
 * merge with the user's decisions. The worker answers in the order asked. Where no worker can
 * start, the same session runs on the page.
 */
import type { MapDoc } from '../model';
import type { MergeDecisions, MergePlan, MergeReport } from '../model/merge';
import type { MergeReply, MergeRequest } from './merge.worker';
import { type MergeAnswer, type MergeAsk, MergeSession } from './mergeSession';

export class MergeClient {
  private worker: Worker | null = null;
  private here: MergeSession | null = null;
  private nextId = 1;
  private broken = typeof Worker === 'undefined';
  /** The sources last planned, so the page can take over from a worker that failed. */
  private lastPlan: MergeAsk | null = null;
  private readonly waiting = new Map<number, { ask: MergeAsk; resolve: (answer: MergeAnswer) => void; reject: (error: Error) => void }>();

  private ask(ask: MergeAsk): Promise<MergeAnswer> {
    if (ask.type === 'plan') this.lastPlan = ask;
    if (this.broken) return new Promise((resolve) => resolve(this.answerHere(ask)));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { ask, resolve, reject });
      worker.postMessage({ ...ask, id } satisfies MergeRequest);
    });
  }

  private answerHere(ask: MergeAsk): MergeAnswer {
    if (!this.here) {
      this.here = new MergeSession();
      if (this.lastPlan && ask !== this.lastPlan) this.here.answer(this.lastPlan);
    }
    return this.here.answer(ask);
  }

  private start(): Worker {
    const worker = new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MergeReply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply);
      else waiter?.reject(new Error(reply.message));
    };
    // A worker that cannot start or breaks (a stricter policy, an old browser): the page answers what is waiting.
    worker.onerror = () => {
      worker.terminate();
      this.worker = null;
      this.broken = true;
      const pending = [...this.waiting.values()];
      this.waiting.clear();
      for (const { ask, resolve, reject } of pending) {
        try {
          resolve(this.answerHere(ask));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    };
    return worker;
  }

  private failAll(error: Error) {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  /** Plan the merge of these sources (in this order); later previews and the merge use them. */
  async planFor(sources: MapDoc[]): Promise<MergePlan> {
    return (await this.ask({ type: 'plan', sources })).plan!;
  }

  async preview(decisions: MergeDecisions, title: string): Promise<MergeReport> {
    return (await this.ask({ type: 'preview', decisions, title })).report!;
  }

  async merge(decisions: MergeDecisions, title: string, region?: string): Promise<MapDoc> {
    return (await this.ask({ type: 'merge', decisions, title, ...(region ? { region } : {}) })).map!;
  }

  close() {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new Error('merge closed'));
  }
}
