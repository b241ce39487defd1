import { describe, expect, test } from 'vitest';
import type { AnchorRegistry } from '../../schemas/anchor-registry.ts';
import { aliasesByTarget, checkAnchorRegistry, recordAnchors } from '../anchor-registry.ts';

const current = new Map([['xiaodian/2024', new Set(['p1', 'p2', 's1', 'g-hui-shang-bao'])]]);

describe('anchor registry', () => {
  test('passes when every published anchor is present', () => {
    expect(checkAnchorRegistry({ reports: { 'xiaodian/2024': { anchors: ['p1', 'p2'] } } }, current)).toEqual([]);
  });

  test('fails on a removed anchor, naming it and the fix', () => {
    const problems = checkAnchorRegistry({ reports: { 'xiaodian/2024': { anchors: ['p1', 'p3'] } } }, current);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('published anchor #p3 of xiaodian/2024 no longer exists');
    expect(problems[0]?.message).toContain('"redirects": { "p3": "<present id>" }');
  });

  test('passes once a redirect to a present anchor is declared, and renders it as an alias', () => {
    const registry: AnchorRegistry = { reports: { 'xiaodian/2024': { anchors: ['p1', 'p3'], redirects: { p3: 'p2' } } } };
    expect(checkAnchorRegistry(registry, current)).toEqual([]);
    expect(aliasesByTarget(registry, 'xiaodian/2024', 'xiaodian', 2024)).toEqual(new Map([['p2', ['p3']]]));
  });

  test('a redirect to a missing anchor is a problem too', () => {
    const problems = checkAnchorRegistry({ reports: { 'xiaodian/2024': { anchors: ['p3'], redirects: { p3: 'p9' } } } }, current);
    expect(problems[0]?.message).toContain('redirects to #p9, which does not exist either');
  });

  test('a renamed region keeps its anchors through regionRenames', () => {
    const registry: AnchorRegistry = { reports: { 'old-slug/2024': { anchors: ['p1'] } }, regionRenames: { 'old-slug': 'xiaodian' } };
    expect(checkAnchorRegistry(registry, current)).toEqual([]);
    expect(checkAnchorRegistry({ reports: { 'old-slug/2024': { anchors: ['p1'] } } }, current)[0]?.message).toContain('no longer exists');
  });

  test('recording adds new anchors and never drops old ones', () => {
    const recorded = recordAnchors({ reports: { 'xiaodian/2024': { anchors: ['p0'] } } }, current);
    expect(recorded.reports['xiaodian/2024']?.anchors).toEqual(['p0', 'p1', 'p2', 's1', 'g-hui-shang-bao']);
  });
});
