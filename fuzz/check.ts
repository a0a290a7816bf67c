// The safety checks the fuzzer, the fix-safety test and the reproducer test share: linting a program with
// some rules must not throw; every fix, alone and all together, must give code that parses; a second fix
// pass must change nothing; a fixed problem must not be reported again where it was fixed; every
// suggestion must give code that parses.
import { isAbsolute, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint, type Rule } from 'eslint';

export type ParserName = 'typescript' | 'espree';

export interface Program {
  code: string;
  /** Decides JSX and TypeScript syntax: `x.tsx`, `x.ts`, `x.js`. */
  filename: string;
  parser: ParserName;
  /** A test case's own language options (another parser, say), merged over the parser's. */
  languageOptions?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface RuleSpec {
  rule: string;
  options: unknown[];
}

export type FailureKind = 'crash' | 'fix-unparsable' | 'fix-not-idempotent' | 'fix-reported-again' | 'suggestion-unparsable';

export interface Failure {
  kind: FailureKind;
  rule: string;
  options: unknown[];
  /** The thrown error's first line, the parse error, or the message reported again. */
  message: string;
  /** The code the failure shows in: the program, or the program after the fix. */
  output?: string;
  /** Where a crash happened: the top frames of its stack. */
  stack?: string;
  /** Set when the failure shows only with these rules on together, not with the rule alone. */
  together?: RuleSpec[];
}

export interface CheckResult {
  /** False when the program itself does not parse: nothing was checked. */
  parsed: boolean;
  failures: Failure[];
  reports: number;
  fixes: number;
  suggestions: number;
}

type Outcome = { messages: Linter.LintMessage[]; fatal?: string } | { error: string; stack: string; ruleId?: string };

/** Lints programs with a plugin's rules, loaded as the `asvs` plugin. */
export class FixChecker {
  private readonly linter = new Linter({ configType: 'flat' });
  // As the rule tester does: an absolute file name outside the working directory needs a linter rooted at `/`.
  private readonly rootLinter = new Linter({ configType: 'flat', cwd: '/' });
  private readonly configs = new Map<string, Linter.Config[]>();
  private readonly plugin: ESLint.Plugin;

  constructor(plugin: ESLint.Plugin) {
    this.plugin = plugin;
  }

  /**
   * With `strict`, a rule whose every report has a fix must report nothing once all fixes are applied: true
   * of a test case, while a random program may hold a second problem that only a fix reveals.
   */
  check(program: Program, specs: readonly RuleSpec[], { strict = false } = {}): CheckResult {
    const result: CheckResult = { parsed: true, failures: [], reports: 0, fixes: 0, suggestions: 0 };
    let messages: Linter.LintMessage[];
    const together = this.run(program, specs);
    if ('error' in together) {
      // Find the rules that throw; the others' messages come from their own runs.
      messages = [];
      for (const spec of specs) {
        const alone = this.run(program, [spec]);
        if ('error' in alone) result.failures.push({ kind: 'crash', rule: spec.rule, options: spec.options, message: alone.error, stack: alone.stack, output: program.code });
        else if (alone.fatal) return { ...result, parsed: false };
        else messages.push(...alone.messages);
      }
      if (result.failures.length === 0) {
        // No rule throws alone: one rule's state (a shared per-file cache, say) breaks another's.
        const spec = specs.find((candidate) => `asvs/${candidate.rule}` === together.ruleId) ?? specs[0]!;
        result.failures.push({ kind: 'crash', rule: spec.rule, options: spec.options, message: together.error, stack: together.stack, output: program.code, together: [...specs] });
      }
    } else if (together.fatal) {
      return { ...result, parsed: false };
    } else {
      messages = together.messages;
    }
    result.reports = messages.length;

    for (const spec of specs) {
      const own = messages.filter((message) => message.ruleId === `asvs/${spec.rule}`);
      const failed = new Set<FailureKind>();
      const fail = (failure: Omit<Failure, 'rule' | 'options'>): void => {
        if (failed.has(failure.kind)) return;
        failed.add(failure.kind);
        result.failures.push({ ...failure, rule: spec.rule, options: spec.options });
      };
      for (const message of own) {
        if (message.fix) {
          result.fixes++;
          this.checkOneFix(program, spec, message, fail);
        }
        for (const suggestion of message.suggestions ?? []) {
          result.suggestions++;
          const output = applyFix(program.code, suggestion.fix);
          const outcome = this.run(program, [spec], output);
          if ('error' in outcome) fail({ kind: 'crash', message: `on the output of a suggestion: ${outcome.error}`, stack: outcome.stack, output });
          else if (outcome.fatal) fail({ kind: 'suggestion-unparsable', message: `${suggestion.desc}: ${outcome.fatal}`, output });
        }
      }
      const allFixable = strict && own.every((message) => message.fix);
      if (own.some((message) => message.fix)) this.checkAllFixes(program, spec, allFixable, fail);
    }
    return result;
  }

