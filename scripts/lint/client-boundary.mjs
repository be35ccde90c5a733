// An ESLint plugin of one rule: a client component ("use client") imports nothing from src/server
// (nor "server-only"), not even a type — what both sides need lives in src/lib. A path rule cannot
// say this, since a client component is told apart by its directive, not by its folder.
import path from "node:path";

const src = path.resolve(import.meta.dirname, "../../src");
const server = path.join(src, "server");

/** Whether an import specifier, written in `file`, names src/server or "server-only". */
export function namesServerCode(specifier, file) {
  if (specifier === "server-only") return true;
  if (specifier === "@/server" || specifier.startsWith("@/server/")) return true;
  if (!specifier.startsWith(".")) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return target === server || target.startsWith(server + path.sep);
}

const isClientModule = (program) => program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");

const clientImportsNoServer = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module imports nothing from src/server.' },
    schema: [],
    messages: {
      server:
        'A client component imports "{{specifier}}": server code never reaches the browser. Pass data down as props, or move what both sides need to src/lib.',
    },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      const source = node.source;
      if (!client || !source || source.type !== "Literal" || typeof source.value !== "string") return;
      if (namesServerCode(source.value, context.filename)) {
        context.report({ node: source, messageId: "server", data: { specifier: source.value } });
      }
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const plugin = {
  meta: { name: "c4c-client-boundary" },
  rules: { "client-imports-no-server": clientImportsNoServer },
};

export default plugin;
