import type { AsvsReport, RequirementReport, RequirementStatus } from './asvs-report-model.ts';
import { count } from './plural.ts';
import { shortAsvsId } from './rule-catalog.ts';

const MAX_FILES = 10;

export const LIMITS = 'No findings means the rules found no violation in the code they understand; each rule\'s page lists what it cannot see.';

type Style = 'red' | 'green' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Style, [number, number]> = { red: [31, 39], green: [32, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22] };

const MARK: Record<RequirementStatus, [string, Style]> = {
  findings: ['✖', 'red'],
  clean: ['✔', 'green'],
  'not-checked': ['!', 'yellow'],
  manual: ['☐', 'yellow'],
};

/** The report for a terminal; colour only when asked for, which callers decide from the TTY and NO_COLOR. */
export function renderText(report: AsvsReport, { color }: { color: boolean }): string {
  const paint = (style: Style, text: string) => (color ? `\u001B[${ANSI[style][0]}m${text}\u001B[${ANSI[style][1]}m` : text);
  const lines = [
    paint('bold', `ASVS ${report.asvsVersion} V3 Session Management, Level ${report.level}: ${report.requirements.length} requirements`),
    summaryLine(report),
  ];
  if (report.unparsedFiles.length > 0) {
    lines.push(paint('red', `${count(report.unparsedFiles.length, 'file')} did not parse, so no rule checked them: ${report.unparsedFiles.join(', ')}`));
  }
  if (!report.rulesKnownToRun) {
    lines.push(paint('dim', 'Which rules were on is not known here: "no findings" assumes the rule ran. The asvs-report command checks.'));
  }
  let section = '';
  for (const entry of report.requirements) {
    if (entry.requirement.section !== section) {
      section = entry.requirement.section;
      lines.push('', paint('bold', section));
    }
    const [mark, style] = MARK[entry.status];
    lines.push(`${paint(style, mark)} ${paint('bold', shortAsvsId(entry.requirement.id))} ${entry.requirement.requirement}${entry.levelNote ? ` (L${report.level}: ${entry.levelNote})` : ''}`);
    lines.push(...details(entry).map((line) => `    ${line.startsWith('[ ]') || line.startsWith('  ') ? line : paint('dim', line)}`));
  }
  lines.push('', paint('dim', LIMITS));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: AsvsReport): string {
  const { counts } = report;
  const requirements = [
    `${counts.findings} with findings`,
    `${counts.clean} checked with no findings`,
    ...(counts['not-checked'] > 0 ? [`${counts['not-checked']} not checked (rules off)`] : []),
    `${counts.manual} to verify by hand`,
  ];
  return `${count(report.filesLinted, 'file')} linted; requirements: ${requirements.join(' · ')}`;
}

function details(entry: RequirementReport): string[] {
  if (entry.status === 'manual') return ['verify by hand:', ...entry.requirement.checklist.map((item) => `[ ] ${item}`)];
  const rules = entry.rules.map((rule) => `asvs/${rule.name}${rule.enabled === false ? ' (off)' : ''}`).join(', ');
  const suppressed = entry.suppressed > 0 ? `, ${entry.suppressed} suppressed` : '';
  if (entry.status === 'not-checked') return [`not checked: ${rules} did not run${suppressed}`];
  if (entry.status === 'clean') return [`checked by ${rules}: no findings${suppressed}`];
  const shown = entry.files.slice(0, MAX_FILES).map((file) => `  ${file}`);
  const more = entry.files.length > MAX_FILES ? [`  … and ${entry.files.length - MAX_FILES} more`] : [];
  return [`checked by ${rules}: ${count(entry.findings, 'finding')} in ${count(entry.files.length, 'file')}${suppressed}`, ...shown, ...more];
}
