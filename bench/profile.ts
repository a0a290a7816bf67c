// Where our rules spend their time: a CPU profile of one lint pass, summed by function and by file of the
// plugin. `npm run bench -- --profile` prints it, so that a slow rule points at the code to change.
import { Session, type Profiler } from 'node:inspector';

export interface HotSpot {
  name: string;
  /** Milliseconds spent in the function itself, not in what it calls. */
  selfMs: number;
}

export interface Profile {
  functions: HotSpot[];
  files: HotSpot[];
  /** All samples in the plugin's files. */
  pluginMs: number;
  totalMs: number;
}

/** Runs `action` under the V8 sampling profiler. */
export async function profiled<T>(action: () => Promise<T>): Promise<{ value: T; profile: Profiler.Profile }> {
  const session = new Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as R))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const value = await action();
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  session.disconnect();
  return { value, profile };
}

/** Self time per function, and per file under `folder` (the URL of the plugin's build). */
export function summarize(profile: Profiler.Profile, folder: string): Profile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) self.set(samples[index]!, (self.get(samples[index]!) ?? 0) + (deltas[index] ?? 0) / 1000);
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let pluginMs = 0;
  let totalMs = 0;
  for (const [id, ms] of self) {
    totalMs += ms;
    const frame = byId.get(id)!.callFrame;
    if (!frame.url.startsWith(folder)) continue;
    pluginMs += ms;
    const file = frame.url.slice(folder.length);
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].map(([name, selfMs]) => ({ name, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
  return { functions: sorted(functions), files: sorted(files), pluginMs, totalMs };
}
