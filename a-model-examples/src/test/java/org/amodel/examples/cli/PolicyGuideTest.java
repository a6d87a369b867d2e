package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows {@code docs/policy-guide.md} step by step, as a reader would from the repository's root:
 * writes its files, makes its copies and edits, runs each {@code amodel} command and checks that the
 * output and exit code are those the guide shows, word for word.
 */
@DisplayName("docs/policy-guide.md: every step runs and prints what the guide shows")
class PolicyGuideTest {
  private static final Path REPO = Path.of("..");
  private static final String JAR = "java -jar a-model-examples/target/amodel.jar ";
  private static final Pattern STEP = Pattern.compile(
      "(?m)^文件 File `(?<file>[^`]+)`:\\n\\n```yaml\\n(?<content>.*?)```"
          + "|^复制 Copy `(?<from>[^`]+)` → `(?<to>[^`]+)`$"
          + "|^在 In `(?<edited>[^`]+)`: 把 change `(?<old>[^`]+)` 改为 to `(?<new>[^`]+)`$"
          + "|^```console\\n\\$ (?<command>[^\\n]+)\\n(?<output>.*?)```",
      Pattern.DOTALL);

  @TempDir Path root;

  @Test
  @DisplayName("the guide's files, copies, edits and commands, in order")
  void followTheGuide() throws IOException {
    String guide = Files.readString(REPO.resolve("docs/policy-guide.md"), StandardCharsets.UTF_8);
    Matcher m = STEP.matcher(guide);
    int commands = 0;
    List<String> kinds = new ArrayList<>();
    while (m.find()) {
      if (m.group("file") != null) {
        write(m.group("file"), m.group("content"));
        kinds.add("file");
      } else if (m.group("from") != null) {
        Path to = root.resolve(m.group("to"));
        Files.createDirectories(to.getParent());
        Files.copy(REPO.resolve(m.group("from")), to);
        kinds.add("copy");
      } else if (m.group("edited") != null) {
        Path file = root.resolve(m.group("edited"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String old = m.group("old");
        assertEquals(1, text.split(Pattern.quote(old), -1).length - 1, "'" + old + "' once in " + file);
        Files.writeString(file, text.replace(old, m.group("new")), StandardCharsets.UTF_8);
        kinds.add("edit");
      } else {
        run(m.group("command"), m.group("output"));
        commands++;
      }
    }
    assertTrue(commands >= 6 && kinds.contains("file") && kinds.contains("copy") && kinds.contains("edit"),
        "the guide's steps were not found: " + commands + " commands, " + kinds);
  }

  @Test
  @DisplayName("the guide's example community is the one docs/input-format.md shows")
  void exampleCommunityIsTheDocumented() throws IOException {
    assertEquals(Files.readString(REPO.resolve("a-model-rules/src/test/resources/org/amodel/rules/input/example-community.yaml")),
        Files.readString(REPO.resolve("docs/examples/luoyuan.yaml")));
  }

  private void write(String file, String content) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  private void run(String command, String expected) {
    String suffix = "; echo \"exit $?\"";
    assertTrue(command.startsWith(JAR) && command.endsWith(suffix), command);
    String[] args = Arrays.stream(command.substring(JAR.length(), command.length() - suffix.length()).split(" "))
        .map(a -> a.startsWith("my-rules/") ? root.resolve(a).toString() : a)
        .toArray(String[]::new);
    Cli r = Cli.run(args);
    String shown = (r.out() + r.err()).replace(root + "/", "") + "exit " + r.exitCode() + "\n";
    assertEquals(expected, shown, command);
  }
}
