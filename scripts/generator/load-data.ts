import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { strictnessProblems } from './check-strictness.ts';
import { ruleLevels } from './render-code.ts';
import type { RulesData } from './types.ts';

export const DATA_FILE = fileURLToPath(new URL('../../rules-data/session-management.yaml', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../rules-data/schema.json', import.meta.url));

/** Thrown for any problem in the data; the message names the file, the line and what is wrong. */
export class DataError extends Error {
  override name = 'DataError';
}

export function loadRulesData(file = DATA_FILE, text = readFileSync(file, 'utf8')): RulesData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${file}:${line}:${col}`;
  };
  const firstError = doc.errors[0];
  if (firstError) throw new DataError(`${at(firstError.pos[0])}: ${firstError.message.split('\n')[0]}`);

  const data: unknown = doc.toJS();
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  if (!validate(data)) {
    const messages = (validate.errors ?? []).map((error) => `${at(offsetOf(doc, error))}: ${describe(error)}`);
    throw new DataError(unique(messages).join('\n'));
  }
  const rulesData = withSharedOptions(data as RulesData);
  const problems = crossReferenceProblems(rulesData);
  if (problems.length > 0) throw new DataError(problems.map((problem) => `${file}: ${problem}`).join('\n'));
  return rulesData;
}

/** Every rule lists the shared options after its own; checkTestFiles shows the rule's first bad example in a test file. */
function withSharedOptions(data: RulesData): RulesData {
  const shared = data.sharedOptions ?? [];
  if (shared.length === 0) return data;
  return {
    ...data,
    rules: data.rules.map((rule) => {
      const [bad] = rule.examples.bad;
      const lang = bad?.lang ?? 'js';
      const example = {
        title: 'The first example above, in a test file, is reported only with this option.',
        options: { checkTestFiles: true },
        ...(bad?.lang ? { lang: bad.lang } : {}),
        filename: `test/example.test.${lang}`,
        code: bad?.code ?? '',
      };
      return { ...rule, options: [...(rule.options ?? []), ...shared.map((option) => ({ ...option, example }))] };
    }),
  };
}

function offsetOf(doc: Document, error: ErrorObject): number | undefined {
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~')));
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${JSON.stringify(error.params['allowedValues'])}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * What JSON Schema cannot say: ids are unique, requirements and rules name each other both ways, each message
 * breaks one of its rule's requirements, and the options each level sets check at least what the level below asks.
 */
function crossReferenceProblems(data: RulesData): string[] {
  const { requirements, rules } = data;
  const problems: string[] = [];
  const requirementIds = new Set<string>();
  for (const requirement of requirements) {
    if (requirementIds.has(requirement.id)) problems.push(`requirement ${requirement.id} is listed twice`);
    requirementIds.add(requirement.id);
  }
  const ruleNames = new Set<string>();
  for (const rule of rules) {
    if (ruleNames.has(rule.name)) problems.push(`rule ${rule.name} is listed twice`);
    ruleNames.add(rule.name);
    for (const id of rule.requirements) {
      const requirement = requirements.find((candidate) => candidate.id === id);
      if (!requirement) problems.push(`rule ${rule.name} enforces unknown requirement ${id}`);
      else if (!requirement.rules?.includes(rule.name)) {
        problems.push(`rule ${rule.name} enforces ${id}, but ${id} does not list it under rules`);
      }
    }
    for (const [messageId, id] of Object.entries(rule.requirementByMessage)) {
      if (!rule.requirements.includes(id)) problems.push(`rule ${rule.name} maps message "${messageId}" to ${id}, which is not among its requirements`);
    }
    for (const id of rule.requirements) {
      if (!Object.values(rule.requirementByMessage).includes(id)) problems.push(`rule ${rule.name} enforces ${id}, but none of its messages in requirementByMessage breaks it`);
    }
    for (const [level, options] of Object.entries(rule.levelOptions ?? {})) {
      for (const key of Object.keys(options ?? {})) {
        if (!rule.options?.some((option) => option.name === key)) {
          problems.push(`rule ${rule.name} sets undocumented option "${key}" for level ${level}`);
        }
      }
    }
  }
  if (problems.length === 0) for (const rule of rules) problems.push(...strictnessProblems(rule, ruleLevels(rule, data)));
  for (const requirement of requirements) {
    for (const name of requirement.rules ?? []) {
      const rule = rules.find((candidate) => candidate.name === name);
      if (!rule) problems.push(`requirement ${requirement.id} names unknown rule ${name}`);
      else if (!rule.requirements.includes(requirement.id)) {
        problems.push(`requirement ${requirement.id} names rule ${name}, which does not list it under requirements`);
      }
    }
  }
  return problems;
}
