/**
 * The few node fields the parser reads, typed structurally so that the cheerio/htmlparser2 nodes
 * fit without depending on domhandler (a transitive package) directly. Walking nodes by hand is
 * much faster than wrapping every table cell in a cheerio selection.
 */
export interface DomNode {
  type: string;
  parent: DomNode | null;
}

export interface DomText extends DomNode {
  type: "text";
  data: string;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

export const isElement = (n: DomNode): n is DomElement => n.type === "tag" || n.type === "script" || n.type === "style";
export const isText = (n: DomNode): n is DomText => n.type === "text";

export const childElements = (el: DomElement): DomElement[] => el.children.filter(isElement);

export function* descendants(el: DomElement): Generator<DomElement> {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    yield c;
    yield* descendants(c);
  }
}

export const firstDescendant = (el: DomElement, name: string): DomElement | undefined => {
  for (const d of descendants(el)) if (d.name === name) return d;
  return undefined;
};
