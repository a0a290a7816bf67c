import type { Rule } from 'eslint';
import { shortAsvsId, type AsvsRule } from '../report/rule-catalog.ts';
import type { ReportingDescriptor, Result } from 'sarif';

// GitHub truncates longer descriptions.
const MAX_DESCRIPTION = 1024;

/** A rule of ours: CWE and ASVS tags, precision and severity for code scanning, and the requirements as help. */
export function asvsDescriptor(id: string, rule: AsvsRule): ReportingDescriptor {
  const { data, requirements } = rule;
  const description = sentence(data.description);
  const checks = requirements.map((requirement) => `ASVS ${shortAsvsId(requirement.id)}: ${requirement.requirement}`).join(' ');
  const markdown = [
    `**${description}**`,
    ...requirements.map(
      (requirement) =>
        `> ASVS ${requirement.id} (${requirement.levels.map((level) => `L${level}`).join(', ')}; ${[...requirement.cwe, ...requirement.asvs5].join(', ')}): ${requirement.requirement}`,
    ),
    `See the [rule documentation](${data.url}) for examples, fixes and options.`,
  ].join('\n\n');
  return {
    id,
    name: rule.name,
    shortDescription: { text: description },
    fullDescription: { text: truncate(`${description} ${checks}`) },
    helpUri: data.url,
    help: { text: `${description} ${checks} ${data.url}`, markdown },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: [
        'security',
        ...data.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`),
        ...data.asvs.map((asvsId) => `asvs/${asvsId}`),
        ...data.asvs5.map((asvsId) => `asvs/${asvsId}`),
      ],
      precision: data.precision,
      // GitHub reads a number in a string: "6.5", never 6.5.
      'security-severity': data.securitySeverity.toFixed(1),
    },
  };
}

/** A rule of another plugin or of ESLint itself: what its meta offers, and no security claims. */
export function foreignDescriptor(id: string, meta: Rule.RuleMetaData | undefined, level: Result.level): ReportingDescriptor {
  const description = meta?.docs?.description ? sentence(meta.docs.description) : `ESLint rule ${id}.`;
  const url = meta?.docs?.url !== undefined && URL.canParse(meta.docs.url) ? meta.docs.url : undefined;
  return {
    id,
    shortDescription: { text: truncate(description) },
    fullDescription: { text: truncate(description) },
    ...(url ? { helpUri: url } : {}),
    help: { text: url ? `${description} ${url}` : description, ...(url ? { markdown: `${description}\n\nSee the [rule documentation](${url}).` } : {}) },
    defaultConfiguration: { level },
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function truncate(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
