import { InitialSchema1764040000000 } from './1764040000000-initial-schema';
import { Models1796234811827 } from './1796234811827-models';
import { TrialUsesAndResultDetails1796234900000 } from './1796234900000-trial-uses-and-result-details';
import { ModelGradientProblem1796235000000 } from './1796235000000-model-gradient-problem';
import { RunProvenance1796235100000 } from './1796235100000-run-provenance';

/** Applied in order at boot; a new migration is one file plus one line here. */
export const MIGRATIONS = [InitialSchema1764040000000, Models1796234811827, TrialUsesAndResultDetails1796234900000, ModelGradientProblem1796235000000, RunProvenance1796235100000];
