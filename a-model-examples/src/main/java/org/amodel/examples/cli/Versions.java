package org.amodel.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries, or "development" when run from classes. */
final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return new String[] {"amodel " + (version == null ? "development" : version)};
  }
}
