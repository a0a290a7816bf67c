import { describe, expect, it } from 'vitest';
import { codeSide } from '../../lib/file/code-side.ts';
import { analyze } from '../helpers/analyze.ts';

const side = (code: string, filename = 'src/file.ts'): string => analyze(code, ({ sourceCode }) => codeSide(sourceCode, filename), { parser: 'ts' });

describe('codeSide', () => {
  it.for([
    ["'use client';\nexport const a = 1;", 'src/file.ts', 'client'],
    ["import { useState } from 'react';", 'src/file.ts', 'client'],
    ["import { defineStore } from 'pinia';", 'src/file.ts', 'client'],
    ["localStorage.getItem('x');", 'src/file.ts', 'client'],
    ['export const a = 1;', 'src/components/Button.ts', 'client'],
    ['export const a = 1;', 'src/App.vue', 'client'],
    ["import express from 'express';", 'src/file.ts', 'server'],
    ["const fs = require('node:fs');", 'src/file.ts', 'server'],
    ["'use server';\nexport async function save() {}", 'src/file.ts', 'server'],
    ['export const a = 1;', 'src/routes/api/orders/+server.ts', 'server'],
    ['export const a = 1;', 'app/routes/orders.server.ts', 'server'],
    ["import express from 'express'; import { useState } from 'react';", 'src/file.ts', 'unknown'],
    ['export const a = 1;', 'src/file.ts', 'unknown'],
    ["'use strict';\nimport jwt from 'jsonwebtoken';", 'src/file.ts', 'server'],
  ] as const)('%s (%s)', ([code, filename, expected]) => {
    expect(side(code, filename)).toBe(expected);
  });

  it('answers once per file', () => {
    expect(analyze("import express from 'express';", ({ sourceCode }) => [codeSide(sourceCode, 'a.ts'), codeSide(sourceCode, 'components/a.ts')])).toEqual(['server', 'server']);
  });
});
