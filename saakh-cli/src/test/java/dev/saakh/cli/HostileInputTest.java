package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values on every option of every command: each is refused with exit 2 and one line in the
 * user's words that names the option, never Java (an exception class, {@code java.}, {@code
 * BigDecimal}, {@code is not a long}, a stack trace...).
 */
class HostileInputTest {
  /** What a user must never read. */
  static final Pattern JAVA =
      Pattern.compile(
          "(?i)exception|\\bjava\\.|javax\\.|bigdecimal|biginteger|is not an? (long|int)"
              + "|for input string|character .* is neither|streamreadconstraints|jackson"
              + "|fasterxml|\\tat |internal error|picocli|numberformat|datetime|epochday"
              + "|\\bnull\\b|\\binteger\\b|\\bdouble\\b");

  /** Values no option should take without a clear refusal or a clean run. */
  static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "99999999999999999999",
          "1e400",
          "NaN",
          "Infinity",
          "١٢٣",
          "+999999999-12-31T23:59:59Z",
          "%s%n",
          "x".repeat(5000));

  @TempDir static Path tmp;
  static String lake;
  static String statement;
  static String config;
  static int runs;

  @BeforeAll
  static void aSmallCleanedLake() throws IOException {
    lake = tmp.resolve("lake").toString();
    var g =
        saakh(
            "generate",
            "--customers",
            "1",
            "--consumers",
            "1",
            "--as-of",
            "2026-11-22",
            "--out",
            lake);
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(saakh("clean", "--lake", lake, "--all").code()).isZero();
    statement = lake + "/clean/CUST_CON_00001/transactions_clean.ndjson";
    config = Files.writeString(tmp.resolve("c.json"), "{\"seed\":1}").toString();
  }

  /** A valid run of each command; the hunt replaces one option's value at a time. */
  static Map<String, Map<String, String>> commands() {
    Map<String, Map<String, String>> c = new LinkedHashMap<>();
    c.put(
        "generate",
        options(
            "--customers",
            "1",
            "--consumers",
            "0",
            "--seed",
            "1",
            "--as-of",
            "2026-11-22",
            "--threads",
            "1",
            "--format",
            "ndjson",
            "--config",
            config,
            "--customer",
            "CUST_MSM_00001"));
    c.put("clean", options("--lake", lake, "--customer", "CUST_MSM_00001", "--threads", "1"));
    c.put("evaluate-clean", options("--lake", lake));
    c.put("analyze", options("--lake", lake, "--customer", "CUST_MSM_00001"));
    c.put("analyze-statement", options("FILE", statement));
    c.put("evaluate", options("--lake", lake));
    c.put(
        "kfs",
        options(
            "--amount",
            "100000",
            "--tenure-months",
            "12",
            "--rate",
            "12",
            "--processing-fee",
            "2%",
            "--gst-rate",
            "18",
            "--other-charges",
            "0"));
    c.put(
        "underwrite",
        options(
            "--lake",
            lake,
            "--customer",
            "CUST_MSM_00001",
            "--tenure-months",
            "12",
            "--amount",
            "500000",
            "--as-of",
            "2026-11-23T10:00:00+05:30",
            "--threads",
            "1"));
    return c;
  }

  @Test
  void noHostileValueOnAnyOptionLeaksJavaOrAnInternalError() {
    List<String> leaks = new ArrayList<>();
    commands()
        .forEach(
            (command, base) -> {
              for (String option : base.keySet()) {
                for (String value : HOSTILE) {
                  String[] args = args(command, base, option, value);
                  var run = saakh(args);
                  runs++;
                  if (run.code() == Main.INTERNAL || JAVA.matcher(run.err()).find()) {
                    leaks.add(String.join(" ", args).replace(lake, "LAKE") + " → " + run.err());
                  }
                }
              }
            });
    assertThat(leaks).as("runs %d", runs).isEmpty();
  }

  @Test
  void badValuesExitTwoNamingTheOption() {
    List<String> wrong = new ArrayList<>();
    String[][] cases = {
      {"generate", "--as-of", "+999999999-12-31T23:59:59Z"},
      {"generate", "--as-of", "1999-12-31"},
      {"generate", "--as-of", "2026-11-23T25:00"},
      {"generate", "--seed", "abc"},
      {"generate", "--seed", "١٢٣"},
      {"generate", "--seed", "99999999999999999999"},
      {"generate", "--seed", "1e3"},
      {"generate", "--customers", "-1"},
      {"generate", "--customers", "abc"},
      {"generate", "--customers", "99999999999999999999"},
      {"generate", "--consumers", "NaN"},
      {"generate", "--threads", "0"},
      {"generate", "--threads", "257"},
      {"generate", "--threads", ""},
      {"clean", "--threads", "0"},
      {"clean", "--threads", "-1"},
      {"kfs", "--amount", "5L"},
      {"kfs", "--amount", "1e6"},
      {"kfs", "--amount", "0"},
      {"kfs", "--amount", "NaN"},
      {"kfs", "--amount", "99999999999999999999"},
      {"kfs", "--tenure-months", "1e400"},
      {"kfs", "--tenure-months", "99999999999999999999"},
      {"kfs", "--rate", "1e400"},
      {"kfs", "--rate", "Infinity"},
      {"kfs", "--rate", "9".repeat(5000)},
      {"kfs", "--gst-rate", "-1"},
      {"kfs", "--processing-fee", "5L"},
      {"kfs", "--other-charges", "1e6"},
      {"kfs", "--other-charges", "-1"},
      {"underwrite", "--threads", "abc"},
      {"underwrite", "--tenure-months", "x"},
      {"underwrite", "--amount", "1e6"},
      {"underwrite", "--amount", "5L"},
      {"underwrite", "--as-of", "+999999999-12-31T23:59:59Z"},
      {"underwrite", "--threads", "0"},
    };
    Map<String, Map<String, String>> commands = commands();
    for (String[] c : cases) {
      String[] args = args(c[0], commands.get(c[0]), c[1], c[2]);
      var run = saakh(args);
      String said = String.join(" ", args).replace(lake, "LAKE") + " → " + run.err();
      if (run.code() != Main.BAD_INPUT
          || !run.err().startsWith("saakh: " + c[1] + " ")
          || JAVA.matcher(run.err()).find()
          || !run.out().isEmpty()) {
        wrong.add("exit " + run.code() + ": " + said);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aHostileConfigFileIsRefusedNamingTheFileAndTheKey() throws IOException {
    String[][] cases = {
      {"{\"seed\":" + "9".repeat(2000) + "}", ": seed must be a whole number"},
      {"{\"seed\":" + "9".repeat(20000) + "}", ": not valid JSON: a number in it is too long"},
      {"{\"seed\":\"" + "x".repeat(500_000) + "\"}", ": seed must be a whole number"},
      {"{\"seed\":\"" + "x".repeat(2_000_000) + "\"}", " is too large for a config (over 1 MB)"},
      {"{\"as_of\":true}", ": as_of must be a date"},
      {"{\"messiness\":{\"duplicate_probability\":1e400}}", ": messiness.duplicate_probability"},
      {"{\"scale\":{\"msme_customers\":1e400}}", ": scale.msme_customers must be a whole number"},
      {"{\"seed\":1,}", ": not valid JSON at line 1"},
      {"{\"seed\":", ": not valid JSON"},
      {"", ": not valid JSON"},
    };
    Path file = tmp.resolve("hostile.json");
    List<String> wrong = new ArrayList<>();
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      var run =
          saakh(
              "generate",
              "--config",
              file.toString(),
              "--customers",
              "1",
              "--out",
              tmp.resolve("never").toString());
      if (run.code() != Main.BAD_INPUT
          || !run.err().startsWith("saakh: config file " + file + c[1])
          || JAVA.matcher(run.err()).find()
          || run.err().length() > 300) {
        wrong.add(c[0].substring(0, Math.min(60, c[0].length())) + " → " + run.err());
      }
    }
    Files.write(file, new byte[] {'{', (byte) 0xfe, '}'});
    var binary =
        saakh("generate", "--config", file.toString(), "--out", tmp.resolve("never").toString());
    if (!binary
        .err()
        .equals("saakh: config file " + file + " is not UTF-8 text" + System.lineSeparator())) {
      wrong.add("binary → " + binary.err());
    }
    assertThat(wrong).isEmpty();
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void theEnvironmentIsRefusedInTheSameWordsNamingTheVariable() {
    Settings env = new Settings(Map.of("SAAKH_THREADS", "0", "SAAKH_SEED", "abc"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(() -> Values.threads(env, null))
                .getMessage())
        .isEqualTo("SAAKH_THREADS must be between 1 and 256, was '0'");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                    () -> env.pick("seed", null, v -> Values.wholeNumber("--seed", v), 1L))
                .getMessage())
        .isEqualTo("SAAKH_SEED must be a whole number, was 'abc'");
  }

  private static Map<String, String> options(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Options naming files or folders: their hostile values lie under the test's folder. */
  private static final java.util.Set<String> PATHS = java.util.Set.of("--lake", "--config", "FILE");

  /** A hostile file name inside the test's folder, so no run writes beside the build. */
  private static String hunted(String name) {
    return tmp.resolve("hunt").toString() + "/" + name;
  }

  /** The command's valid options with {@code option} set to {@code value}. */
  private static String[] args(
      String command, Map<String, String> base, String option, String value) {
    List<String> a = new ArrayList<>(List.of(command));
    base.forEach(
        (k, v) -> {
          String given = !k.equals(option) ? v : PATHS.contains(k) ? hunted(value) : value;
          if (k.equals("FILE")) {
            a.add(given);
          } else if (k.equals("--customer") && command.equals("generate") && !k.equals(option)) {
            return; // generate --customer is hunted alone: it overrides --customers
          } else {
            a.add(k + "=" + given);
          }
        });
    if (command.equals("generate")) {
      a.add("--out=" + tmp.resolve("g" + runs + "-" + a.hashCode()));
    }
    return a.toArray(String[]::new);
  }
}
