/**
 * A row under the inputs of a horizontal form (the tick, the buttons): an empty label keeps it in line
 * with the inputs; a vertical (phone) form needs nothing.
 */
export const underInputs = (narrow: boolean) => (narrow ? {} : { label: ' ', colon: false });
