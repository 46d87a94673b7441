export async function runTimemlEval(): Promise<void> {}
