package id.cermat.engine.catalog;

import id.cermat.engine.CategoryCode;

/**
 * How much a detector's finding counts towards a category. For MONEY, {@code minAmountIdr} is the smallest
 * amount (in rupiah) the rule applies to; the heaviest applicable rule wins.
 */
public record SignalRule(SignalKind signal, CategoryCode category, double weight, long minAmountIdr) {}
