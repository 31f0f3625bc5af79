package dev.corroborate.eval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A stable train/dev split by group (body for FNC-1 and ARC, claim for Emergent), never by row, so no
 * body or claim is both trained on and scored. A group is in dev when the first 53 bits of
 * SHA-256({@code seed + ":" + group}) as a fraction of 2<sup>53</sup> fall below {@code devFraction}:
 * the same group lands on the same side on every machine and run, whatever else is in the data, and
 * about {@code devFraction} of the groups are in dev. The training command must use the same seed as
 * the evaluation.
 *
 * @param seed        mixes into the hash; another seed gives another split
 * @param devFraction share of the groups held out, strictly between 0 and 1
 */
public record DevSplit(long seed, double devFraction) {
  /** The seed of the pinned evaluation and of the shipped model. */
  public static final long DEFAULT_SEED = 13;
  public static final double DEFAULT_DEV_FRACTION = 0.2;

  public DevSplit {
    if (!(devFraction > 0 && devFraction < 1)) {
      throw new IllegalArgumentException("devFraction must be between 0 and 1, not " + devFraction);
    }
  }

  /** A split holding out {@value #DEFAULT_DEV_FRACTION} of the groups. */
  public DevSplit(long seed) {
    this(seed, DEFAULT_DEV_FRACTION);
  }

  /** Whether the pairs of this group are held out. */
  public boolean inDev(String group) {
    byte[] digest = sha256((seed + ":" + group).getBytes(StandardCharsets.UTF_8));
    long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
    return bits * 0x1.0p-53 < devFraction;
  }

  /** The held-out pairs, in input order. */
  public List<LabelledPair> dev(List<LabelledPair> pairs) {
    return pairs.stream().filter(p -> inDev(p.group())).toList();
  }

  /** The pairs to train on, in input order. */
  public List<LabelledPair> train(List<LabelledPair> pairs) {
    return pairs.stream().filter(p -> !inDev(p.group())).toList();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
