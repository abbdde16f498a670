package voxpop.model;

/**
 * A federal subject of Russia.
 *
 * @param code the two-digit tax-service region code ({@code 77} for Moscow)
 * @param name the official Russian name
 * @param nameEn the English name
 * @param populationThousands resident population, thousands (rounded estimate)
 */
public record Region(String code, String name, String nameEn, int populationThousands) {}
