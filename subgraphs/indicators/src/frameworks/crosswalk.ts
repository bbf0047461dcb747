import { z } from 'zod';
import { readSeed } from '@ugf/runtime';

export const crosswalkFile = z.object({
  sdgTargets: z.array(z.object({ code: z.string(), title: z.string() })),
  isoThemes: z.array(z.object({ code: z.string(), title: z.string() })),
  isoThemeOfIndicator: z.record(z.string(), z.string()),
});
const initiativesFile = z.array(z.object({ id: z.string(), number: z.number(), title: z.string(), conferenceTasks: z.array(z.number()) }));
const tasksFile = z.array(z.object({ number: z.number(), title: z.string() }));

export interface CrosswalkSources {
  crosswalk: z.infer<typeof crosswalkFile>;
  initiatives: z.infer<typeof initiativesFile>;
  tasks: z.infer<typeof tasksFile>;
  indicators: { code: string; initiativeId: string; frameworks: { framework: string; ref: string }[] }[];
}

export interface CrosswalkElement {
  id: string;
  framework: string;
  code: string;
  title: string;
  position: number;
  indicatorCodes: string[];
}

export function readCrosswalkSources(indicators: CrosswalkSources['indicators'], dir?: string): CrosswalkSources {
  return {
    crosswalk: readSeed('framework-crosswalk.json', crosswalkFile, dir),
    initiatives: readSeed('initiatives.json', initiativesFile, dir),
    tasks: readSeed('conference-tasks.json', tasksFile, dir),
    indicators,
  };
}

/**
 * Every framework element with the indicators that serve it: an initiative's own indicators; a
 * conference task's, through the initiatives aligned to it; an SDG 11 target's, through the indicators'
 * own SDG references; an ISO 37120 theme's, through the crosswalk file's theme of each indicator.
 */
export function buildCrosswalk({ crosswalk, initiatives, tasks, indicators }: CrosswalkSources): CrosswalkElement[] {
  const codesWhere = (keep: (indicator: CrosswalkSources['indicators'][number]) => boolean) =>
    indicators
      .filter(keep)
      .map((indicator) => indicator.code)
      .sort();
  const declaration = [...initiatives]
    .sort((a, b) => a.number - b.number)
    .map((initiative, position) => ({
      id: `DECLARATION:${initiative.id}`,
      framework: 'DECLARATION',
      code: initiative.id,
      title: initiative.title,
      position,
      indicatorCodes: codesWhere((indicator) => indicator.initiativeId === initiative.id),
    }));
  const conference = [...tasks]
    .sort((a, b) => a.number - b.number)
    .map((task, position) => {
      const served = new Set(initiatives.filter((initiative) => initiative.conferenceTasks.includes(task.number)).map((initiative) => initiative.id));
      return {
        id: `CCWC_2025:${task.number}`,
        framework: 'CCWC_2025',
        code: String(task.number),
        title: task.title,
        position,
        indicatorCodes: codesWhere((indicator) => served.has(indicator.initiativeId)),
      };
    });
  const sdg = crosswalk.sdgTargets.map((target, position) => ({
    id: `SDG_11:${target.code}`,
    framework: 'SDG_11',
    code: target.code,
    title: target.title,
    position,
    indicatorCodes: codesWhere((indicator) => indicator.frameworks.some((reference) => reference.framework === 'SDG' && reference.ref.startsWith(`${target.code}.`))),
  }));
  const iso = crosswalk.isoThemes.map((theme, position) => ({
    id: `ISO_37120:${theme.code}`,
    framework: 'ISO_37120',
    code: theme.code,
    title: theme.title,
    position,
    indicatorCodes: codesWhere((indicator) => crosswalk.isoThemeOfIndicator[indicator.code] === theme.code),
  }));
  return [...declaration, ...conference, ...sdg, ...iso];
}
