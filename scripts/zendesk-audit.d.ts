// A program run for its effect: it exports nothing.
export {};
