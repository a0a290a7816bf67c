// The part of SARIF 2.1.0 that the formatter writes; tests validate the output against the full schema.

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

export interface SarifReplacement {
  deletedRegion: { charOffset: number; charLength: number };
  insertedContent?: { text: string };
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: SarifReplacement[] }[];
}

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  justification?: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
  suppressions?: SarifSuppression[];
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: SarifMessage;
  defaultConfiguration?: { level: SarifLevel };
  properties?: Record<string, unknown> & { tags?: string[] };
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  descriptor?: { id: string };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion: string;
      informationUri: string;
      rules: SarifReportingDescriptor[];
    };
    extensions?: { name: string; version: string; informationUri?: string }[];
  };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  originalUriBaseIds: Record<string, { uri: string; description?: SarifMessage }>;
  artifacts: { location: SarifArtifactLocation; roles: ['analysisTarget'] }[];
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
