/** quotes evaluation: not written yet. */
export async function runQuotesEval(): Promise<void> {
  console.log("(no quotes evaluation yet)");
}