  /** One fix alone: the output parses, and the rule does not report the same problem where it was. */
  private checkOneFix(program: Program, spec: RuleSpec, message: Linter.LintMessage, fail: (failure: Omit<Failure, 'rule' | 'options'>) => void): void {
    const fix = message.fix!;
    const output = applyFix(program.code, fix);
    const outcome = this.run(program, [spec], output);
    if ('error' in outcome) return fail({ kind: 'crash', message: `on the output of its fix: ${outcome.error}`, stack: outcome.stack, output });
    if (outcome.fatal) return fail({ kind: 'fix-unparsable', message: outcome.fatal, output });
    const before = messageRange(program.code, message);
    const mapped: [number, number] = [mapOffset(before[0], fix, 'start'), mapOffset(before[1], fix, 'end')];
    const again = outcome.messages.find(
      (other) => other.ruleId === message.ruleId && other.message === message.message && samePlace(messageRange(output, other), mapped),
    );
    if (again) fail({ kind: 'fix-reported-again', message: message.message, output });
  }

  /** All fixes, as `eslint --fix` applies them: the output parses and a second pass changes nothing. */
  private checkAllFixes(program: Program, spec: RuleSpec, noneLeft: boolean, fail: (failure: Omit<Failure, 'rule' | 'options'>) => void): void {
    let fixed: Linter.FixReport;
    try {
      fixed = this.linterFor(program).verifyAndFix(program.code, this.config(program, [spec]), { filename: program.filename });
    } catch (error) {
      return fail({ kind: 'crash', message: `while fixing: ${firstLine(error)}`, stack: topFrames(error), output: program.code });
    }
    if (!fixed.fixed) return;
    const outcome = this.run(program, [spec], fixed.output);
    if ('error' in outcome) return fail({ kind: 'crash', message: `on the fixed output: ${outcome.error}`, stack: outcome.stack, output: fixed.output });
    if (outcome.fatal) return fail({ kind: 'fix-unparsable', message: outcome.fatal, output: fixed.output });
    const remaining = outcome.messages.find((message) => message.fix);
    if (!remaining) {
      const left = outcome.messages.find((message) => message.ruleId === `asvs/${spec.rule}`);
      if (noneLeft && left) fail({ kind: 'fix-reported-again', message: `still reported after every fix: ${left.message}`, output: fixed.output });
      return;
    }
    const changes = applyFix(fixed.output, remaining.fix!) !== fixed.output;
    fail({
      kind: changes ? 'fix-not-idempotent' : 'fix-reported-again',
      message: `${changes ? 'a second fix pass changes the code' : 'still reported after fixing'}: ${remaining.message}`,
      output: fixed.output,
    });
  }

  /** Lints `code` (the program's own by default) with the given rules. */
  run(program: Program, specs: readonly RuleSpec[], code = program.code): Outcome {
    let messages: Linter.LintMessage[];
    try {
      messages = this.linterFor(program).verify(code, this.config(program, specs), { filename: program.filename });
    } catch (error) {
      const ruleId = /Rule: "([^"]+)"|Error while loading rule '([^']+)'/.exec(String((error as Error).message));
      return { error: firstLine(error).replace(/^Error while loading rule '[^']+': /, ''), stack: topFrames(error), ...(ruleId ? { ruleId: ruleId[1] ?? ruleId[2]! } : {}) };
    }
    const fatal = messages.find((message) => message.fatal);
    if (fatal) return { messages, fatal: `${fatal.line}:${fatal.column} ${fatal.message}` };
    // A message of no rule that is not a parse error means the file was not linted: the harness is wrong.
    const unlinted = messages.find((message) => message.ruleId === null);
    if (unlinted) throw new Error(`${program.filename} was not linted: ${unlinted.message}`);
    return { messages };
  }

