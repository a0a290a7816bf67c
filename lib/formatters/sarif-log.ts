import type { ESLint, Linter } from 'eslint';
import type { Artifact, ArtifactLocation, Location, Log, Notification, Result, Suppression } from 'sarif';
import { artifactLocation, findRepositoryRoot, rootUri, SOURCE_ROOT } from './artifact-location.ts';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.ts';
import { asvsRuleOf, requirementsOfFinding } from '../report/rule-catalog.ts';
import { sarifFixes } from './sarif-fixes.ts';
import { sarifTools, type ToolsContext } from './sarif-tools.ts';
import { sourceLines } from './source-text.ts';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** What the SARIF log is computed from: the formatter's context, and the plugins when the caller read the config. */
export interface SarifContext extends ToolsContext {
  readonly cwd: string;
}

export function toSarif(results: readonly ESLint.LintResult[], context: SarifContext): Log {
  const root = findRepositoryRoot(context.cwd);
  const tools = sarifTools(context);
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  const artifacts: Artifact[] = [];

  for (const result of results) {
    const file = artifactLocation(root, result.filePath);
    const location = { ...file, index: artifacts.length };
    artifacts.push({ location: file, roles: ['analysisTarget'] });
    const findings: { message: Linter.LintMessage & { ruleId: string }; suppressions?: Linter.LintSuppression[] }[] = [];
    for (const message of result.messages) if (message.ruleId !== null) findings.push({ message: { ...message, ruleId: message.ruleId } });
    for (const message of result.suppressedMessages) {
      if (message.ruleId !== null) findings.push({ message: { ...message, ruleId: message.ruleId }, suppressions: message.suppressions });
    }
    const prints = fingerprints(
      findings.map(({ message }) => message),
      findings.length > 0 ? sourceLines(result) : undefined,
    );
    findings.forEach(({ message, suppressions }, index) => {
      const level = levelOf(message);
      const tags = requirementTags(message, context);
      sarifResults.push({
        ruleId: message.ruleId,
        ...tools.reference(message.ruleId, level),
        level,
        message: { text: message.message },
        locations: [physicalLocation(location, message)],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[index]! },
        ...(message.fix || message.suggestions?.length ? { fixes: sarifFixes(message, location) } : {}),
        ...(suppressions ? { suppressions: suppressions.map(sarifSuppression) } : {}),
        ...(tags ? { properties: { tags } } : {}),
      });
    });
    for (const message of result.messages) {
      if (message.ruleId !== null) continue;
      // Parse errors and unused disable directives have no rule: they describe the run, not the code.
      notifications.push({
        level: levelOf(message),
        message: { text: message.message },
        locations: [physicalLocation(location, message)],
        descriptor: { id: message.fatal ? 'eslint/parse-error' : 'eslint/directive' },
      });
    }
  }

  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: tools.driver(), extensions: tools.extensions() },
        invocations: [
          {
            executionSuccessful: !results.some((result) => result.fatalErrorCount > 0),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri(root), description: { text: 'The repository root.' } } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/** The one requirement a finding of ours breaks, as CWE and ASVS 4.0.3 and 5.0.0 tags; its rule's tags list them all. */
function requirementTags(message: Linter.LintMessage & { ruleId: string }, context: SarifContext): string[] | undefined {
  const rule = asvsRuleOf(message.ruleId, context.rulesMeta[message.ruleId]);
  return rule && requirementsOfFinding(rule, message.messageId).flatMap((requirement) => [
    ...requirement.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`),
    `asvs/${requirement.id}`,
    ...requirement.asvs5.map((id) => `asvs/${id}`),
  ]);
}

function levelOf(message: Linter.LintMessage): Result.level {
  return message.severity === 2 ? 'error' : 'warning';
}

function physicalLocation(location: ArtifactLocation, message: Linter.LintMessage): Location {
  // ESLint reports whole-file problems at line 0 or without an end; SARIF lines and columns start at 1.
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  const end =
    message.endLine !== undefined && message.endColumn !== undefined && message.endLine >= startLine
      ? { endLine: message.endLine, endColumn: Math.max(1, message.endColumn) }
      : {};
  return { physicalLocation: { artifactLocation: location, region: { startLine, startColumn, ...end } } };
}

function sarifSuppression(suppression: Linter.LintSuppression): Suppression {
  // `directive` is an eslint-disable comment; `file` is an entry in eslint-suppressions.json.
  return {
    kind: suppression.kind === 'directive' ? 'inSource' : 'external',
    ...(suppression.justification ? { justification: suppression.justification } : {}),
  };
}
