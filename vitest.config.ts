import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests wait for events, never for time; these limits only turn a hang into a failure.
    // They are generous so the suite passes on a busy machine (2 cores, two runs at once).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
