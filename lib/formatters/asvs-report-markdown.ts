import type { AsvsReport, RequirementReport, RequirementStatus } from './asvs-report-model.ts';
import { requirementUrl } from './report-links.ts';
import { LIMITS } from './asvs-report-text.ts';
import { count } from './plural.ts';
import { shortAsvsId } from './rule-catalog.ts';

const MAX_FILES = 10;
const STATUS: Record<RequirementStatus, string> = {
  findings: '❌ findings',
  clean: '✅ no findings',
  'not-checked': '⚠️ not checked',
  manual: '📝 by hand',
};

/** The report as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` or a pull-request comment. */
export function renderMarkdown(report: AsvsReport): string {
  const { counts } = report;
  const parts = [
    `## ASVS ${report.asvsVersion} V3 Session Management: Level ${report.level}`,
    `${count(report.filesLinted, 'file')} linted. Requirements: **${counts.findings}** with findings, ${counts.clean} checked with no findings, ${counts['not-checked'] > 0 ? `${counts['not-checked']} not checked because their rules are off, ` : ''}${counts.manual} to verify by hand.`,
  ];
  if (report.unparsedFiles.length > 0) {
    parts.push(`> [!WARNING]\n> ${count(report.unparsedFiles.length, 'file')} did not parse, so no rule checked them: ${report.unparsedFiles.map(code).join(', ')}`);
  }
  if (!report.rulesKnownToRun) parts.push('_Which rules were on is not known to a formatter: "no findings" assumes the rule ran._');
  parts.push(
    [
      '| Requirement | Status | Checked by | Findings | Files |',
      '| --- | --- | --- | --- | --- |',
      ...report.requirements.map((entry) => row(entry, report.level)),
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

function row(entry: RequirementReport, level: number): string {
  const { requirement } = entry;
  const note = entry.levelNote ? ` (L${level}: ${entry.levelNote})` : '';
  const rules = entry.rules.map((rule) => `[\`${rule.name}\`](${rule.url})${rule.enabled === false ? ' (off)' : ''}`).join(', ') || '–';
  const findings = entry.status === 'manual' ? '–' : `${entry.findings}${entry.suppressed > 0 ? ` (+${entry.suppressed} suppressed)` : ''}`;
  const files = entry.files.slice(0, MAX_FILES).map(code).join('<br>') + (entry.files.length > MAX_FILES ? `<br>… and ${entry.files.length - MAX_FILES} more` : '');
  return `| [${shortAsvsId(requirement.id)}](${requirementUrl(requirement.id)}) ${cell(requirement.requirement)}${cell(note)} | ${STATUS[entry.status]} | ${rules} | ${findings} | ${files || '–'} |`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function code(path: string): string {
  return `\`${path.replaceAll('`', "'").replaceAll('|', '\\|')}\``;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
