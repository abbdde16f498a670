package voxpop.generate;

import java.io.IOException;
import java.util.List;
import voxpop.model.Appeal;

/** Receives the generated corpus one appeal at a time, with the ground truth of its questions. */
@FunctionalInterface
public interface CorpusSink {
  /**
   * Takes one appeal. The appeal and its labels are not retained by the generator.
   *
   * @param labels one label per question, in text order (one for a screened-out appeal)
   */
  void accept(Appeal appeal, List<QuestionLabel> labels) throws IOException;
}
