import { describe, expect, it } from 'vitest';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { forwardOnlyIssues } from './gradient-check';

const model = (id: string, gradientProblem: string | null) => ({ id, gradientProblem }) as unknown as ModelDescriptor;
const PROBLEM = "op Round (node 'round_1') has no gradient rule, but a requested gradient flows through it";

describe('forwardOnlyIssues', () => {
  it('names the params field that names a forward-only source, the analysis and the engine reason', () => {
    const issues = forwardOnlyIssues({ name: 'robustness', needsInputGradients: true }, { sources: ['zoo-a', 'rounded'], eps: [0.1] }, [model('zoo-a', null), model('rounded', PROBLEM)]);
    expect(issues).toEqual([`sources.1: source 'rounded' is forward only, and analysis 'robustness' needs input gradients through it: ${PROBLEM}`]);
  });

  it('accepts forward-only sources in analyses that need no input gradients', () => {
    expect(forwardOnlyIssues({ name: 'transfer' }, { sources: ['rounded'] }, [model('rounded', PROBLEM)])).toEqual([]);
  });

  it('finds a nested field, and falls back to models when the params do not name the id', () => {
    const a = { name: 'saliency', needsInputGradients: true };
    expect(forwardOnlyIssues(a, { source: { id: 'rounded' } }, [model('rounded', PROBLEM)])[0]).toMatch(/^source\.id: source 'rounded'/);
    expect(forwardOnlyIssues(a, {}, [model('rounded', PROBLEM)])[0]).toMatch(/^models: source 'rounded'/);
  });
});
