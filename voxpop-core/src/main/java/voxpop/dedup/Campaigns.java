package voxpop.dedup;

import java.util.BitSet;
import java.util.List;

/**
 * The coordinated campaigns of a run.
 *
 * @param campaigns the campaigns, most people first; a duplicate group may hold several
 * @param questions the questions (by question index) that belong to one
 */
public record Campaigns(List<Campaign> campaigns, BitSet questions) {}
