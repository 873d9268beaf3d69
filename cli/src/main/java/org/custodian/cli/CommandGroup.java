package org.custodian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code key}, {@code audit}, {@code findings} ...): run
 * alone it prints its usage to standard error and fails, since it does nothing by itself.
 * Subcommands reach the process through {@link #root}.
 */
abstract class CommandGroup implements Callable<Integer> {
    @ParentCommand
    CustodianCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(root.env().err());
        return ExitCodes.ERROR;
    }
}
