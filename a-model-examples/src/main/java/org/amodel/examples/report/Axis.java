package org.amodel.examples.report;

import com.google.common.collect.ImmutableList;

/**
 * A value axis from 0 to a round maximum, with its ticks: the maximum is the smallest multiple of a
 * step of 1, 2, 2.5 or 5 times a power of ten that reaches the data, about five steps in all.
 *
 * @param max the value at the end of the axis, positive
 * @param ticks the tick values from 0 to {@code max}
 * @param tickDecimals the decimals the tick labels need
 */
record Axis(double max, ImmutableList<Double> ticks, int tickDecimals) {
  private static final double[] STEPS = {1, 2, 2.5, 5, 10};
  private static final int TARGET_STEPS = 5;

  /**
   * Returns the axis for values up to {@code dataMax}; {@code integral} axes (counts) step by whole
   * numbers. A {@code dataMax} of zero gives an axis to 1.
   */
  static Axis reaching(double dataMax, boolean integral) {
    double reach = dataMax > 0 && Double.isFinite(dataMax) ? dataMax : 1;
    double step = step(reach, integral);
    double max = Math.ceil(reach / step) * step;
    int steps = (int) Math.round(max / step);
    if (!Double.isFinite(max) || !(step > 0) || steps < 1 || steps > 4 * TARGET_STEPS) {
      max = reach;
      steps = 1;
    }
    ImmutableList.Builder<Double> ticks = ImmutableList.builder();
    for (int i = 0; i <= steps; i++) {
      ticks.add(i == steps ? max : max * i / steps);
    }
    return new Axis(max, ticks.build(), decimals(max / steps));
  }

  /** Returns the fraction of the axis at which {@code value} lies, 0 at the origin and 1 at the end. */
  double fraction(double value) {
    return value / max;
  }

  private static double step(double reach, boolean integral) {
    double raw = reach / TARGET_STEPS;
    double magnitude = 1;
    while (magnitude * 10 <= raw) {
      magnitude *= 10;
    }
    while (magnitude > raw && magnitude > Double.MIN_NORMAL) {
      magnitude /= 10;
    }
    double step = magnitude * 10;
    for (double m : STEPS) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    return integral ? Math.max(1, Math.ceil(step)) : step;
  }

  private static int decimals(double step) {
    for (int d = 0; d < 6; d++) {
      double scaled = step * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))) {
        return d;
      }
    }
    return 6;
  }
}
