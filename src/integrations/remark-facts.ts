/**
 * Facts in Markdown and MDX bodies (see src/lib/facts.ts): `<Fact id="…" />` (MDX) and `{fact:…}` / `{value:…}`
 * (Markdown) become the fact's text before the typographer runs, and `<Example>…</Example>` / `{example:…}` become
 * their words. An unknown id fails the build naming the file and the line.
 *
 * The options carry the facts file's digest: Astro keys its content cache on the config, so a changed fact value
 * re-renders every page that states it instead of serving the cached text.
 */
import path from 'node:path';
import { applyFacts, factText, facts } from '../lib/facts.ts';

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}
interface VFileLike {
  path?: string;
  history?: string[];
}

function where(file: VFileLike, node: Node): string {
  const name = file.path ?? file.history?.[0] ?? '(unknown file)';
  const rel = path.isAbsolute(name) ? path.relative(process.cwd(), name) : name;
  return `${rel.split(path.sep).join('/')}:${node.position?.start.line ?? '?'}`;
}

function attr(node: Node, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

export function remarkFacts(_options: { digest?: string } = {}) {
  return (tree: Node, file: VFileLike) => {
    const problems: string[] = [];
    const visit = (node: Node) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): Node[] => {
        if (child.type === 'text' && child.value) {
          child.value = applyFacts(child.value, (id) =>
            problems.push(`${where(file, child)}: {fact:${id}}: no fact «${id}» in ${facts().file}`),
          );
          return [child];
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Fact') {
          const id = attr(child, 'id');
          const f = typeof id === 'string' ? facts().byId.get(id) : undefined;
          if (!f) {
            problems.push(
              `${where(file, child)}: <Fact id="${String(id)}">: no fact «${String(id)}» in ${facts().file}`,
            );
            return [];
          }
          const bare = child.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'bare') ?? false;
          return [{ type: 'text', value: factText(f, bare), position: child.position }];
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Example') {
          visit(child);
          return child.children ?? [];
        }
        visit(child);
        return [child];
      });
    };
    visit(tree);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
