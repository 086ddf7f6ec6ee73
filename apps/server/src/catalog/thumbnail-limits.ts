// Apart from the GraphQL args so that the worker processes, which pick the samples, do not load
// @nestjs/graphql (about 0.4 s of every worker start).

/** Most sample images one request may list (the worker picks them once, then serves slices). */
export const MAX_THUMBNAILS = 64;
