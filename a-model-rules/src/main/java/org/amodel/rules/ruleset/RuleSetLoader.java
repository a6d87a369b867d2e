package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Loads rule sets: the bundled ones from the classpath, and any rule set folder on disk (the ones
 * policy staff edit). A rule set on disk that extends another finds it in a folder next to its own
 * first, then among the bundled ones.
 *
 * <pre>{@code
 * RuleSet seed = RuleSetLoader.standard().bundled("jinan-shizhong-2005");
 * RuleSet edited = RuleSetLoader.standard().folder(Path.of("rules/jinan-shizhong-2005"));
 * }</pre>
 */
public final class RuleSetLoader {
  /** Where the bundled rule sets sit on the classpath. */
  public static final String BUNDLED_ROOT = "org/amodel/rules/sets/";
  private static final String INDEX = BUNDLED_ROOT + "bundled.txt";

  private final RuleSetCompiler compiler;

  private RuleSetLoader(RuleSetCompiler compiler) {
    this.compiler = requireNonNull(compiler, "compiler");
  }

  /** Returns a loader that compiles with {@code compiler}. */
  public static RuleSetLoader with(RuleSetCompiler compiler) {
    return new RuleSetLoader(compiler);
  }

  /** Returns the ids of the bundled rule sets. */
  public static ImmutableList<String> bundledIds() {
    return BundledIndex.IDS;
  }

  /** The bundled index, read once, when first asked for. */
  private static final class BundledIndex {
    static final ImmutableList<String> IDS = read();

    private static ImmutableList<String> read() {
      try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(INDEX)) {
        if (in == null) {
          throw new IllegalStateException("the classpath has no " + INDEX + "; is a-model-rules on it?");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(ImmutableList.toImmutableList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Returns the bundled rule set {@code id}, compiled.
   *
   * @throws IllegalArgumentException if no rule set of that id is bundled
   * @throws RuleSetException if it does not compile (a packaging mistake)
   */
  public RuleSet bundled(String id) {
    RuleSetFolder folder = bundledFolder(id).orElseThrow(() -> new IllegalArgumentException(
        "no bundled rule set is called '" + id + "'; the bundled ones are " + bundledIds()));
    return compiler.compile(folder, RuleSetLoader::bundledFolder);
  }

  /**
   * Returns the rule set in {@code folder}, compiled; a base it extends is looked for in a folder next
   * to it, then among the bundled rule sets.
   *
   * @throws RuleSetException with every problem, located, if it cannot be loaded
   */
  public RuleSet folder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    RuleSetFolder top = RuleSetFolder.read(absolute);
    Path parent = absolute.getParent();
    return compiler.compile(top, id -> {
      if (parent != null && Files.isRegularFile(parent.resolve(id).resolve(DescriptorReader.FILE))) {
        return Optional.of(RuleSetFolder.read(parent.resolve(id)));
      }
      return bundledFolder(id);
    });
  }

  /**
   * Returns the district that the rule set in {@code folder} says it serves, if its
   * {@code ruleset.yaml} can be read, whatever else is wrong with the rule set.
   */
  public static Optional<String> districtOf(Path folder) {
    try {
      return Optional.of(DescriptorReader.read(RuleSetFolder.read(folder.toAbsolutePath().normalize()).descriptor(),
          null).district());
    } catch (RuleSetException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Returns the files of the bundled rule set {@code id}, if there is one. */
  public static Optional<RuleSetFolder> bundledFolder(String id) {
    if (!bundledIds().contains(id)) {
      return Optional.empty();
    }
    URL url = RuleSetLoader.class.getClassLoader().getResource(BUNDLED_ROOT + id + "/" + DescriptorReader.FILE);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      Path descriptor = "jar".equals(uri.getScheme()) ? jarPath(uri) : Path.of(uri);
      return Optional.of(RuleSetFolder.read(descriptor.getParent()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bundled rule set " + id + " has an unreadable location " + url, e);
    }
  }

  private static Path jarPath(URI uri) {
    try {
      return FileSystems.getFileSystem(uri).provider().getPath(uri);
    } catch (FileSystemNotFoundException notOpenYet) {
      try {
        return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
      } catch (FileSystemAlreadyExistsException openedMeanwhile) {
        return FileSystems.getFileSystem(uri).provider().getPath(uri);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

}
