/** questions evaluation: not written yet. */
export async function runQuestionsEval(): Promise<void> {
  console.log("(no questions evaluation yet)");
}
