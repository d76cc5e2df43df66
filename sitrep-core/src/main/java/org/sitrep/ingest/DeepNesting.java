package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens markup nested deeper than any real page: the elements below a depth limit are unwrapped,
 * their text kept in place. The extractor's rules look up ancestors and subtree text, which costs
 * depth times size; {@code <b><i>} nested 100,000 deep made that quadratic.
 */
final class DeepNesting {
  /** Real article pages nest a few dozen elements deep; a few hundred is already hostile. */
  static final int MAX_DEPTH = 200;

  private DeepNesting() {}

  /**
   * Unwraps every element of {@code root} deeper than {@link #MAX_DEPTH} below it.
   *
   * @return the number of elements unwrapped
   */
  static int flatten(Element root) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (depth > MAX_DEPTH && node instanceof Element el) {
              deep.add(el);
            }
          }
        },
        root);
    // In document order the shallowest comes first, so each unwrap lifts one level of children
    // onto an element already within the limit.
    for (Element el : deep) {
      el.unwrap();
    }
    return deep.size();
  }
}
