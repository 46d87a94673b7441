/** summary evaluation: not written yet. */
export async function runSummaryEval(): Promise<void> {
  console.log("(no summary evaluation yet)");
}
