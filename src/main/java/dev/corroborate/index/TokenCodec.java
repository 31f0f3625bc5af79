package dev.corroborate.index;

import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a passage's analysed tokens in one string, so judging needs no re-analysis at query time:
 * one token per line, fields separated by tabs (start, end, pos, lemma, key). The surface text is
 * not stored: it is sliced from the passage text by offsets.
 */
final class TokenCodec {
  private TokenCodec() {}

  static String encode(List<Token> tokens, int base) {
    StringBuilder sb = new StringBuilder(tokens.size() * 24);
    for (Token t : tokens) {
      sb.append(t.start() - base).append('\t').append(t.end() - base).append('\t').append(t.pos()).append('\t')
          .append(clean(t.lemma())).append('\t').append(clean(t.key())).append('\n');
    }
    return sb.toString();
  }

  static List<Token> decode(String encoded, String text, int base) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    while (pos < encoded.length()) {
      int nl = encoded.indexOf('\n', pos);
      String[] f = encoded.substring(pos, nl).split("\t", -1);
      int s = Integer.parseInt(f[0]);
      int e = Integer.parseInt(f[1]);
      out.add(new Token(text.substring(s, e), f[3], f[2], f[4], s + base, e + base));
      pos = nl + 1;
    }
    return out;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
