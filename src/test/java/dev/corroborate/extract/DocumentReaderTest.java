package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader();

  @Test
  void frontMatterIsBlankedKeepingOffsetsAndLines() throws Exception {
    String md = "---\r\nid: a\ntitle: T\n---\n# Head\nBody text.\n";
    Path f = Files.writeString(dir.resolve("a.md"), md, StandardCharsets.UTF_8);
    String text = reader.read(f).text();
    assertThat(text).hasSize(md.length()).endsWith("---\n# Head\nBody text.\n".replace("---", "   "));
    assertThat(text.substring(0, md.indexOf("# Head"))).isBlank();
    assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(md.chars().filter(c -> c == '\n').count());
    assertThat(DocumentReader.blankFrontMatter("---\nnever closed\nText.")).isEqualTo("---\nnever closed\nText.");
    assertThat(DocumentReader.blankFrontMatter("No front matter.\n---\n")).isEqualTo("No front matter.\n---\n");
  }

  @Test
  void textIsKeptAsWrittenAndAByteOrderMarkDropped() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "\uFEFFLine one.\r\nLine two.", StandardCharsets.UTF_8);
    DocumentText d = reader.read(f);
    assertThat(d.text()).isEqualTo("Line one.\r\nLine two.");
    assertThat(d.html()).isFalse();
  }

  @Test
  void htmlGivesItsMainText() throws Exception {
    Path f = Files.writeString(dir.resolve("p.html"), "<html><body><nav>Menu</nav><article><h1>Title</h1>"
        + "<p>The mill burned on Monday.</p><script>x()</script></article></body></html>");
    DocumentText d = reader.read(f);
    assertThat(d.text()).isEqualTo("Title\n\nThe mill burned on Monday.");
    assertThat(d.html()).isTrue();
  }

  @Test
  void problemsNameTheFileAndTheFix() throws IOException {
    assertThatThrownBy(() -> reader.read(dir.resolve("draft.docx")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("draft.docx: unsupported file type '.docx'")
        .hasMessageContaining(".txt, .md or .html");
    assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt")))
        .hasMessageContaining("missing.txt: file not found (check the path)");
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
    assertThatThrownBy(() -> reader.read(bad)).hasMessageContaining("bad.txt:2: not valid UTF-8");
    Path bin = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
    assertThatThrownBy(() -> reader.read(bin)).hasMessageContaining("binary content");
  }
}
