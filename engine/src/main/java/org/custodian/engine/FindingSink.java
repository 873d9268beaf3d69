package org.custodian.engine;

/**
 * Receives findings as the engine produces them, in text order.
 *
 * <p>{@code matched} is a view of the raw characters, valid only during the call. It exists for
 * the one place allowed to show raw values, {@code custodian detect --reveal} on a terminal; every
 * sink that stores, sends or writes a report must ignore it.
 */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding, CharSequence matched);
}