  private linterFor(program: Program): Linter {
    return isAbsolute(program.filename) && relative(process.cwd(), program.filename).startsWith('..') ? this.rootLinter : this.linter;
  }

  /** Whether the rule accepts these options: a schema error is the option set's fault, not the code's. */
  acceptsOptions(spec: RuleSpec): boolean {
    const outcome = this.run({ code: '', filename: 'file.js', parser: 'espree' }, [spec]);
    return !('error' in outcome);
  }

  private config(program: Program, specs: readonly RuleSpec[]): Linter.Config[] {
    const rules = Object.fromEntries(specs.map((spec) => [`asvs/${spec.rule}`, ['error', ...spec.options] as Linter.RuleEntry]));
    // Programs from the fuzzer share few shapes of config; a Linter normalizes each config array it is given.
    const base = baseLanguageOptions(program);
    const key = program.languageOptions || program.settings ? undefined : `${JSON.stringify({ ...base, parser: undefined })}\0${program.parser}\0${JSON.stringify(rules)}`;
    const cached = key === undefined ? undefined : this.configs.get(key);
    if (cached) return cached;
    const override = program.languageOptions ?? {};
    const config: Linter.Config[] = [
      {
        // `**/*` alone matches no file: ESLint lints a file only when a non-universal pattern matches it.
        files: ['**/*.*', '**/*'],
        plugins: { asvs: this.plugin },
        languageOptions: {
          ...base,
          ...override,
          parserOptions: { ...(base.parserOptions as object), ...((override['parserOptions'] as object | undefined) ?? {}) },
        },
        ...(program.settings ? { settings: program.settings } : {}),
        rules,
      },
    ];
    if (key !== undefined) {
      // Random option sets make many distinct configs over a long run: keep the cache bounded.
      if (this.configs.size >= 500) this.configs.clear();
      this.configs.set(key, config);
    }
    return config;
  }
}

function baseLanguageOptions(program: Program): Linter.LanguageOptions {
  if (program.parser === 'typescript') return { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return {
    ecmaVersion: 'latest',
    sourceType: program.filename.endsWith('.cjs') ? 'commonjs' : 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  };
}

export function applyFix(code: string, fix: Rule.Fix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** Where a position before a fix is after it: shifted when after the fix, clamped when inside it. */
function mapOffset(offset: number, fix: Rule.Fix, side: 'start' | 'end'): number {
  const [start, end] = fix.range;
  if (offset <= start) return offset;
  if (offset >= end) return offset + fix.text.length - (end - start);
  return side === 'start' ? start : start + fix.text.length;
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

function lineStarts(code: string): number[] {
  const starts = [0];
  for (const match of code.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

function messageRange(code: string, message: Linter.LintMessage): [number, number] {
  const starts = lineStarts(code);
  const start = (starts[message.line - 1] ?? 0) + message.column - 1;
  const end = message.endLine === undefined ? start : (starts[message.endLine - 1] ?? 0) + (message.endColumn ?? message.column) - 1;
  return [start, end];
}

/**
 * Whether a report after a fix is at the fixed report's place: inside it, or around it from the same start.
 * An enclosing call that reports the same message from elsewhere (a cookie set inside a cookie's options)
 * is another problem, not the same one again.
 */
function samePlace(after: [number, number], fixed: [number, number]): boolean {
  const within = (inner: [number, number], outer: [number, number]) => inner[0] >= outer[0] && inner[1] <= outer[1];
  return within(after, fixed) || (within(fixed, after) && after[0] === fixed[0]);
}

/** The frames of a stack above ESLint's own, where a rule threw. */
function topFrames(error: unknown): string {
  const frames = (error instanceof Error ? (error.stack ?? '') : '').split('\n').filter((line) => line.startsWith('    at '));
  const ours = frames.filter((line) => !line.includes('node_modules'));
  return (ours.length > 0 ? ours : frames)
    .slice(0, 4)
    .map((line) => line.trim().replace(`${process.cwd()}/`, ''))
    .join('\n');
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!;
}
