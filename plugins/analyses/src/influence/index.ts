export { aggregateInfluence, influenceBaseline, INFLUENCE_METRICS, type InfluenceAggregate, type InfluenceDelta, type InfluenceInterval, type InfluenceMetric, type InfluenceRankPoint, type InfluenceSetting, type InfluenceSourceSummary } from './aggregate';
export { galleryOf, influenceDetails, type Gallery, type GalleryImage, type InfluenceDetails } from './details';
export { influenceParams, influenceTrial, SOLVERS, type InfluenceParams, type InfluenceTrial, type SolverChoice } from './params';
