package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic Universal Dependencies tree of one sentence, over its tokens.
 *
 * @param heads for each token (by index in {@link Sentence#tokens()}), the index of its governor,
 *     or -1 for the root
 * @param relations for each token, the relation to its governor ({@code nsubj}, {@code obj}, {@code
 *     nsubj:pass}, {@code obl:agent}, …; {@code root} for the root)
 */
public record DependencyParse(List<Integer> heads, List<String> relations) {
  public DependencyParse {
    heads = List.copyOf(heads);
    relations = List.copyOf(relations);
    if (heads.size() != relations.size()) {
      throw new IllegalArgumentException(heads.size() + " heads, " + relations.size() + " labels");
    }
  }

  /** The number of tokens. */
  public int size() {
    return heads.size();
  }

  /** The governor of token {@code i}, or -1 for the root. */
  public int head(int i) {
    return heads.get(i);
  }

  /** The relation of token {@code i} to its governor. */
  public String relation(int i) {
    return relations.get(i);
  }

  /** The dependents of token {@code i}, in sentence order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      if (heads.get(k) == i) {
        out.add(k);
      }
    }
    return out;
  }
}
