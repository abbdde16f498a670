package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateParserTest {
  private final TemplateParser parser =
      new TemplateParser(Map.of("when", new Node.Text("когда"))::get, RenderContext::accepts);
  private final RenderContext ctx = Fixtures.context();

  private String render(String template, boolean female, boolean firstPerson, long seed) {
    return Fixtures.render(ctx, parser.parse(template), Fixtures.sender(female), firstPerson, seed);
  }

  private Set<String> renderings(String template, int times) {
    Set<String> out = new HashSet<>();
    for (long seed = 0; seed < times; seed++) {
      out.add(render(template, false, true, seed));
    }
    return out;
  }

  @Test
  void literalTextRendersAsWritten() {
    assertThat(render("Когда вернут индексацию?", false, true, 1))
        .isEqualTo("Когда вернут индексацию?");
  }

  @Test
  void emptyTemplateRendersNothing() {
    assertThat(render("", false, true, 1)).isEmpty();
  }

  @Test
  void alternativesNestAndAnEmptyOneMakesAPartOptional() {
    assertThat(renderings("{когда|{почему|зачем}} {|очень }надо", 200))
        .containsExactlyInAnyOrder(
            "когда надо",
            "когда очень надо",
            "почему надо",
            "почему очень надо",
            "зачем надо",
            "зачем очень надо");
  }

  @Test
  void genderFormsFollowTheSender() {
    assertThat(render("я {g:обращался|обращалась}", false, true, 1)).isEqualTo("я обращался");
    assertThat(render("я {g:обращался|обращалась}", true, true, 1)).isEqualTo("я обращалась");
  }

  @Test
  void personFormsAreFirstPersonForSendersAndThirdForOperators() {
    String t = "почему {p:мне|ему|ей} отказали";
    assertThat(render(t, false, true, 1)).isEqualTo("почему мне отказали");
    assertThat(render(t, false, false, 1)).isEqualTo("почему ему отказали");
    assertThat(render(t, true, false, 1)).isEqualTo("почему ей отказали");
  }

  @Test
  void slotsFillFromTheSendersRegionAndNumbersAgreeWithTheirNoun() {
    assertThat(render("в {town.loc}, жители {town.gen}", false, true, 1))
        .isEqualTo("в Курске, жители Курска");
    assertThat(render("{Region.loc}", false, true, 1)).isEqualTo("Курской области");
    for (String s : renderings("{n:1-30:год/года/лет}", 300)) {
      int n = Integer.parseInt(s.substring(0, s.indexOf(' ')));
      assertThat(n).isBetween(1, 30);
      assertThat(s).endsWith(new String[] {" год", " года", " лет"}[Slots.pluralForm(n)]);
    }
  }

  @Test
  void fragmentsAreInlined() {
    assertThat(render("{@when} же", false, true, 1)).isEqualTo("когда же");
  }

  @Test
  void malformedTemplatesAreRejectedWithTheColumn() {
    assertThatThrownBy(() -> parser.parse("когда {вернут|дадут")).hasMessage("unbalanced '{' at 6");
    assertThatThrownBy(() -> parser.parse("когда } вернут")).hasMessage("unbalanced '}' at 6");
    assertThatThrownBy(() -> parser.parse("в {nowhere}"))
        .hasMessageStartingWith("unknown slot or wrong arguments {nowhere}");
    assertThatThrownBy(() -> parser.parse("в {num}"))
        .hasMessageStartingWith("unknown slot or wrong arguments {num}");
    assertThatThrownBy(() -> parser.parse("{num:9-3}")).hasMessageStartingWith("empty range");
    assertThatThrownBy(() -> parser.parse("{n:1-3:год/лет}"))
        .hasMessageStartingWith("{n:lo-hi:one/few/many} needs 3 forms");
    assertThatThrownBy(() -> parser.parse("{очень}"))
        .hasMessageStartingWith("unknown slot or single alternative");
    assertThatThrownBy(() -> parser.parse("{g:он}")).hasMessageStartingWith("{g:male|female}");
    assertThatThrownBy(() -> parser.parse("{p:я|он}")).hasMessageStartingWith("{p:first|he|she}");
    assertThatThrownBy(() -> parser.parse("{@nope}")).hasMessage("unknown fragment {@nope} at 0");
  }
}
