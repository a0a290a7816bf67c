// The shape of rules-data/session-management.yaml once it has passed rules-data/schema.json.
import type { Stricter } from '../../lib/utils/option-strictness.ts';

export type { Stricter };
export type Level = 1 | 2 | 3;

export interface Example {
  title?: string;
  lang?: 'js' | 'ts' | 'jsx' | 'tsx';
  filename?: string;
  code: string;
}

export interface Examples {
  bad: Example[];
  good: Example[];
}

export interface Requirement {
  id: string;
  section: string;
  levels: Level[];
  levelNotes?: Partial<Record<`${Level}`, string>>;
  cwe: number[];
  requirement: string;
  description: string;
  guide: string[];
  examples?: Examples;
  asvs5: string[];
  mapping: string;
  rules?: string[];
  verification?: 'manual';
  checklist?: string[];
}

/** Code whose findings change when the rule has `options`; the docs show it with an inline config comment. */
export interface OptionExample {
  title: string;
  options: Record<string, unknown>;
  lang?: Example['lang'];
  filename?: string;
  code: string;
}

export interface RuleOption {
  name: string;
  type: string;
  default: unknown;
  stricter: Stricter;
  unsetByLevel?: Record<`${Level}`, number>;
  description: string;
  example: OptionExample;
}

/** A reviewer's verdicts on the rule's findings in the real-application corpus. */
export interface Measurement {
  findings: number;
  true: number;
  false: number;
  policy: number;
}

export interface RuleEntry {
  name: string;
  description: string;
  requirements: string[];
  requirementByMessage: Record<string, string>;
  seeAlso?: string[];
  configs: ('recommended' | 'strict')[];
  type: 'problem' | 'suggestion';
  fixable: boolean;
  suggestions: boolean;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  measured?: { default?: Measurement; strict?: Measurement };
  securitySeverity: number;
  why: string;
  howToFix: string;
  whenNotToUse: string;
  frameworks?: { name: string; covers: string }[];
  limitations?: string[];
  examples: Examples;
  options?: RuleOption[];
  levelOptions?: Partial<Record<`${Level}`, Record<string, unknown>>>;
}

export interface RulesData {
  asvs: {
    version: string;
    chapter: string;
    title: string;
    mappedTo: string;
    /** The OWASP project page. */
    project: string;
    /** The chapter's text as OWASP published it. */
    text: string;
    /** The anchor of each section (`'3.4'`) in that text. */
    sectionAnchors: Record<string, string>;
  };
  sharedOptions?: Omit<RuleOption, 'example'>[];
  requirements: Requirement[];
  rules: RuleEntry[];
}
