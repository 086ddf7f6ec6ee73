import { describe, expect, it } from 'vitest';
import { MAX_SPEC_CHARS } from '../queue/worker-spec-limit';
import { datasetFields, packingProblem, remoteDatasetIssues, specTooLong } from './remote-dataset-check';

const subset = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };

describe('datasetFields', () => {
  it('names the list entry and the view that define a dataset with params', () => {
    const params = { sources: ['m'], targets: ['mnist', 'mnist-01'], views: { 'mnist-01': subset } };
    expect(datasetFields(params, subset)).toEqual(['targets.1 (views.mnist-01)']);
    // The names inside a view's own params are the view's, not fields of the dataset they read.
    expect(datasetFields(params, 'mnist')).toEqual(['targets.0']);
  });

  it('names a single dataset field, and a plugin named without params however the spec spells it', () => {
    expect(datasetFields({ sources: ['m'], dataset: 'fashion-mnist-a' }, 'fashion-mnist-a')).toEqual(['dataset']);
    expect(datasetFields({ datasets: ['a', 'b'] }, { name: 'b', params: {} })).toEqual(['datasets.1']);
  });

  it('names a view no list uses by its own path, and the params when nothing names the dataset', () => {
    expect(datasetFields({ targets: ['mnist'], views: { unused: subset } }, subset)).toEqual(['views.unused']);
    expect(datasetFields({ targets: ['mnist'] }, 'svhn')).toEqual(['(params)']);
  });
});

describe('the reasons', () => {
  it('refuses a spec longer than a worker may ask for, and only that', () => {
    expect(specTooLong(subset)).toBeUndefined();
    const long = { name: 'class-subset', params: { dataset: 'x'.repeat(MAX_SPEC_CHARS), classes: [0, 1] } };
    expect(specTooLong(long)).toMatch(new RegExp(`^its plugin and params are \\d+ characters as JSON, and a worker may ask for at most ${MAX_SPEC_CHARS}$`));
  });

  it('says a checksum that is not the images\' own is derived, and passes other reasons on', () => {
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    expect(packingProblem(`dataset 'v': the bytes received have checksum ${a}, the trial was keyed with ${b}; refused`)).toBe(
      "its checksum (bbbbbbbbbbbb…) is derived from the dataset it reads, not computed from its own images (aaaaaaaaaaaa…), so a worker could not check the images it is sent",
    );
    expect(packingProblem("dataset 'f' is not 8-bit images (train image 0); it cannot be shipped to workers")).toMatch(/not 8-bit/);
  });

  it('gives one issue per field, naming the dataset', () => {
    expect(remoteDatasetIssues({ targets: ['v', 'v'], views: { v: subset } }, subset, 'why')).toEqual([
      `targets.0 (views.v): dataset 'class-subset{"classes":[0,1],"dataset":"mnist"}' cannot be sent to remote workers (TRANSFERLAB_QUEUE=bullmq): why; run it on the local queue (TRANSFERLAB_QUEUE=local)`,
      `targets.1 (views.v): dataset 'class-subset{"classes":[0,1],"dataset":"mnist"}' cannot be sent to remote workers (TRANSFERLAB_QUEUE=bullmq): why; run it on the local queue (TRANSFERLAB_QUEUE=local)`,
    ]);
  });
});
