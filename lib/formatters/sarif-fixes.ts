import type { Linter } from 'eslint';
import type { ArtifactLocation, Fix } from 'sarif';

/** The autofix and every suggestion of a message as SARIF fixes: ESLint's ranges are character offsets already. */
export function sarifFixes(message: Linter.LintMessage, location: ArtifactLocation): Fix[] {
  const edits = [
    ...(message.fix ? [{ description: `Autofix: ${message.message}`, fix: message.fix }] : []),
    ...(message.suggestions ?? []).map((suggestion) => ({ description: suggestion.desc, fix: suggestion.fix })),
  ];
  return edits.map(({ description, fix }) => ({
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
            ...(fix.text ? { insertedContent: { text: fix.text } } : {}),
          },
        ],
      },
    ],
  }));
}
