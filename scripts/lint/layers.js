// The layers of lib/, lowest first: the plugin's entry files sit above the rules, the report model above them. A file may import its own folder and any lower layer, never a higher
// one or a sibling of the same rank; frameworks/ is data and imports only frameworks/.
import { dirname, relative, resolve, sep } from 'node:path';

const RANKS = {
  frameworks: 0,
  generated: 0,
  utils: 0,
  ast: 2,
  project: 2.5,
  values: 3,
  file: 4,
  match: 5,
  vocabulary: 5,
  fixes: 5,
  models: 6,
  rules: 7,
  '': 8,
  report: 9,
  formatters: 10,
  cli: 11,
};
// generated/ and utils/ form the floor together: the generated data names its option types in utils/.
const FLOOR = new Set(['generated', 'utils']);

/** The layer a file of lib/ belongs to: its first folder (for models/, the model's folder), or '' for lib/ itself. */
export function layerOf(libRoot, file) {
  const parts = relative(libRoot, file).split(sep);
  if (parts[0] === '..' || parts.length === 0) return undefined;
  if (parts.length === 1) return { name: '', rank: RANKS[''] };
  const name = parts[0] === 'models' && parts.length > 2 ? `models/${parts[1]}` : parts[0];
  return { name, rank: RANKS[parts[0]] ?? RANKS[''] };
}

/** Why `importer` may not import `target`, or undefined when it may. */
export function layerViolation(libRoot, importer, target) {
  const from = layerOf(libRoot, importer);
  const to = layerOf(libRoot, target);
  if (!from || !to || from.name === to.name) return undefined;
  if (from.name === 'frameworks') return 'frameworks/ holds data only and imports nothing outside frameworks/';
  if (to.name === 'values' && !target.endsWith(`${sep}values${sep}index.ts`)) return 'reach the value engine through lib/values/index.ts';
  if (to.rank > from.rank) return `${from.name || 'lib'}/ sits below ${to.name}/ and may not import it`;
  if (to.rank === from.rank && !(from.name.startsWith('models/') && to.name.startsWith('models/')) && !(FLOOR.has(from.name) && FLOOR.has(to.name))) {
    return `${from.name}/ and ${to.name}/ are siblings of one layer and may not import each other`;
  }
  return undefined;
}

export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of lib/ importing only downwards' },
    schema: [],
    messages: { wrongWay: "'{{source}}': {{why}}." },
  },
  create(context) {
    const libRoot = resolve(context.cwd, 'lib');
    const file = context.physicalFilename;
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const why = layerViolation(libRoot, file, resolve(dirname(file), source.value));
      if (why) context.report({ node: source, messageId: 'wrongWay', data: { source: source.value, why } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'layer-imports': layerImports } };
