package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import voxpop.params.Param;
import voxpop.pipeline.AnalysisParams;

class ParamsCommandTest {
  @Test
  void docsParametersIsTheOutputOfParamsMarkdown() throws Exception {
    Path doc = Path.of("..", "docs", "parameters.md");
    assertThat(Files.readString(doc))
        .as("docs/parameters.md is stale: regenerate with `voxpop params --markdown`")
        .isEqualTo(ParamsCommand.markdown(AnalysisParams.all()));
  }

  @Test
  void everyParameterIsDeclaredOnceWithADescription() {
    assertThat(AnalysisParams.all()).extracting(Param::name).doesNotHaveDuplicates();
    assertThat(AnalysisParams.all()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
  }
}
