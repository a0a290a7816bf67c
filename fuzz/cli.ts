// `npm run fuzz -- --count N --seed S`: random and mutated programs through every rule with every fix.
// A failure is shrunk to a minimal program and saved under fuzz/reproducers/, which the tests then run.
import { parseArgs } from 'node:util';
import plugin from '../lib/index.ts';
import { rulesData } from '../lib/generated/rules-data.ts';
import { FixChecker, type Failure, type ParserName, type Program, type RuleSpec } from './check.ts';
import { expressionPool, domainProgram, randomProgram } from './generate.ts';
import { minimize } from './minimize.ts';
import { mutate, type Source } from './mutate.ts';
import { createRandom, type Random } from './random.ts';
import { loadReproducers, saveReproducer, signature, type Reproducer } from './reproducers.ts';
import { loadSeeds } from './seeds.ts';
import { isTypeScriptFile } from './ast.ts';

const USAGE = `Usage: npm run fuzz -- [options]
  --count <n>      programs to generate (default 1000)
  --seed <n>       seed; the same seed gives the same programs (default: random, printed)
  --rule <name>    only this rule (repeatable)
  --no-save        do not write reproducers
  --quiet          no progress lines`;

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'no-save': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(args.count);
const seed = args.seed === undefined ? Math.floor(Math.random() * 1e9) : Number(args.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error(`--count and --seed take whole numbers.\n\n${USAGE}`);
  process.exit(2);
}

const allRules = Object.keys(plugin.rules);
const unknownRule = args.rule?.find((rule) => !allRules.includes(rule));
if (unknownRule) {
  console.error(`No rule ${unknownRule}; the rules are: ${allRules.join(', ')}`);
  process.exit(2);
}
const rules = args.rule ?? allRules;
const checker = new FixChecker(plugin);
const seeds = await loadSeeds(rules, (rule) => Object.values(rulesData[rule as keyof typeof rulesData]?.levelOptions ?? {}) as Record<string, unknown>[]);
const optionSets = new Map([...seeds.options].map(([rule, sets]) => [rule, sets.filter((options) => checker.acceptsOptions({ rule, options }))]));
const root = createRandom(seed);
const expressions = expressionPool(root.fork('expressions'), 300);
const knownFailures = new Set(loadReproducers().filter((reproducer) => reproducer.knownFailure).map((reproducer) => signature({ ...reproducer, rule: reproducer.rules[0]!.rule })));

type Origin = 'eslump' | 'eslump with session names' | 'mutated seed' | 'seed as written';
const stats = {
  origins: {} as Record<Origin, number>,
  unparsed: 0,
  ruleRuns: 0,
  reports: 0,
  fixes: 0,
  suggestions: 0,
};
interface Found {
  failure: Failure;
  programs: number;
  saved?: string;
  known: boolean;
}
const found = new Map<string, Found>();

