import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Mean accuracy over seeds with its 95% Student-t interval (null bounds with one seed).' })
export class RobustnessInterval {
  @Field(() => Int) seeds!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { description: 'Sample standard deviation over seeds.' }) sd!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
}

@ObjectType({ description: "Robust accuracy under one attack (each attack of a run is its own trial, on every image)." })
export class AttackAccuracy {
  @Field() attack!: string;
  @Field(() => RobustnessInterval) accuracy!: RobustnessInterval;
}

@ObjectType({ description: "Robust accuracy after one component of an ensemble attack, cumulative in AutoAttack's order." })
export class ComponentAccuracy {
  @Field({ description: 'The ensemble.' }) attack!: string;
  @Field({ description: 'The component (apgd-ce, apgd-t, fab-t, square).' }) component!: string;
  @Field(() => RobustnessInterval) accuracy!: RobustnessInterval;
}

@ObjectType({ description: 'One source under one threat model, as a RobustBench leaderboard row.' })
export class RobustnessRow {
  @Field() source!: string;
  @Field(() => RobustnessInterval, { description: 'Accuracy on the unattacked subset.' }) clean!: RobustnessInterval;
  @Field(() => RobustnessInterval, { description: "Per image the worst case over every attack of the run: robust only if none fooled it." }) ensemble!: RobustnessInterval;
  @Field(() => [AttackAccuracy]) attacks!: AttackAccuracy[];
  @Field(() => [ComponentAccuracy]) components!: ComponentAccuracy[];
  @Field(() => [String], { description: 'Names of failed reliability checks (e.g. zero-gradients, black-box-beats-white-box): the evaluation is potentially unreliable.' }) flags!: string[];
  @Field(() => Float, { description: '(forward + backward) image passes per image of the subset, mean over the trials.' }) passesPerImage!: number;
  @Field(() => Float, { nullable: true, description: "The model's own recorded robust accuracy at this threat model (zoo manifest), when it has one." }) manifest!: number | null;
}

@ObjectType({ description: 'A leaderboard: one dataset and threat model (norm, eps).' })
export class RobustnessBoard {
  @Field() dataset!: string;
  @Field() norm!: string;
  @Field(() => Float) eps!: number;
  @Field(() => [String], { description: 'Attacks of the run under this norm (column order).' }) attacks!: string[];
  @Field(() => [RobustnessRow], { description: 'Highest worst-case accuracy first.' }) rows!: RobustnessRow[];
}

@ObjectType()
export class RobustnessCurvePoint {
  @Field(() => Float) eps!: number;
  @Field(() => RobustnessInterval) accuracy!: RobustnessInterval;
}

@ObjectType({ description: 'Robust accuracy against eps for one source, dataset, norm and attack.' })
export class RobustnessCurve {
  @Field() source!: string;
  @Field() dataset!: string;
  @Field() norm!: string;
  @Field({ description: "An attack, or 'worst-case' (per image over every attack of the run)." }) attack!: string;
  @Field(() => RobustnessInterval, { description: 'The curve at eps 0.' }) clean!: RobustnessInterval;
  @Field(() => [RobustnessCurvePoint]) points!: RobustnessCurvePoint[];
  @Field(() => RobustnessInterval, { description: 'Area under the curve from eps 0 to the largest eps, divided by it (accuracy units).' }) auc!: RobustnessInterval;
}

@ObjectType({ description: 'A failed reliability check of one trial (or across the attacks of one source and seed).' })
export class RobustnessFlag {
  @Field() name!: string;
  @Field() message!: string;
  @Field() source!: string;
  @Field() dataset!: string;
  @Field() norm!: string;
  @Field({ description: "The attack whose trial raised it; 'all' for a check across attacks; 'worst-case' for the worst case's curve." }) attack!: string;
  @Field(() => Int) seed!: number;
}

@ObjectType({ description: "A robustness run's leaderboards, curves and failed checks." })
export class RobustnessResults {
  @Field(() => [RobustnessBoard]) boards!: RobustnessBoard[];
  @Field(() => [RobustnessCurve]) curves!: RobustnessCurve[];
  @Field(() => [RobustnessFlag]) flags!: RobustnessFlag[];
}

@ObjectType({ description: "A source's robust accuracy as measured by the latest robustness run that evaluated it." })
export class MeasuredRobustness {
  @Field(() => ID) runId!: string;
  @Field() dataset!: string;
  @Field() norm!: string;
  @Field(() => Float) eps!: number;
  @Field(() => Float, { description: 'Worst case over the run\'s attacks, mean over seeds.' }) accuracy!: number;
  @Field(() => Float) clean!: number;
  @Field(() => [String], { description: 'The attacks it was measured with.' }) attacks!: string[];
  @Field(() => [String]) flags!: string[];
}
