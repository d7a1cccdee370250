// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const {
			numPassedTests,
			numFailedTests,
			numPendingTests,
			numTodoTests,
			numRuntimeErrorTestSuites,
		} = results;
		const failed = numFailedTests + numRuntimeErrorTestSuites;
		process.stdout.write(
			`\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`,
		);
	}
}
module.exports = SummaryReporter;
