package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewOptionsTest {
  @Test
  void defaultsHaveNoDateSoOutputIsDeterministic() {
    assertThat(ReviewOptions.DEFAULT.author()).isEqualTo("corroborate");
    assertThat(ReviewOptions.DEFAULT.date()).isNull();
    assertThat(ReviewOptions.DEFAULT.url()).isNull();
  }

  @Test
  void authorIsStrippedAndMustNotBeBlank() {
    assertThat(new ReviewOptions("  Desk ", null, null).author()).isEqualTo("Desk");
    assertThatThrownBy(() -> new ReviewOptions(" ", null, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--review-author");
  }

  @Test
  void urlMustBeAbsoluteHttp() {
    assertThat(new ReviewOptions("a", LocalDate.of(2024, 1, 2), " https://x.example/r ").url())
        .isEqualTo("https://x.example/r");
    for (String bad : new String[] {"javascript:alert(1)", "ftp://x.example", "x.example/r", "https://"}) {
      assertThatThrownBy(() -> new ReviewOptions("a", null, bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }
  }
}
