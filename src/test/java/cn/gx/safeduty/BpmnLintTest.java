package cn.gx.safeduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every BPMN file passes bpmnlint ({@code bpmnlint:recommended}, with the rules processes/.bpmnlintrc
 * adjusts and README justifies), run through npx from the npm registry. Needs Node.js, which CI
 * machines have; where there is none, the test says so and is skipped.
 */
class BpmnLintTest {

  static final String BPMNLINT = "bpmnlint@11.15.0";

  @Test
  void everyProcessPassesBpmnlint() throws Exception {
    assumeTrue(available("npx"), "Node.js (npx) is not installed; bpmnlint runs in CI");
    List<String> command = new ArrayList<>(List.of("npx", "--yes", BPMNLINT, "--config", "processes/.bpmnlintrc"));
    try (var files = Files.list(Path.of("processes"))) {
      files.map(Path::toString).filter(name -> name.endsWith(".bpmn")).sorted().forEach(command::add);
    }
    Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).as(output).doesNotContain("warning").doesNotContain("error");
  }

  static boolean available(String program) {
    try {
      return new ProcessBuilder(program, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException missing) {
      return false;
    }
  }
}
