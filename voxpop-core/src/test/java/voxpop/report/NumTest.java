package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumTest {
  @Test
  void fixedRoundsHalfUpOnTheShortestDecimalForm() {
    assertThat(Num.fixed(0.12345, 4)).isEqualTo("0.1235");
    assertThat(Num.fixed(0.2, 4)).isEqualTo("0.2000");
    assertThat(Num.fixed(1, 4)).isEqualTo("1.0000");
    assertThat(Num.fixed(1e-9, 4)).isEqualTo("0.0000");
    assertThat(Num.fixed(-0.00001, 4)).isEqualTo("0.0000");
    assertThat(Num.fixed(Double.NaN, 4)).isEqualTo("0.0000");
    assertThat(Num.fixed(Double.NEGATIVE_INFINITY, 1)).isEqualTo("0.0");
  }

  @Test
  void plainNeverUsesAnExponent() {
    assertThat(Num.plain(0.35)).isEqualTo("0.35");
    assertThat(Num.plain(1.0)).isEqualTo("1.0");
    assertThat(Num.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Num.plain(1.5e12)).isEqualTo("1500000000000.0");
    assertThat(Num.plain(2.5e-5)).isEqualTo("0.000025");
  }

  @Test
  void groupedSeparatesThousandsWithANoBreakSpace() {
    assertThat(Num.grouped(0)).isEqualTo("0");
    assertThat(Num.grouped(999)).isEqualTo("999");
    assertThat(Num.grouped(1000)).isEqualTo("1\u00a0000");
    assertThat(Num.grouped(3_050_000)).isEqualTo("3\u00a0050\u00a0000");
    assertThat(Num.grouped(-12345)).isEqualTo("-12\u00a0345");
  }

  @Test
  void percentHasOneDecimalAndMarksTinyShares() {
    assertThat(Num.percent(0.2034)).isEqualTo("20.3%");
    assertThat(Num.percent(0)).isEqualTo("0.0%");
    assertThat(Num.percent(1)).isEqualTo("100.0%");
    assertThat(Num.percent(0.0001)).isEqualTo("<0.1%");
    assertThat(Num.percent(0.0005)).isEqualTo("0.1%");
  }
}