const started = performance.now();
for (let index = 0; index < count; index++) {
  const r = root.fork(index);
  const { source, origin } = makeSource(r);
  stats.origins[origin] = (stats.origins[origin] ?? 0) + 1;
  const parser: ParserName = isTypeScriptFile(source.filename) || r.chance(0.5) ? 'typescript' : 'espree';
  const program: Program = { code: source.code, filename: source.filename, parser, ...(source.settings ? { settings: source.settings } : {}) };
  const specs: RuleSpec[] = rules.map((rule) => ({ rule, options: r.pick(optionSets.get(rule)!) }));
  const result = checker.check(program, specs);
  if (!result.parsed) {
    stats.unparsed++;
    continue;
  }
  stats.ruleRuns += specs.length;
  stats.reports += result.reports;
  stats.fixes += result.fixes;
  stats.suggestions += result.suggestions;
  for (const failure of result.failures) record(failure, program, `seed ${seed}, program ${index}`);
  if (!args.quiet && (index + 1) % 1000 === 0) {
    process.stderr.write(`${index + 1} programs, ${found.size} distinct failures, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
const seconds = (performance.now() - started) / 1000;
printSummary();
process.exit([...found.values()].some((entry) => !entry.known) ? 1 : 0);

function makeSource(r: Random): { source: Source; origin: Origin } {
  const roll = r.next();
  if (roll < 0.45) {
    const code = randomProgram(r);
    const filename = r.pick(['file.js', 'file.mjs', 'file.cjs', 'file.ts', 'file.jsx']);
    if (roll < 0.25) return { source: { code, filename }, origin: 'eslump' };
    return { source: { code: domainProgram(code, r) ?? code, filename }, origin: 'eslump with session names' };
  }
  // Half the known programs are test cases that expect a fix or suggestion: fixes are what can break code.
  const seedSource = r.pick(seeds.fixing.length > 0 && r.chance(0.5) ? seeds.fixing : seeds.sources);
  if (roll < 0.5) return { source: seedSource, origin: 'seed as written' };
  return { source: mutate(seedSource, r, r.int(1, 4), expressions, () => r.pick(seeds.sources)), origin: 'mutated seed' };
}

function record(failure: Failure, program: Program, where: string): void {
  const key = signature(failure);
  const entry = found.get(key);
  if (entry) {
    entry.programs++;
    return;
  }
  const known = knownFailures.has(key);
  const next: Found = { failure, programs: 1, known };
  found.set(key, next);
  if (args['no-save'] || known) return;
  const specs = failure.together ?? [{ rule: failure.rule, options: failure.options }];
  const fails = (code: string, specsToRun: RuleSpec[] = specs): boolean =>
    checker.check({ ...program, code }, specsToRun).failures.some((other) => other.kind === failure.kind && other.rule === failure.rule);
  // Fewer rules first, then less code.
  let needed = specs;
  for (const spec of specs) {
    const fewer = needed.filter((other) => other !== spec);
    if (fewer.some((other) => other.rule === failure.rule) && fails(program.code, fewer)) needed = fewer;
  }
  const code = minimize(program.code, program.filename, (candidate) => fails(candidate, needed));
  const reproducer: Reproducer = {
    kind: failure.kind,
    rules: needed,
    message: checker.check({ ...program, code }, needed).failures.find((other) => other.kind === failure.kind)?.message ?? failure.message,
    filename: program.filename,
    parser: program.parser,
    ...(program.settings ? { settings: program.settings } : {}),
    code,
    found: where,
    ...(failure.stack ? { stack: failure.stack } : {}),
  };
  next.saved = saveReproducer(reproducer);
  if (!args.quiet) process.stderr.write(`found: ${failure.rule} ${failure.kind}: ${failure.message}\n  saved fuzz/reproducers/${next.saved}\n`);
}

function printSummary(): void {
  const parsed = count - stats.unparsed;
  const origins = Object.entries(stats.origins)
    .map(([origin, n]) => `${n} ${origin}`)
    .join(', ');
  const seedCounts = Object.entries(seeds.counts)
    .map(([origin, n]) => `${n} from ${origin}`)
    .join(', ');
  console.log(`eslint-plugin-asvs fuzz: seed ${seed}, ${count} programs in ${seconds.toFixed(1)} s (${Math.round(count / seconds)}/s), ${rules.length} rules`);
  console.log(`  programs: ${origins}`);
  console.log(`  seeds: ${seeds.sources.length} (${seedCounts}; ${seeds.fixing.length} expect a fix or suggestion); option sets per rule: ${[...optionSets.values()].reduce((sum, sets) => sum + sets.length, 0)} in all`);
  console.log(`  parsed and linted: ${parsed} (${stats.unparsed} did not parse and were skipped)`);
  console.log(`  rule runs: ${stats.ruleRuns}; reports: ${stats.reports}; fixes checked: ${stats.fixes}; suggestions checked: ${stats.suggestions}`);
  if (found.size === 0) {
    console.log('  failures: none');
    return;
  }
  console.log(`  failures: ${found.size} distinct`);
  for (const { failure, programs, saved, known } of found.values()) {
    console.log(`    ${failure.kind} in ${failure.rule}${failure.together ? ' (with other rules on)' : ''}: ${failure.message}`);
    console.log(`      ${programs} program${programs === 1 ? '' : 's'}${known ? '; a known failure, already saved' : saved ? `; saved as fuzz/reproducers/${saved}` : ''}`);
  }
}
