/**
 * GitHub's annotation budget: the runner shows at most 10 annotations of each level in a step and 50 in a job; the
 * rest reach only the log. Defined here for every place that annotates, says what was annotated, or describes it
 * (the `annotations` input), and kept free of @actions/core so that any of them can import it.
 */
export const ANNOTATION_BUDGET = { perLevel: 10, perJob: 50 } as const;
