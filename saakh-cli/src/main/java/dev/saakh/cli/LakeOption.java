package dev.saakh.cli;

import dev.saakh.core.lake.LakeLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --lake LAKE}, shared by the commands that read a lake: flag > SAAKH_LAKE > ./lake. */
final class LakeOption {
  @Option(
      names = "--lake",
      paramLabel = "LAKE",
      description = "Lake folder (default ./lake, or SAAKH_LAKE).")
  Path lake;

  LakeLayout layout(Settings settings) {
    return new LakeLayout(settings.pick("lake", lake, Path::of, Path.of("lake")));
  }
}
