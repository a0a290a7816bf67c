import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

// The OASIS SARIF 2.1.0 JSON Schema, draft-07 edition (`$id` oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json),
// as bundled in the npm package @datadog/datadog-ci-plugin-sarif 5.25.0; draft-07 is
// ajv's default dialect. (The SARIF SDK's newer 2020-12 edition only relaxes GUID checks and adds artifact roles.)
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;

// ajv-formats is not installed: these are the three formats the schema uses, checked as strictly as it needs.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', (value: string) => !/[\s"<>\\^`{|}]/.test(value) && URL.canParse(value, 'file:///root/'));
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
const validate = ajv.compile(schema);

/** The schema's errors for a SARIF log, as readable strings; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

interface Descriptor {
  id: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  help?: { text?: string };
  properties?: { tags?: string[]; precision?: string; 'security-severity'?: unknown };
}

interface Component {
  name: string;
  rules?: Descriptor[];
}

interface Log {
  runs: {
    tool: { driver: Component & { rules: Descriptor[] }; extensions?: Component[] };
    results: {
      ruleId: string;
      ruleIndex?: number;
      rule?: { id: string; index: number; toolComponent?: { index: number } };
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/**
 * What GitHub code scanning documents beyond the schema ("SARIF support for code scanning" and its limits page):
 * descriptions under 1,024 characters, help text, precision and a numeric-string security-severity, at most 10
 * displayed tags, relative paths, 1-based regions, no `primaryLocationLineHash` of our own, and the run limits; and
 * ours: only security rules (ours) under `tool.driver`, every other rule in a named extension its result points at.
 */
export function githubProblems(sarif: unknown): string[] {
  const log = sarif as Log;
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => ok || problems.push(problem);
  check(log.runs.length <= 20, 'more than 20 runs');
  for (const run of log.runs) {
    check(run.tool.driver.name.length > 0, 'tool.driver.name is empty');
    check(run.results.length <= 25_000 && run.tool.driver.rules.length <= 25_000, 'more than 25,000 results or rules');
    check((run.tool.extensions?.length ?? 0) <= 100, 'more than 100 tool extensions');
    for (const component of run.tool.extensions ?? []) check(component.name.length > 0, 'an extension without a name');
    for (const rule of run.tool.driver.rules) check(rule.properties?.tags?.includes('security') === true, `${rule.id}: a rule of another tool under tool.driver`);
    for (const rule of [...run.tool.driver.rules, ...(run.tool.extensions ?? []).flatMap((component) => component.rules ?? [])]) {
      for (const key of ['shortDescription', 'fullDescription', 'help'] as const) {
        const text = rule[key]?.text ?? '';
        check(text.length > 0 && (key === 'help' || text.length <= 1024), `${rule.id}: ${key}.text is empty or too long`);
      }
      const { tags = [], precision, 'security-severity': severity } = rule.properties ?? {};
      check(tags.length <= 10 && new Set(tags).size === tags.length, `${rule.id}: more than 10 or duplicate tags`);
      if (tags.includes('security')) {
        check(['very-high', 'high', 'medium', 'low'].includes(precision ?? ''), `${rule.id}: precision ${precision}`);
        check(typeof severity === 'string' && /^\d+(\.\d)?$/.test(severity) && Number(severity) >= 0 && Number(severity) <= 10, `${rule.id}: security-severity ${String(severity)}`);
      }
    }
    for (const result of run.results) {
      const where = `${result.ruleId} result`;
      const component = result.rule?.toolComponent ? run.tool.extensions?.[result.rule.toolComponent.index] : run.tool.driver;
      const index = result.rule?.toolComponent ? result.rule.index : result.ruleIndex;
      check(index !== undefined && component?.rules?.[index]?.id === result.ruleId, `${where}: its rule reference does not point at its rule`);
      check(result.message.text.length > 0, `${where}: empty message`);
      check(result.locations.length >= 1 && result.locations.length <= 10, `${where}: no location`);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      check(!/^[a-z]+:/i.test(artifactLocation.uri) && artifactLocation.uriBaseId === '%SRCROOT%', `${where}: ${artifactLocation.uri} is not relative to %SRCROOT%`);
      check(region.startLine >= 1, `${where}: startLine ${region.startLine}`);
      check(Object.keys(result.partialFingerprints).length > 0 && !('primaryLocationLineHash' in result.partialFingerprints), `${where}: fingerprints`);
    }
  }
  return problems;
}
