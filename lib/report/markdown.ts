import { shortAsvsId } from './rule-catalog.ts';
import { provenanceLine, ruleOutcome } from './describe.ts';
import type { AsvsReport, RequirementReport, RequirementStatus } from './model.ts';
import { count } from './plural.ts';
import { requirementUrl } from './report-links.ts';
import { LIMITS, MAX_LOCATIONS } from './text.ts';

const STATUS: Record<RequirementStatus, string> = {
  findings: '❌ findings',
  'not-checked': '⚠️ not checked',
  weaker: '🔸 weaker options',
  clean: '✅ no findings',
  manual: '📝 by hand',
};

/** The report as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` or a pull-request comment. */
export function renderMarkdown(report: AsvsReport): string {
  const { counts } = report;
  const parts = [
    `## ASVS ${report.asvsVersion} V3 Session Management: Level ${report.level}`,
    `_${provenanceLine(report.provenance, span)}_`,
    `${count(report.filesLinted, 'file')} linted. Requirements: **${counts.findings}** with findings, ${counts.clean} checked with no findings, ${counts.weaker > 0 ? `${counts.weaker} checked with weaker options than the level's, ` : ''}${counts['not-checked'] > 0 ? `${counts['not-checked']} not checked because their rules are off, ` : ''}${counts.manual} to verify by hand.`,
  ];
  if (report.unparsedFiles.length > 0) {
    parts.push(`> [!WARNING]\n> ${count(report.unparsedFiles.length, 'file')} did not parse, so no rule checked them: ${report.unparsedFiles.map(code).join(', ')}`);
  }
  if (!report.rulesKnownToRun) parts.push('_The ESLint config could not be read, so which rules ran is not known: "no findings" assumes they ran at the level._');
  parts.push(
    [
      '| Requirement | Status | Checked by | Findings | Where |',
      '| --- | --- | --- | --- | --- |',
      ...report.requirements.map((entry) => row(entry, report)),
    ].join('\n'),
  );
  const manual = report.requirements.filter((entry) => entry.status === 'manual');
  if (manual.length > 0) {
    parts.push(
      '### To verify by hand',
      ...manual.map(
        (entry) =>
          `<details><summary><b>${shortAsvsId(entry.requirement.id)}</b> ${escapeHtml(entry.requirement.requirement)}</summary>\n\n${entry.requirement.checklist.map((item) => `- [ ] ${item}`).join('\n')}\n\n</details>`,
      ),
    );
  }
  parts.push(`_${LIMITS}_`);
  return `${parts.join('\n\n')}\n`;
}

function row(entry: RequirementReport, report: AsvsReport): string {
  const { requirement } = entry;
  const note = entry.levelNote ? ` (L${report.level}: ${entry.levelNote})` : '';
  const rules = entry.rules.map((rule) => `[\`${rule.name}\`](${rule.url}): ${cell(ruleOutcome(rule, report.level, span))}`).join('<br>') || '–';
  const findings = entry.status === 'manual' ? '–' : `${entry.findings}${entry.suppressed > 0 ? ` (+${entry.suppressed} suppressed)` : ''}`;
  const where = entry.rules
    .flatMap((rule) => [...rule.locations.slice(0, MAX_LOCATIONS).map(code), ...(rule.locations.length > MAX_LOCATIONS ? [`… and ${rule.locations.length - MAX_LOCATIONS} more`] : [])])
    .join('<br>');
  return `| [${shortAsvsId(requirement.id)}](${requirementUrl(requirement.id)}) ${cell(requirement.requirement)}${cell(note)} | ${STATUS[entry.status]} | ${rules} | ${findings} | ${where || '–'} |`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function span(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}

/** A code span inside a table cell, whose `|` would end the cell. */
function code(text: string): string {
  return span(text).replaceAll('|', '\\|');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
