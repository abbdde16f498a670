package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import voxpop.params.Param;

class ThemeParamsTest {
  @Test
  void everyParameterIsDescribedOnceWithItsDefaultInRange() {
    assertThat(ThemeParams.ALL).extracting(Param::name).doesNotHaveDuplicates();
    for (Param<?> p : ThemeParams.ALL) {
      assertThat(p.description()).as(p.name()).isNotBlank();
    }
    assertThat(ThemeParams.defaults().asMap()).hasSize(ThemeParams.ALL.size());
  }

  @Test
  void unknownAndOutOfRangeValuesAreRejected() {
    assertThatThrownBy(() -> ThemeParams.defaults().with(Map.of("minThemeSize", "20")))
        .hasMessageStartingWith("Unknown parameter: minThemeSize");
    assertThatThrownBy(() -> ThemeParams.defaults().with(Map.of("neighbours", "1")))
        .hasMessageContaining("neighbours");
  }
}
