package dev.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CI examples of the README (src/test/resources/ci/github-workflow.yml and gitlab-ci.yml): their
 * text, and the corroborate command lines they run, split into arguments as a POSIX shell would.
 */
final class CiExamples {
  static final String GITHUB = "github-workflow.yml";
  static final String GITLAB = "gitlab-ci.yml";

  private CiExamples() {}

  static String text(String name) {
    try {
      return Files.readString(CiRepos.resource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shell lines that start with {@code corroborate }: every {@code run:} of the GitHub workflow's
   * steps, every {@code before_script:} and {@code script:} item of the GitLab jobs, in file order.
   */
  static List<String> commandLines(String name) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> shell = new ArrayList<>();
    if (name.equals(GITHUB)) {
      for (JsonNode job : root.get("jobs")) {
        for (JsonNode step : job.get("steps")) {
          if (step.has("run")) {
            shell.addAll(step.get("run").asText().lines().toList());
          }
        }
      }
    } else {
      for (Map.Entry<String, JsonNode> job : root.properties()) {
        for (String key : List.of("before_script", "script")) {
          if (job.getValue().has(key)) {
            job.getValue().get(key).forEach(item -> shell.addAll(item.asText().lines().toList()));
          }
        }
      }
    }
    return shell.stream().map(String::strip).filter(l -> l.startsWith("corroborate ")).toList();
  }

  /**
   * The arguments after {@code corroborate}, as a shell splits them: words separated by blanks,
   * single and double quotes, {@code $NAME} and {@code ${NAME}} expanded from {@code env} outside
   * single quotes. Anything a plain command line should not need (pipes, redirections, command
   * substitution, globs, comments, escapes) fails, so the examples stay runnable as written.
   */
  static List<String> arguments(String line, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '$') {
        int end;
        String var;
        if (i + 1 < line.length() && line.charAt(i + 1) == '{') {
          end = line.indexOf('}', i);
          var = line.substring(i + 2, end);
          end++;
        } else {
          end = i + 1;
          while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
          }
          var = line.substring(i + 1, end);
        }
        if (var.isEmpty() || !env.containsKey(var)) {
          throw new IllegalArgumentException("unsupported or unset variable at " + i + " in: " + line);
        }
        word = word == null ? new StringBuilder() : word;
        word.append(env.get(var));
        i = end - 1;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\' || c == '`') {
          throw new IllegalArgumentException("unsupported '" + c + "' in: " + line);
        } else {
          word.append(c);
        }
      } else if (c == ' ' || c == '\t') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if ("|&;<>()`\\*?[#~".indexOf(c) >= 0) {
        throw new IllegalArgumentException("unsupported shell syntax '" + c + "' in: " + line);
      } else {
        word = word == null ? new StringBuilder() : word;
        if (c == '"' || c == '\'') {
          quote = c;
        } else {
          word.append(c);
        }
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    if (words.isEmpty() || !words.get(0).equals("corroborate")) {
      throw new IllegalArgumentException("not a corroborate command: " + line);
    }
    return words.subList(1, words.size());
  }
}
