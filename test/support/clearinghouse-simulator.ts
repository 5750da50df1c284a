/** The clearinghouse the tests answer with is the demo's: one writer of 999, TA1 and 277CA. */
export * from '../../src/main/demo/clearinghouse-answers'
