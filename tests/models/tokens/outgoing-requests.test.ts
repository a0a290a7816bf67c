import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { headerAssigned, headersSentBy, isRelativeUrl } from '../../../lib/models/tokens/outgoing-requests.ts';
import { analyze, analyzeCheck, walk } from '../../helpers/analyze.ts';

/** Every header the file sends: `name=value url browserOnly`. */
function headers(code: string): string[] {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const found: string[] = [];
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        const sent =
          node.type === 'CallExpression' || node.type === 'NewExpression'
            ? headersSentBy(node as TSESTree.CallExpression, sourceCode)
            : node.type === 'AssignmentExpression'
              ? headerAssigned(node as TSESTree.AssignmentExpression, sourceCode)
              : [];
        for (const header of sent) {
          found.push(`${header.name}=${sourceCode.getText(header.value)} ${header.url ? sourceCode.getText(header.url) : '-'}${header.browserOnly ? ' browser' : ''}`);
        }
      }
      return found;
    },
    { parser: 'ts' },
  );
}

describe('headersSentBy', () => {
  it.for([
    ["fetch('/a', { headers: { 'X-Key': k } });", ["X-Key=k '/a'"]],
    ["window.fetch('/a', { headers: { A: a } }); globalThis.fetch(u, { headers: { B: b } });", ["A=a '/a'", 'B=b u']],
    ["$fetch('/a', { headers: { A: a } }); useFetch('/b', { headers: { B: b } });", ["A=a '/a'", "B=b '/b'"]],
    ["fetch('/a', { headers: new Headers({ A: a }) });", ["A=a '/a'", 'A=a -']],
    ["fetch('/a', { headers: h });", []],
    ["fetch('/a', { headers: { ...h } });", []],
    ["fetch('/a', { ...init, headers: { A: a } });", ["A=a '/a'"]],
    ["fetch('/a', { headers: { A: a }, ...init });", []],
    ["fetch('/a');", []],
    ["fetch(...args);", []],
    ["function f(fetch) { fetch('/a', { headers: { A: a } }); }", []],
    ["other.fetch('/a', { headers: { A: a } }); window[name]('/a', {});", []],
    ["const h = new Headers(); h.set('A', a); h.append('B', b); h.set(name, c); h.set('D');", ['A=a -', 'B=b -']],
    ["const h = makeHeaders(); h.set('A', a); map.set('B', b);", []],
    ["new Headers({ A: a }); new Other({ B: b }); new Headers();", ['A=a -']],
    ["xhr.setRequestHeader('A', a); xhr.setRequestHeader(name, b); xhr.setRequestHeader('C');", ['A=a - browser']],
    ["import axios from 'axios'; axios('/a', { headers: { A: a } }); axios({ url: '/b', headers: { B: b } }); axios();", ["A=a '/a'", "B=b '/b'"]],
    ["import axios from 'axios'; axios.get('/a', { headers: { A: a } }); axios.post('/b', body, { headers: { B: b } }); axios.delete('/c');", ["A=a '/a'", "B=b '/b'"]],
    ["import axios from 'axios'; axios.request({ url: '/a', headers: { A: a } }); axios.request(); axios.create(); axios.isCancel(e); axios.a.b('/x', {});", ["A=a '/a'"]],
    ["import axios from 'axios'; const api = axios.create({ baseURL: '/api', headers: { A: a } }); api.get('/x', { headers: { B: b } }); api('/y', { headers: { C: c } }); api[m]('/z');", [
      "A=a '/api'",
      "B=b '/x'",
      "C=c '/y'",
    ]],
    ["import axios from 'axios'; const api = makeClient(); api.get('/x', { headers: { B: b } }); let v; v = axios.create(); v = other; v.get('/y', { headers: { C: c } });", []],
    ["import ky from 'ky'; ky('/a', { headers: { A: a } }); ky.get('/b', { headers: { B: b } }); ky.create({ prefixUrl: '/api', headers: { C: c } }); ky.extend({ headers: { D: d } }); ky.stop(x); ky.a.b(y);", [
      "A=a '/a'",
      "B=b '/b'",
      "C=c '/api'",
      'D=d -',
    ]],
    ["import { ofetch } from 'ofetch'; ofetch('/a', { headers: { A: a } });", ["A=a '/a'"]],
    ["import ky from 'ky'; ky(); ky.create();", []],
  ] as const)('%s', ([code, expected]) => {
    expect(headers(code)).toEqual(expected);
  });

  it.for([
    ["import axios from 'axios'; axios.defaults.headers.common['Authorization'] = a;", ['Authorization=a -']],
    ["import axios from 'axios'; const api = axios.create(); api.defaults.headers.common.Authorization = a;", ['Authorization=a -']],
    ["import axios from 'axios'; axios.defaults.headers.common[name] = a; axios.defaults.timeout = 1; axios.defaults[k].x = 1; other.defaults.headers.common.A = a; axios.defaults.headers.A += a;", []],
    ['x = 1;', []],
  ] as const)('%s', ([code, expected]) => {
    expect(headers(code)).toEqual(expected);
  });
});

describe('isRelativeUrl', () => {
  it.for([
    ["check('/api/orders');", true],
    ["check('./orders');", true],
    ["check('../orders');", true],
    ['check(`/api/${id}`);', true],
    ["check('//cdn.example.com/x');", false],
    ["check('https://api.example.com');", false],
    ['check(`${base}/x`);', false],
    ['check(url);', false],
    ["const base = '/api'; check(base + '/x');", true],
  ] as const)('%s', ([code, expected]) => {
    expect(analyzeCheck(code, (node, sourceCode) => isRelativeUrl(node, sourceCode))).toBe(expected);
  });

  it('is false without a URL', () => {
    expect(analyzeCheck('check(x);', (_node, sourceCode) => isRelativeUrl(undefined, sourceCode))).toBe(false);
  });
});
