import { provenanceLine, ruleOutcome } from './describe.ts';
import type { AsvsReport, RequirementReport, RequirementStatus } from './model.ts';
import { count } from './plural.ts';
import { shortAsvsId } from './rule-catalog.ts';

/** Findings listed per rule and requirement before the list says "… and N more"; the SARIF log has them all. */
export const MAX_LOCATIONS = 20;

export const LIMITS = 'No findings means the rules found no violation in the code they understand; each rule\'s page lists what it cannot see.';

type Style = 'red' | 'green' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Style, [number, number]> = { red: [31, 39], green: [32, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22] };

const MARK: Record<RequirementStatus, [string, Style]> = {
  findings: ['✖', 'red'],
  'not-checked': ['!', 'yellow'],
  weaker: ['◐', 'yellow'],
  clean: ['✔', 'green'],
  manual: ['☐', 'yellow'],
};

/** The report for a terminal; colour only when asked for, which callers decide from the TTY and NO_COLOR. */
export function renderText(report: AsvsReport, { color }: { color: boolean }): string {
  const paint = (style: Style, text: string) => (color ? `\u001B[${ANSI[style][0]}m${text}\u001B[${ANSI[style][1]}m` : text);
  const lines = [
    paint('bold', `ASVS ${report.asvsVersion} V3 Session Management, Level ${report.level}: ${report.requirements.length} requirements`),
    paint('dim', provenanceLine(report.provenance, (text) => text)),
    summaryLine(report),
  ];
  if (report.unparsedFiles.length > 0) {
    lines.push(paint('red', `${count(report.unparsedFiles.length, 'file')} did not parse, so no rule checked them: ${report.unparsedFiles.join(', ')}`));
  }
  if (!report.rulesKnownToRun) {
    lines.push(paint('dim', 'The ESLint config could not be read, so which rules ran, and with which options, is not known: "no findings" assumes they ran at the level.'));
  }
  let section = '';
  for (const entry of report.requirements) {
    if (entry.requirement.section !== section) {
      section = entry.requirement.section;
      lines.push('', paint('bold', section));
    }
    const [mark, style] = MARK[entry.status];
    lines.push(`${paint(style, mark)} ${paint('bold', shortAsvsId(entry.requirement.id))} ${entry.requirement.requirement}${entry.levelNote ? ` (L${report.level}: ${entry.levelNote})` : ''}`);
    lines.push(...details(entry, report).map((line) => `    ${line.startsWith('[ ]') || line.startsWith('  ') ? line : paint('dim', line)}`));
  }
  lines.push('', paint('dim', LIMITS));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: AsvsReport): string {
  const { counts } = report;
  const requirements = [
    `${counts.findings} with findings`,
    `${counts.clean} checked with no findings`,
    ...(counts.weaker > 0 ? [`${counts.weaker} checked with weaker options than the level's`] : []),
    ...(counts['not-checked'] > 0 ? [`${counts['not-checked']} not checked (rules off)`] : []),
    `${counts.manual} to verify by hand`,
  ];
  return `${count(report.filesLinted, 'file')} linted; requirements: ${requirements.join(' · ')}`;
}

function details(entry: RequirementReport, report: AsvsReport): string[] {
  if (entry.status === 'manual') return ['verify by hand:', ...entry.requirement.checklist.map((item) => `[ ] ${item}`)];
  return entry.rules.flatMap((rule) => {
    const shown = rule.locations.slice(0, MAX_LOCATIONS).map((location) => `  ${location}`);
    const more = rule.locations.length > MAX_LOCATIONS ? [`  … and ${rule.locations.length - MAX_LOCATIONS} more`] : [];
    return [`asvs/${rule.name}: ${ruleOutcome(rule, report.level, (text) => text)}`, ...shown, ...more];
  });
}
