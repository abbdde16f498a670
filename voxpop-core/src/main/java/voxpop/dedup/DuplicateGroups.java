package voxpop.dedup;

/**
 * The outcome of duplicate grouping over the distinct texts of a run.
 *
 * @param groupOfDistinct the near-duplicate group of each distinct text (dense ids in order of
 *     first appearance)
 * @param groupCount the number of groups
 * @param peopleOfDistinct distinct people who sent each distinct text
 * @param peopleOfGroup distinct people in each group
 * @param questionsOfGroup accepted questions in each group
 */
public record DuplicateGroups(
    int[] groupOfDistinct,
    int groupCount,
    int[] peopleOfDistinct,
    int[] peopleOfGroup,
    int[] questionsOfGroup) {}
