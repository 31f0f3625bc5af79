package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTimesTest {
  private static Token t(String text) {
    return new Token(text, text.toLowerCase(), "NUM", Stemmer.key(text), 0, text.length());
  }

  private static ClockTimes.Time at(String... words) {
    return ClockTimes.at(java.util.Arrays.stream(words).map(ClockTimesTest::t).toList(), 0);
  }

  @Test
  void aTimeReadsTheSameOnBothClocks() {
    assertThat(at("16:45")).isEqualTo(new ClockTimes.Time(16 * 60 + 45, 1));
    assertThat(at("4.45", "pm")).isEqualTo(new ClockTimes.Time(16 * 60 + 45, 2));
    assertThat(at("4:45", "p.m.")).isEqualTo(new ClockTimes.Time(16 * 60 + 45, 2));
    assertThat(at("4.45pm")).isEqualTo(new ClockTimes.Time(16 * 60 + 45, 1));
    assertThat(ClockTimes.key(at("4.45", "pm"))).isEqualTo(ClockTimes.key(at("16:45")));
    assertThat(at("12", "a.m.").minutes()).isZero();
    assertThat(at("12", "pm").minutes()).isEqualTo(12 * 60);
    assertThat(at("Midnight").minutes()).isZero();
    assertThat(at("noon").minutes()).isEqualTo(12 * 60);
  }

  @Test
  void aDecimalAScoreOrAnHourOutOfRangeIsNoTime() {
    assertThat(at("4.45")).isNull();
    assertThat(at("4.45", "percent")).isNull();
    assertThat(at("2:1")).isNull();
    assertThat(at("25:10")).isNull();
    assertThat(at("13", "pm")).isNull();
    assertThat(at("9:75", "am")).isNull();
    assertThat(at("1,200")).isNull();
  }
}
