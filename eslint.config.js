// Lint with type information: grammY's reliability guide asks that every promise be awaited.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import { readFileSync } from "node:fs";

/**
 * Layers (layers.json, docs/architecture.md): a module of src/ may import its own folder and
 * the folders of lower layers. One config per folder and depth below src/, each forbidding
 * the specifiers that climb to src/ and go down into a folder of its own or a higher layer.
 */
function layerRules() {
  const { layers } = JSON.parse(readFileSync(`${import.meta.dirname}/layers.json`, "utf8"));
  const configs = [];
  layers.forEach((layer, rank) => {
    const above = layers.slice(rank).flat();
    for (const folder of layer) {
      if (folder.endsWith(".ts")) continue;
      const forbidden = above.filter((f) => f !== folder).map((f) => f.replace(/\.ts$/, ""));
      if (forbidden.length === 0) continue;
      const allowed = layers.slice(0, rank).flat().join(", ") || "nothing else in src/";
      for (let depth = 1; depth <= 4; depth++) {
        configs.push({
          files: [`src/${folder}/${"*/".repeat(depth - 1)}*.ts`],
          rules: {
            "@typescript-eslint/no-restricted-imports": [
              "error",
              {
                patterns: [
                  {
                    regex: `^(\\.\\./){${depth}}(${forbidden.join("|")})(/|\\.js$|$)`,
                    message: `${folder}/ may import only its own folder and lower layers (${allowed}): see docs/architecture.md.`,
                  },
                ],
              },
            ],
          },
        });
      }
    }
  });
  return configs;
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/", "vitest.config.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  ...layerRules(),
  {
    // Answers run from source under tsx, which writes a pattern with \p{…} as `new RegExp(…)`
    // (esbuild's Node target): inside a function it is compiled again at every call. Such
    // patterns live at module level here (docs/performance.md).
    files: ["src/answers/**/*.ts", "src/search/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: ":function Literal[regex.pattern=/\\\\[pP]\\{/]",
          message:
            "A \\p{…} pattern inside a function is rebuilt at every call under tsx: make it a module-level constant.",
        },
      ],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  // Formatting is Prettier's job (npm run format); this turns off the lint rules that would clash.
  prettier,
);
