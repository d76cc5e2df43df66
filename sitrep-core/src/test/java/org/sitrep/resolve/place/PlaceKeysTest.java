package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceKeysTest {
  private final PlaceKeys keys = new PlaceKeys();

  @Test
  void foldsCaseAccentsDashesAndTheArticle() {
    assertThat(keys.key("Deir ez-Zor")).isEqualTo("deirzor");
    assertThat(keys.key("Deir Ezzor")).isEqualTo("deirzor");
    assertThat(keys.key("DEIR EZ ZOR")).isEqualTo("deirzor");
    assertThat(keys.key("al-Tanf")).isEqualTo(keys.key("Al Tanf"));
    assertThat(keys.key("Ahvāz")).isEqualTo("ahvaz");
    assertThat(keys.key("Ma'rib")).isEqualTo(keys.key("Marib"));
    assertThat(keys.key("the Golan Heights")).isEqualTo("golanheights");
  }

  @Test
  void keepsAnArticleThatIsTheWholeName() {
    assertThat(keys.key("El")).isEqualTo("el");
  }

  @Test
  void transliterationsOfOneNameShareASkeleton() {
    String skeleton = PlaceKeys.skeleton(keys.key("Deir ez-Zor"));
    assertThat(skeleton).isEqualTo("drzr");
    assertThat(PlaceKeys.skeleton(keys.key("Dayr az Zawr"))).isEqualTo(skeleton);
    assertThat(PlaceKeys.skeleton(keys.key("Der Ezzor"))).isEqualTo(skeleton);
    assertThat(PlaceKeys.skeleton(keys.key("Deir el-Zor"))).isEqualTo(skeleton);
  }

  @Test
  void tellsLatinFromOtherScripts() {
    assertThat(PlaceKeys.isLatin("Hajîne")).isTrue();
    assertThat(PlaceKeys.isLatin("هجين")).isFalse();
    assertThat(PlaceKeys.isLatin("Коя")).isFalse();
  }
}
