/**
 * One merge in progress: the chosen sources and their plan, kept so that each preview and the final
 * merge send only the user's decisions. Runs in io/merge.worker.ts, or on the page where no worker
 * can start (io/mergeClient.ts).
 */
import type { MapDoc } from '../model';
import { type MergeDecisions, type MergePlan, type MergeReport, mergeMaps, planMerge } from '../model/merge';

export type MergeAsk =
  | { type: 'plan'; sources: MapDoc[] }
  | { type: 'preview'; decisions: MergeDecisions; title: string }
  | { type: 'merge'; decisions: MergeDecisions; title: string; region?: string };

export interface MergeAnswer {
  plan?: MergePlan;
  report?: MergeReport;
  map?: MapDoc;
}

export class MergeSession {
  private sources: MapDoc[] = [];
  private plan: MergePlan | undefined;

  answer(ask: MergeAsk): MergeAnswer {
    if (ask.type === 'plan') {
      this.sources = ask.sources;
      this.plan = planMerge(this.sources);
      return { plan: this.plan };
    }
    const result = mergeMaps(this.sources, ask.decisions, {
      title: ask.title,
      ...(ask.type === 'merge' && ask.region ? { region: ask.region } : {}),
      ...(this.plan ? { plan: this.plan } : {}),
    });
    return ask.type === 'preview' ? { report: result.report } : { map: result.map };
  }
}
