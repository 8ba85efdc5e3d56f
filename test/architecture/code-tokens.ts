import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { root } from "./source-imports.js";

const named = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/**
 * Every name and literal of a file's code (identifiers, strings, templates, regular expressions) with its
 * line, read by the TypeScript parser: comments are never nodes, so they never count.
 */
export function codeTokens(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const tokens: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (named.has(node.kind)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      tokens.push({ line, text: node.getText(source) });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return tokens;
}
