package voxpop.dedup;

import java.util.BitSet;
import java.util.List;

/**
 * The outcome of duplicate grouping over the distinct texts of a run, and the campaigns found in
 * it.
 *
 * @param groupOfDistinct the near-duplicate group of each distinct text (dense ids in order of
 *     first appearance)
 * @param groupCount the number of groups
 * @param peopleOfDistinct distinct people who sent each distinct text
 * @param peopleOfGroup distinct people in each group
 * @param questionsOfGroup accepted questions in each group
 * @param campaigns coordinated campaigns, most people first; a group may hold several, or one that
 *     is only a burst of its questions
 * @param campaignQuestions the questions (by question index) that belong to a campaign
 */
public record DuplicateGroups(
    int[] groupOfDistinct,
    int groupCount,
    int[] peopleOfDistinct,
    int[] peopleOfGroup,
    int[] questionsOfGroup,
    List<Campaign> campaigns,
    BitSet campaignQuestions) {}
