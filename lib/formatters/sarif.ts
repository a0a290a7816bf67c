// `eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/sarif.js -o eslint.sarif .`: SARIF 2.1.0 for
// GitHub code scanning and other SARIF viewers, with CWE and ASVS tags, severities and fixes.
import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { artifactLocation, findRepositoryRoot, rootUri, SOURCE_ROOT } from './artifact-location.ts';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.ts';
import { allAsvsRules, asvsRuleOf } from './rule-catalog.ts';
import { asvsDescriptor, foreignDescriptor } from './sarif-descriptors.ts';
import { sarifFixes } from './sarif-fixes.ts';
import type { SarifLevel, SarifLocation, SarifLog, SarifNotification, SarifReportingDescriptor, SarifResult, SarifRun, SarifSuppression } from './sarif-types.ts';
import { sourceLines } from './source-text.ts';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { name: string; version: string; homepage: string };

/** The formatter's context: what ESLint passes, or what a script passes when it calls `toSarif` itself. */
export interface SarifContext {
  readonly cwd: string;
  readonly rulesMeta: Readonly<Record<string, Rule.RuleMetaData>>;
}

export function toSarif(results: readonly ESLint.LintResult[], context: SarifContext): SarifLog {
  const root = findRepositoryRoot(context.cwd);
  const rules = ruleTable(context.rulesMeta);
  const sarifResults: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  const artifacts: SarifRun['artifacts'] = [];

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
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: rules.indexOf(message.ruleId, level),
        level,
        message: { text: message.message },
        locations: [physicalLocation(location, message)],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[index]! },
        ...(message.fix || message.suggestions?.length ? { fixes: sarifFixes(message, location) } : {}),
        ...(suppressions ? { suppressions: suppressions.map(sarifSuppression) } : {}),
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
        tool: {
          driver: {
            name: pkg.name,
            version: pkg.version,
            semanticVersion: pkg.version,
            informationUri: pkg.homepage,
            rules: rules.descriptors,
          },
          extensions: eslintExtension(),
        },
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

/** The ESLint formatter: `(results, context) => string`. */
export default function sarifFormatter(results: ESLint.LintResult[], context: ESLint.LintResultData): string {
  return `${JSON.stringify(toSarif(results, context), null, 2)}\n`;
}

/**
 * One descriptor per rule of the plugin, whether it reported or not, then one per other rule that reported (ours
 * under another namespace, other plugins', ESLint's), in the order they first appear.
 */
function ruleTable(rulesMeta: SarifContext['rulesMeta']) {
  const descriptors = allAsvsRules().map((rule) => asvsDescriptor(`asvs/${rule.name}`, rule));
  const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  return {
    descriptors,
    indexOf(ruleId: string, level: SarifLevel): number {
      const known = indexes.get(ruleId);
      if (known !== undefined) return known;
      const meta = rulesMeta[ruleId];
      const ours = asvsRuleOf(ruleId, meta);
      const index = descriptors.push(ours ? asvsDescriptor(ruleId, ours) : foreignDescriptor(ruleId, meta, level)) - 1;
      indexes.set(ruleId, index);
      return index;
    },
  };
}

function levelOf(message: Linter.LintMessage): SarifLevel {
  return message.severity === 2 ? 'error' : 'warning';
}

function physicalLocation(location: SarifLocation['physicalLocation']['artifactLocation'], message: Linter.LintMessage): SarifLocation {
  // ESLint reports whole-file problems at line 0 or without an end; SARIF lines and columns start at 1.
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  const end =
    message.endLine !== undefined && message.endColumn !== undefined && message.endLine >= startLine
      ? { endLine: message.endLine, endColumn: Math.max(1, message.endColumn) }
      : {};
  return { physicalLocation: { artifactLocation: location, region: { startLine, startColumn, ...end } } };
}

function sarifSuppression(suppression: Linter.LintSuppression): SarifSuppression {
  // `directive` is an eslint-disable comment; `file` is an entry in eslint-suppressions.json.
  return {
    kind: suppression.kind === 'directive' ? 'inSource' : 'external',
    ...(suppression.justification ? { justification: suppression.justification } : {}),
  };
}

function eslintExtension(): SarifRun['tool']['extensions'] {
  try {
    const eslint = require('eslint/package.json') as { version: string; homepage?: string };
    return [{ name: 'eslint', version: eslint.version, ...(eslint.homepage ? { informationUri: eslint.homepage } : {}) }];
  } catch {
    return undefined;
  }
}
