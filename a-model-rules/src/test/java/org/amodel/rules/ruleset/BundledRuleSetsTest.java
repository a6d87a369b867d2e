package org.amodel.rules.ruleset;

import static org.amodel.rules.ruleset.TempRuleSet.PARAMETERS;
import static org.amodel.rules.ruleset.TempRuleSet.descriptor;
import static org.amodel.rules.ruleset.TempRuleSet.stationRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule sets bundled on the classpath, from a folder of classes or from inside a jar. */
class BundledRuleSetsTest {
  static final String ROOT = RuleSetLoader.BUNDLED_ROOT;

  @TempDir Path tmp;

  @Test
  void theThreeBundledRuleSetsAreListedAndEachReads() {
    assertEquals(List.of("national-2018", "jinan-shizhong-2005", "shenzhen-2006"), RuleSetLoader.bundledIds());
    for (String id : RuleSetLoader.bundledIds()) {
      RuleSetFolder folder = RuleSetLoader.bundledFolder(id).orElseThrow();
      assertEquals(id, folder.name());
      assertEquals(id, DescriptorReader.read(folder.descriptor(), folder.name()).id());
      assertTrue(folder.parameters().isPresent(), id);
    }
  }

  @Test
  void anIdThatIsNotBundledIsRefusedNamingTheBundledOnes() {
    assertEquals(Optional.empty(), RuleSetLoader.bundledFolder("nowhere-2000"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TempRuleSet.LOADER.bundled("nowhere-2000"));
    assertTrue(e.getMessage().contains("no bundled rule set is called 'nowhere-2000'"), e::getMessage);
    assertTrue(e.getMessage().contains("jinan-shizhong-2005"), e::getMessage);
  }

  /**
   * A jar that bundles one rule set, jar-set, is put first on a class loader that loads its own copy
   * of RuleSetLoader (and only what reading needs): that copy finds the index and the rule set inside
   * the jar, through the jar's file system; what it read is then compiled here.
   */
  @Test
  void aRuleSetBundledInsideAJarIsReadFromTheJar() throws Exception {
    Path jar = tmp.resolve("district-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, ROOT + "bundled.txt", "# one set\njar-set\n");
      put(out, ROOT + "jar-set/ruleset.yaml", descriptor("jar-set"));
      put(out, ROOT + "jar-set/parameters.yaml", PARAMETERS);
      put(out, ROOT + "jar-set/rules/station.drl", stationRule("jar_set"));
    }
    URL[] path = {jar.toUri().toURL(), codeOf(RuleSetLoader.class), codeOf(ImmutableList.class),
        codeOf(YAMLFactory.class), codeOf(JsonParser.class), codeOf(org.yaml.snakeyaml.Yaml.class),
        codeOf(Parameters.class)};
    try (URLClassLoader isolated = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      Class<?> loader = isolated.loadClass(RuleSetLoader.class.getName());
      assertNotSame(RuleSetLoader.class, loader);
      assertEquals(List.of("jar-set"), loader.getMethod("bundledIds").invoke(null));
      Object read = ((Optional<?>) loader.getMethod("bundledFolder", String.class).invoke(null, "jar-set"))
          .orElseThrow();
      RuleSetFolder folder = copy(read);
      assertEquals("jar-set", folder.name());
      assertTrue(folder.location().contains("/org/amodel/rules/sets/jar-set"), folder::location);
      assertEquals(List.of("rules/station.drl"), List.copyOf(folder.ruleFiles().keySet()));
      assertEquals(stationRule("jar_set"), folder.ruleFiles().get("rules/station.drl"));
      assertEquals(Optional.of(PARAMETERS), folder.parameters());

      RuleSet set = RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of())
          .compile(folder, RuleSetLoader::bundledFolder);
      assertEquals("jar-set", set.id());
      assertEquals(List.of("jar_set.Station has too few or too many people"), List.copyOf(set.ruleNames()));
    }
  }

  @Test
  void aRuleSetFolderInsideAZipFileSystemLoadsWithItsBaseBesideIt() throws Exception {
    Path zip = tmp.resolve("sets.zip");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(zip))) {
      put(out, "sets/base-set/ruleset.yaml", descriptor("base-set"));
      put(out, "sets/base-set/parameters.yaml", PARAMETERS);
      put(out, "sets/base-set/rules/station.drl", stationRule("base_set"));
      put(out, "sets/child-set/ruleset.yaml", descriptor("child-set") + "extends: base-set\n"
          + "disable:\n  - Station has too few or too many people\n");
    }
    try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
      RuleSet set = TempRuleSet.LOADER.folder(fs.getPath("/sets/child-set"));
      assertEquals("child-set", set.id());
      assertEquals(List.of(), List.copyOf(set.ruleNames()));
      assertFalse(set.parameters().find(Parameters.STATION_SIZE_MAX, java.time.LocalDate.of(2006, 1, 1)).isEmpty());
    }
  }

  private static void put(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }

  private static URL codeOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** Copies a RuleSetFolder of another class loader into one of this. */
  @SuppressWarnings("unchecked")
  private static RuleSetFolder copy(Object other) throws ReflectiveOperationException {
    Class<?> type = other.getClass();
    return new RuleSetFolder((String) type.getMethod("name").invoke(other),
        (String) type.getMethod("location").invoke(other),
        (String) type.getMethod("descriptor").invoke(other),
        (Optional<String>) type.getMethod("parameters").invoke(other),
        ImmutableSortedMap.copyOf((Map<String, String>) type.getMethod("ruleFiles").invoke(other)));
  }
}
