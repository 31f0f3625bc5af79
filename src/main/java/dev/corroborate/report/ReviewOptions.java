package dev.corroborate.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Who publishes a review of the claims, and when and where: the author and date of ClaimReview
 * records, also named in the HTML and Markdown headers. Nothing here is taken from the clock, so a
 * report stays byte-identical unless a date is given.
 *
 * @param author who reviews (an organisation or person), never blank
 * @param date   publication date of the review, or null to leave it out
 * @param url    absolute http(s) address where the review is published, or null
 */
public record ReviewOptions(String author, LocalDate date, String url) {
  /** The default author when none is given. */
  public static final String DEFAULT_AUTHOR = "corroborate";
  /** Author "corroborate", no date, no URL. */
  public static final ReviewOptions DEFAULT = new ReviewOptions(DEFAULT_AUTHOR, null, null);

  public ReviewOptions {
    Objects.requireNonNull(author, "author");
    author = author.strip();
    if (author.isEmpty()) {
      throw new IllegalArgumentException("the review author is empty (give a name, e.g. --review-author \"Desk\")");
    }
    if (url != null) {
      url = url.strip();
      if (!isHttpUrl(url)) {
        throw new IllegalArgumentException("the review URL must be an absolute http or https address: " + url);
      }
    }
  }

  /** True when the text is an absolute http or https URI with a host. */
  static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
          || scheme.toLowerCase(Locale.ROOT).equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
